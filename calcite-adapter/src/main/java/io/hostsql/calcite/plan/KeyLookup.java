package io.hostsql.calcite.plan;

import io.hostsql.calcite.table.DeclaredTable;
import java.util.List;
import java.util.Set;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.rex.RexNode;

/**
 * A table that can read just the rows whose key column holds one of the values a join produced
 * at run time: the inner side of a lookup join ({@link OsLookupJoin}). The key is a process's
 * pid ({@link PidLookup}) or a file's path (the file tables, which cannot be read whole at all).
 */
public interface KeyLookup extends DeclaredTable {
  /** The index of the key column in the table's row type. */
  int keyColumn();

  /**
   * How many keys the whole table holds, for the planner's cost of a lookup against a scan;
   * infinite for a table that cannot be scanned without its keys named.
   */
  double keyCount();

  /**
   * Rows whose key is in {@code keys} only (Long for an integer key, String for a text one),
   * with the columns in {@code projects}. {@code filters} are those pushed into the scan; the
   * Filter above still applies them row by row.
   */
  Enumerable<Object[]> scanKeys(DataContext root, List<RexNode> filters, int[] projects,
      Set<Object> keys);

  /**
   * Whether a plain scan with these filters (a table row's column indices) can be read; a
   * table that refuses a scan naming none of its keys answers false, so the planner never
   * prefers that scan to a lookup.
   */
  default boolean scannable(List<RexNode> filters) {
    return true;
  }

  /** A join value as the slot carries it: Long for any integer, the text itself for a String. */
  static Object normalize(Object value) {
    if (value instanceof Number n) {
      return n.longValue();
    }
    return value instanceof String s ? s : null;
  }
}
