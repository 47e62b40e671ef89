package io.hostsql.calcite.plan;

import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.rex.RexNode;

/**
 * A table that can leave unread a column that only the query's filter uses, in a row whose
 * filter a cheap column already decides: for {@code WHERE name = 'sshd' OR cmdline LIKE '%x%'}
 * an sshd's cmdline is never read. The Filter above the scan still runs, and a conjunct that an
 * equality already made true stays true whatever the unread (null) column holds.
 */
public interface FilterOnlyColumns {
  /**
   * As {@code ProjectableFilterableTable.scan}, where the table columns {@code filterOnly}
   * (a subset of {@code projects}) may be null in a row that {@code filters} accept without
   * them.
   */
  Enumerable<Object[]> scan(DataContext root, List<RexNode> filters, int[] projects,
      int[] filterOnly);
}
