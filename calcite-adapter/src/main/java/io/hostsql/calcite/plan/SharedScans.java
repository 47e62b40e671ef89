package io.hostsql.calcite.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rex.RexUtil;

/**
 * One statement, one snapshot of each scan: where a plan reads the same table with the same
 * filters and columns more than once, every reading within one execution sees the same rows.
 *
 * <p>Calcite plans some queries with two identical scans: the decorrelator turns
 * {@code SELECT user, (SELECT ... WHERE x = user) FROM cpu_time} into a join of
 * {@code cpu_time} with the distinct values of its own {@code user} column, read a second time.
 * Over a live table the two readings differ (a CPU tick passes between them), the join finds no
 * partner, and the subquery answers NULL where SQLite, running it once per row, answers the
 * row's own value. Scans that appear once keep streaming; only repeated ones are read into a
 * list, once per execution, and replayed.
 */
final class SharedScans {
  /**
   * Per execution (Calcite makes a new DataContext for each), the rows of each shared scan.
   * Weak keys: the rows go when the statement's context does.
   */
  private static final Map<DataContext, Map<Integer, List<Object[]>>> MEMO =
      Collections.synchronizedMap(new WeakHashMap<>());

  private SharedScans() {
  }

  /**
   * Marks, in place, the scans under {@code root} that occur more than once with the same
   * digest, so that they share one reading per execution.
   */
  static void mark(RelNode root) {
    Map<String, Integer> seen = new HashMap<>();
    count(root, seen);
    Map<String, Integer> ids = new HashMap<>();
    seen.forEach((digest, n) -> {
      if (n > 1) {
        ids.put(digest, ids.size());
      }
    });
    if (!ids.isEmpty()) {
      replace(root, ids);
    }
  }

  private static boolean shareable(RelNode node) {
    return node instanceof OsTableScan scan && !scan.isPinned() && scan.sharedId() < 0
        && scan.filters().stream().noneMatch(RexUtil::containsCorrelation);
  }

  private static void count(RelNode node, Map<String, Integer> seen) {
    if (shareable(node)) {
      seen.merge(node.getDigest(), 1, Integer::sum);
    }
    for (RelNode input : node.getInputs()) {
      count(input, seen);
    }
  }

  private static void replace(RelNode node, Map<String, Integer> ids) {
    List<RelNode> inputs = node.getInputs();
    for (int i = 0; i < inputs.size(); i++) {
      RelNode input = inputs.get(i);
      Integer id = shareable(input) ? ids.get(input.getDigest()) : null;
      if (id != null) {
        node.replaceInput(i, ((OsTableScan) input).shared(id));
      } else {
        replace(input, ids);
      }
    }
  }

  /**
   * The rows of shared scan {@code id} in this execution: read from {@code read} by the first
   * enumeration, replayed by every later one.
   */
  static Enumerable<Object[]> rows(DataContext root, int id, Supplier<Enumerable<Object[]>> read) {
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<Object[]> enumerator() {
        // The synchronized map's computeIfAbsent holds its own lock: no second one is needed.
        Map<Integer, List<Object[]>> scans = MEMO.computeIfAbsent(root, k -> new HashMap<>());
        List<Object[]> rows;
        synchronized (scans) {
          rows = scans.get(id);
          if (rows == null) {
            rows = new ArrayList<>();
            // The list is kept for the whole execution: it counts against the memory limit.
            try (Enumerator<Object[]> e =
                RetainedMemory.keptUntilEnd(root, read.get()).enumerator()) {
              while (e.moveNext()) {
                rows.add(e.current());
              }
            }
            rows = Collections.unmodifiableList(rows);
            scans.put(id, rows);
          }
        }
        return Linq4j.enumerator(rows);
      }
    };
  }
}
