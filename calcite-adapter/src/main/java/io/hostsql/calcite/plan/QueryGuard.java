package io.hostsql.calcite.plan;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.DelegatingEnumerator;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;

/**
 * Stops a running query when its statement is cancelled or its query timeout passes. Calcite
 * hands both to the execution (the cancel flag and the timeout in the DataContext) but checks
 * neither while rows are produced, so a long scan or join would run to its end. Scans and joins
 * pass their rows through here.
 *
 * <p>An unchecked exception from reading a row (a file the OS refuses in an unexpected way, a
 * value that does not convert) is turned into an SQLException here too, as JDBC callers expect.
 *
 * <p>The failure is thrown as the SQLException JDBC promises (SQLTimeoutException for a
 * timeout, SQLState HY008 for a cancel), undeclared, through Calcite's enumerators, which
 * cannot declare it: ResultSet.next and Statement.execute declare it and hand it on.
 */
public final class QueryGuard {
  /** Rows between two looks at the clock; the cancel flag is looked at on every row. */
  private static final int CLOCK_EVERY = 256;

  private QueryGuard() {
  }

  /** {@code rows}, checked before each row; unchanged when nothing can stop the query. */
  public static <T> Enumerable<T> guard(DataContext root, Enumerable<T> rows) {
    Limits limits = Limits.of(root);
    AtomicBoolean cancel = limits.cancel();
    long deadline = limits.deadline();
    if (cancel == null && deadline == Long.MAX_VALUE && limits.budget() == null) {
      return rows;
    }
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<T> enumerator() {
        Enumerator<T> e = rows.enumerator();
        return new DelegatingEnumerator<>(e) {
          private int n;

          @Override
          public T current() {
            try {
              return e.current();
            } catch (RuntimeException failure) {
              throw rowFailed(failure);
            }
          }

          @Override
          public boolean moveNext() {
            limits.check(++n % CLOCK_EVERY == 0);
            try {
              return e.moveNext();
            } catch (RuntimeException failure) {
              throw rowFailed(failure);
            }
          }
        };
      }
    };
  }

  /**
   * A check to run between steps of work done before the first row (a directory walk): it
   * throws as a row would when the statement was cancelled or its timeout passed.
   */
  public static Runnable checkpoint(DataContext root) {
    Limits limits = Limits.of(root);
    return () -> limits.check(true);
  }

  /** A statement's cancel flag (or null) and deadline (or Long.MAX_VALUE). */
  private record Limits(AtomicBoolean cancel, long deadline, long seconds, QueryBudget budget) {
    static Limits of(DataContext root) {
      Object timeout = root.get(DataContext.Variable.TIMEOUT.camelName);
      Object started = root.get(DataContext.Variable.UTC_TIMESTAMP.camelName);
      long deadline = timeout instanceof Long t && t > 0 && started instanceof Long s
          ? s + t : Long.MAX_VALUE;
      AtomicBoolean cancel = DataContext.Variable.CANCEL_FLAG.get(root);
      return new Limits(cancel, deadline, timeout instanceof Long t ? t / 1000 : 0,
          QueryBudget.of(cancel));
    }

    /** Throws if cancelled, or (when {@code clock}) if the deadline has passed. */
    void check(boolean clock) {
      if (budget != null) {
        budget.check(); // the statement's own limits (QueryBudget) speak first
      }
      if (cancel != null && cancel.get()) {
        throw sneaky(new SQLException("query cancelled", "HY008"));
      }
      if (clock && System.currentTimeMillis() > deadline) {
        if (cancel != null) {
          cancel.set(true); // so that every other part of the query stops too
        }
        throw sneaky(new SQLTimeoutException("query timed out after " + seconds
            + " s (Statement.setQueryTimeout); the connection stays usable",
            QueryBudget.TIMEOUT_STATE));
      }
    }
  }

  /**
   * JDBC callers catch SQLException; Calcite would let an unchecked failure escape
   * ResultSet.next as it is. The cause is kept, the message says what went wrong.
   */
  private static RuntimeException rowFailed(RuntimeException failure) {
    // An SQLException inside (a limit passed in an inner guard, wrapped on its way up by an
    // operator of Calcite's) is the real failure, with its state.
    for (Throwable t = failure.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof SQLException s) {
        return sneaky(s);
      }
    }
    return sneaky(new SQLException(describe(failure), "HY000", failure));
  }

  private static String describe(RuntimeException e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  /**
   * Throws {@code failure} through code that cannot declare it (Calcite's generated code and
   * enumerators), to reach the JDBC caller as the SQLException it is.
   */
  public static RuntimeException undeclared(SQLException failure) {
    return sneaky(failure);
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> RuntimeException sneaky(Throwable t) throws E {
    throw (E) t;
  }
}
