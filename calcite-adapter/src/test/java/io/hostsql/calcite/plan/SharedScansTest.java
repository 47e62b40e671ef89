package io.hostsql.calcite.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.calcite.DataContext;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.ProjectableFilterableTable;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Repeated scans in one plan see one snapshot per execution, on hand-made tables whose rows
 * change with every reading, as a live table's do.
 */
class SharedScansTest {
  /**
   * Each reading answers {@code rows} rows numbered from the reading's count times 100, so
   * two readings never agree; {@code rows < 0} answers without end.
   */
  static final class Ticks extends AbstractTable
      implements ProjectableFilterableTable, TranslatableTable {
    final AtomicLong readings = new AtomicLong();
    private final long rows;

    Ticks(long rows) {
      this.rows = rows;
    }

    @Override
    public RelDataType getRowType(RelDataTypeFactory f) {
      return f.builder().add("n", SqlTypeName.BIGINT).add("k", SqlTypeName.BIGINT).build();
    }

    @Override
    public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable table) {
      return OsTableScan.of(context.getCluster(), table, this);
    }

    @Override
    public Enumerable<Object[]> scan(DataContext root, List<RexNode> filters, int[] projects) {
      long base = readings.incrementAndGet() * 100;
      return new AbstractEnumerable<>() {
        @Override
        public Enumerator<Object[]> enumerator() {
          return new Enumerator<>() {
            long i = -1;

            @Override
            public Object[] current() {
              Object[] full = {base + i, i};
              Object[] row = new Object[projects.length];
              for (int c = 0; c < projects.length; c++) {
                row[c] = full[projects[c]];
              }
              return row;
            }

            @Override
            public boolean moveNext() {
              i++;
              return rows < 0 || i < rows;
            }

            @Override
            public void reset() {
              i = -1;
            }

            @Override
            public void close() {
            }
          };
        }
      };
    }
  }

  private static Connection open(Ticks ticks, Ticks endless) throws SQLException {
    Connection c = new org.apache.calcite.jdbc.Driver().withPrepareFactory(HostsqlPrepare::new)
        .connect("jdbc:calcite:", SqlDialect.defaults());
    var root = c.unwrap(CalciteConnection.class).getRootSchema();
    root.add("ticks", ticks);
    root.add("endless", endless);
    return c;
  }

  @Test
  void aSelfJoinReadsOneSnapshotPerExecution() throws SQLException {
    Ticks ticks = new Ticks(3);
    try (Connection c = open(ticks, new Ticks(-1));
         PreparedStatement ps = c.prepareStatement(
             "SELECT a.n, b.n FROM ticks a JOIN ticks b ON a.n = b.n ORDER BY a.n")) {
      for (long execution = 1; execution <= 2; execution++) {
        long before = ticks.readings.get();
        try (ResultSet rs = ps.executeQuery()) {
          for (long i = 0; i < 3; i++) {
            assertTrue(rs.next(), "row " + i + " of execution " + execution);
            // Both sides read the same (one) reading; two readings would share no n.
            assertEquals(rs.getLong(1), rs.getLong(2));
            assertEquals((before + 1) * 100 + i, rs.getLong(1));
          }
          assertFalse(rs.next());
        }
        assertEquals(before + 1, ticks.readings.get(), "one reading per execution");
      }
    }
  }

  @Test
  void aDecorrelatedSubquerySeesItsOuterRow() throws SQLException {
    // The decorrelator joins ticks with the distinct values of its own n, read again: with two
    // readings the join would find no partner and the subquery would answer NULL.
    Ticks ticks = new Ticks(2);
    try (Connection c = open(ticks, new Ticks(-1));
         ResultSet rs = c.createStatement().executeQuery("SELECT n,"
             + " (SELECT n FROM (VALUES (1)) AS v(x)) AS inner_n FROM ticks ORDER BY n")) {
      int rows = 0;
      while (rs.next()) {
        rows++;
        assertEquals(rs.getLong(1), rs.getLong(2));
        assertFalse(rs.wasNull());
      }
      assertEquals(2, rows);
    }
  }

  @Test
  @Timeout(60)
  void aScanReadOnceStillStreams() throws SQLException {
    // Held in a list it would never end.
    try (Connection c = open(new Ticks(1), new Ticks(-1));
         ResultSet rs = c.createStatement().executeQuery("SELECT k FROM endless LIMIT 3")) {
      int rows = 0;
      while (rs.next()) {
        assertEquals(rows, rs.getLong(1));
        rows++;
      }
      assertEquals(3, rows);
    }
  }
}
