package io.hostsql.calcite.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.rex.RexNode;

/**
 * A table that can read just the processes whose pids a join produced at run time: the
 * inner side of a pid lookup join.
 */
public interface PidLookup extends KeyLookup {
  /** How many processes there are now (for the planner's cost of a lookup). */
  double processCount();

  /** The index of the pid column in the table's row type: every such table names it pid. */
  default int pidColumn() {
    return definition().indexOf("pid");
  }

  @Override
  default int keyColumn() {
    return pidColumn();
  }

  @Override
  default double keyCount() {
    return processCount();
  }

  @Override
  default Enumerable<Object[]> scanKeys(DataContext root, List<RexNode> filters,
      int[] projects, Set<Object> keys) {
    Set<Long> pids = new HashSet<>();
    for (Object k : keys) {
      if (k instanceof Long pid) {
        pids.add(pid);
      }
    }
    return scanPids(root, filters, projects, pids);
  }

  /**
   * Rows of the processes in {@code pids} only (intersected with what {@code filters} pin),
   * with the columns in {@code projects}.
   */
  Enumerable<Object[]> scanPids(DataContext root, java.util.List<RexNode> filters,
      int[] projects, Set<Long> pids);
}
