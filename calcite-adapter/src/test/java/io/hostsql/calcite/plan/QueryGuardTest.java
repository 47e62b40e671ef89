package io.hostsql.calcite.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.linq4j.QueryProvider;
import org.apache.calcite.schema.SchemaPlus;
import org.junit.jupiter.api.Test;

/** The guard on hand-made rows and a hand-made DataContext: cancel, timeout, row failures. */
class QueryGuardTest {
  private static DataContext context(Map<String, Object> values) {
    return new DataContext() {
      @Override
      public SchemaPlus getRootSchema() {
        return null;
      }

      @Override
      public JavaTypeFactory getTypeFactory() {
        return null;
      }

      @Override
      public QueryProvider getQueryProvider() {
        return null;
      }

      @Override
      public Object get(String name) {
        return values.get(name);
      }
    };
  }

  /** What the enumerator threw, checked or not (the guard throws SQLException undeclared). */
  private static Throwable failure(Enumerable<Integer> rows) {
    try (Enumerator<Integer> e = rows.enumerator()) {
      while (e.moveNext()) {
        e.current();
      }
      return null;
    } catch (Throwable t) {
      return t;
    }
  }

  @Test
  void rowsPassUnchangedWhenNothingStopsThem() {
    AtomicBoolean cancel = new AtomicBoolean();
    Enumerable<Integer> rows = QueryGuard.guard(context(Map.of(
        DataContext.Variable.CANCEL_FLAG.camelName, cancel)), Linq4j.asEnumerable(List.of(1, 2)));
    assertEquals(List.of(1, 2), rows.toList());
  }

  @Test
  void aCancelledStatementStopsAtTheNextRow() {
    AtomicBoolean cancel = new AtomicBoolean(true);
    Throwable t = failure(QueryGuard.guard(context(Map.of(
        DataContext.Variable.CANCEL_FLAG.camelName, cancel)), Linq4j.asEnumerable(List.of(1))));
    assertTrue(t instanceof SQLException s && "HY008".equals(s.getSQLState()), String.valueOf(t));
  }

  @Test
  void aPassedDeadlineStopsTheRowsAndSetsTheCancelFlag() {
    AtomicBoolean cancel = new AtomicBoolean();
    Enumerable<Integer> endless = Linq4j.asEnumerable(() -> new java.util.Iterator<>() {
      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Integer next() {
        return 0;
      }
    });
    Throwable t = failure(QueryGuard.guard(context(Map.of(
        DataContext.Variable.CANCEL_FLAG.camelName, cancel,
        DataContext.Variable.TIMEOUT.camelName, 1L,
        DataContext.Variable.UTC_TIMESTAMP.camelName, System.currentTimeMillis() - 1000)),
        endless));
    assertTrue(t instanceof SQLTimeoutException, String.valueOf(t));
    assertTrue(cancel.get(), "the rest of the query sees the cancel flag");
  }

  @Test
  void anUncheckedFailureOfARowBecomesAnSqlException() {
    Enumerable<Integer> failing = Linq4j.asEnumerable(List.of(1, 2)).select(i -> {
      if (i == 2) {
        throw new IllegalStateException("row 2 vanished");
      }
      return i;
    });
    Throwable t = failure(QueryGuard.guard(context(Map.of(
        DataContext.Variable.CANCEL_FLAG.camelName, new AtomicBoolean())), failing));
    assertTrue(t instanceof SQLException, String.valueOf(t));
    assertEquals("row 2 vanished", t.getMessage());
    assertTrue(t.getCause() instanceof IllegalStateException);
  }
}
