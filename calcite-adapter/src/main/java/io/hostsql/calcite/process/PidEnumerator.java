package io.hostsql.calcite.process;

import java.util.function.IntFunction;
import org.apache.calcite.linq4j.Enumerator;

/**
 * Walks a fixed list of pids, asking for each one's row and skipping pids whose row is null
 * (the process is gone). Rows are produced on demand, so LIMIT stops the reading.
 */
final class PidEnumerator implements Enumerator<Object[]> {
  private final int[] pids;
  private final IntFunction<Object[]> rowOf;
  private int next;
  private Object[] current;

  PidEnumerator(int[] pids, IntFunction<Object[]> rowOf) {
    this.pids = pids;
    this.rowOf = rowOf;
  }

  @Override
  public Object[] current() {
    return current;
  }

  @Override
  public boolean moveNext() {
    while (next < pids.length) {
      Object[] row = rowOf.apply(pids[next++]);
      if (row != null) {
        current = row;
        return true;
      }
    }
    current = null;
    return false;
  }

  @Override
  public void reset() {
    next = 0;
    current = null;
  }

  @Override
  public void close() {
  }
}
