package io.hostsql.calcite.process;

import io.hostsql.calcite.pushdown.KeyFilter;
import io.hostsql.os.Processes;
import io.hostsql.os.linux.ProcFs;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.calcite.DataContext;
import org.apache.calcite.rex.RexNode;

/**
 * Which processes a scan of a per-process table reads: the pids a filter pins (taking that
 * filter from Calcite's list), or every process.
 */
final class PidScope {
  private final ProcFs fs;
  private final Set<Long> pinned;
  /** A name every row must have (an equality the filter holds), or null. */
  private final String name;

  private PidScope(ProcFs fs, Set<Long> pinned, String name) {
    this.fs = fs;
    this.pinned = pinned;
    this.name = name;
  }

  /** Takes the pid conjuncts out of {@code filters}. */
  static PidScope of(ProcFs fs, List<RexNode> filters, int pidColumn, DataContext root) {
    return new PidScope(fs, KeyFilter.extract(filters, pidColumn, root), null);
  }

  /** This scope narrowed to {@code pids} too (the keys a lookup join produced). */
  PidScope restrictedTo(Set<Long> pids) {
    if (pids == null) {
      return this;
    }
    if (pinned == null) {
      return new PidScope(fs, pids, name);
    }
    Set<Long> both = new java.util.TreeSet<>(pinned);
    both.retainAll(pids);
    return new PidScope(fs, both, name);
  }

  /**
   * This scope for rows whose name must be {@code name}: an unpinned scan then reads only the
   * processes that may have it ({@link Processes#pidsPossiblyNamed}); the name is still
   * checked on every row read.
   */
  PidScope named(String name) {
    return new PidScope(fs, pinned, name);
  }

  /** Whether a filter narrowed the scan. */
  boolean isPinned() {
    return pinned != null;
  }

  /**
   * The pids to read, ascending. Pinned pids are checked to name processes: a thread id has a
   * /proc entry too, but is not a row of a full scan, so it must not become one here.
   */
  int[] pids() {
    if (pinned == null) {
      return name == null ? fs.pids() : Processes.pidsPossiblyNamed(fs, name);
    }
    int[] out = new int[pinned.size()];
    int n = 0;
    for (long v : pinned) {
      if (v > 0 && v <= Integer.MAX_VALUE && Processes.pidExists(fs, (int) v)) {
        out[n++] = (int) v;
      }
    }
    return Arrays.copyOf(out, n);
  }
}
