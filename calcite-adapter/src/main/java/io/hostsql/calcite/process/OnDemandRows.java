package io.hostsql.calcite.process;

import java.util.function.IntFunction;
import org.apache.calcite.linq4j.Enumerator;

/**
 * Walks a fixed number of candidates (pids, or processes a kernel walk listed), asking for each
 * one's row by its index and skipping those whose row is null (the process is gone). Rows are
 * produced on demand, so LIMIT stops the reading.
 */
final class OnDemandRows implements Enumerator<Object[]> {
  private final int count;
  private final IntFunction<Object[]> rowAt;
  private int next;
  private Object[] current;

  OnDemandRows(int count, IntFunction<Object[]> rowAt) {
    this.count = count;
    this.rowAt = rowAt;
  }

  @Override
  public Object[] current() {
    return current;
  }

  @Override
  public boolean moveNext() {
    while (next < count) {
      Object[] row = rowAt.apply(next++);
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
