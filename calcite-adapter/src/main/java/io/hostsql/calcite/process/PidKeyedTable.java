package io.hostsql.calcite.process;

import io.hostsql.calcite.plan.PidLookup;
import io.hostsql.calcite.table.DeclaredTableBase;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.spi.ProcessBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.rex.RexNode;

/**
 * A table keyed by pid over a platform's processes: a filter pinning pid, or the pids a lookup
 * join hands over at run time, narrow the scan to those processes. Subclasses say how the rows
 * of a {@link PidScope} are read.
 *
 * @param <S> one row's source
 */
public abstract class PidKeyedTable<S> extends DeclaredTableBase<S> implements PidLookup {
  /** The processes this table reads. */
  protected final ProcessBackend processes;

  protected PidKeyedTable(TableDef<S> def, ProcessBackend processes) {
    super(def);
    this.processes = processes;
  }

  /** How long a count of the processes serves the planner's estimates. */
  private static final long COUNT_FRESH_NANOS = 1_000_000_000L;
  /** The last count and when it was taken: planning asks for it many times per statement. */
  private volatile long[] counted = {0, Long.MIN_VALUE};

  /**
   * The number of processes, listed at most once a second: the planner asks for it for every
   * reference and every cost, and an estimate a second old is as good as a fresh one.
   */
  @Override
  public final double processCount() {
    long[] last = counted;
    long now = System.nanoTime();
    if (last[1] == Long.MIN_VALUE || now - last[1] > COUNT_FRESH_NANOS) {
      last = new long[] {processes.pids().length, now};
      counted = last;
    }
    return last[0];
  }

  @Override
  public final Enumerable<Object[]> scanPids(DataContext root, List<RexNode> filters,
      int[] projects, Set<Long> pids) {
    return scan(root, new ArrayList<>(filters), projects, pids);
  }

  @Override
  public final Enumerable<Object[]> scan(DataContext root, List<RexNode> filters,
      int[] projects) {
    return scan(root, filters, projects, null);
  }

  /**
   * The rows of the processes the filters pin (all when none), narrowed to {@code lookup} when
   * it is not null.
   */
  protected abstract Enumerable<Object[]> scan(DataContext root, List<RexNode> filters,
      int[] projects, Set<Long> lookup);

  /** Takes the pid conjuncts out of {@code filters}: the processes to read. */
  protected final PidScope scope(List<RexNode> filters, DataContext root, Set<Long> lookup) {
    return PidScope.of(processes, filters, def.indexOf("pid"), root).restrictedTo(lookup);
  }
}
