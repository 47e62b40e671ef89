package io.hostsql.calcite.process;

import io.hostsql.calcite.pushdown.KeyFilter;
import io.hostsql.os.spi.ProcessBackend;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.calcite.DataContext;
import org.apache.calcite.rex.RexNode;

/**
 * Which processes a scan of a per-process table reads: the pids a filter pins (taking that
 * filter from Calcite's list), or every process.
 */
public final class PidScope {
  private final ProcessBackend processes;
  private final Set<Long> pinned;
  /** A name every row must have (an equality the filter holds), or null. */
  private final String name;

  private PidScope(ProcessBackend processes, Set<Long> pinned, String name) {
    this.processes = processes;
    this.pinned = pinned;
    this.name = name;
  }

  /** Takes the pid conjuncts out of {@code filters}. */
  static PidScope of(ProcessBackend processes, List<RexNode> filters, int pidColumn,
      DataContext root) {
    return new PidScope(processes, KeyFilter.extract(filters, pidColumn, root), null);
  }

  /** This scope narrowed to {@code pids} too (the keys a lookup join produced). */
  PidScope restrictedTo(Set<Long> pids) {
    if (pids == null) {
      return this;
    }
    if (pinned == null) {
      return new PidScope(processes, pids, name);
    }
    Set<Long> both = new java.util.TreeSet<>(pinned);
    both.retainAll(pids);
    return new PidScope(processes, both, name);
  }

  /**
   * This scope for rows whose name must be {@code name}: an unpinned scan then reads only the
   * processes that may have it ({@link ProcessBackend#pidsPossiblyNamed}); the name is still
   * checked on every row read.
   */
  PidScope named(String name) {
    return new PidScope(processes, pinned, name);
  }

  /** Whether a filter narrowed the scan. */
  public boolean isPinned() {
    return pinned != null;
  }

  /**
   * The pids to read, ascending. Pinned pids are checked to name processes: a thread id has a
   * /proc entry too, but is not a row of a full scan, so it must not become one here.
   */
  public int[] pids() {
    if (pinned == null) {
      return name == null ? processes.pids() : processes.pidsPossiblyNamed(name);
    }
    int[] out = new int[pinned.size()];
    int n = 0;
    for (long v : pinned) {
      if (v > 0 && v <= Integer.MAX_VALUE && processes.pidExists((int) v)) {
        out[n++] = (int) v;
      }
    }
    return Arrays.copyOf(out, n);
  }
}
