package io.hostsql.calcite.plan;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.DelegatingEnumerator;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.function.Function1;

/**
 * Charges a query's {@link QueryBudget} for the rows its operators keep. The generated code of
 * the plan calls these around each operator that keeps rows ({@link ChargeRel} puts them
 * there): the rows flowing into it are charged as they pass, estimated by {@link RowSizes},
 * and everything the operator was charged is credited when its own rows are closed, which is
 * when Calcite's sort, join and aggregate let go of what they built.
 *
 * <p>Charges reach the budget in steps of {@link #STEP} bytes, so a row costs an estimate and
 * an addition. A query without a memory limit gets its rows back unchanged.
 */
public final class RetainedMemory {
  /** Bytes charged to the budget at a time. */
  static final long STEP = 64 << 10;
  /** The slot of what no operator lets go of: no {@link #release} names it. */
  private static final int UNTIL_END = -1;

  private RetainedMemory() {
  }

  /** {@code rows}, each charged in full to the operator numbered {@code slot}. */
  public static <T> Enumerable<T> charge(DataContext root, int slot, Enumerable<T> rows) {
    QueryBudget budget = budget(root);
    if (budget == null) {
      return rows;
    }
    return counted(rows, () -> new Meter<T>(budget, slot) {
      @Override
      long cost(T row) {
        return RowSizes.row(row);
      }
    });
  }

  /**
   * {@code rows} going into a sort that keeps only its first {@code keep} rows (ORDER BY with
   * LIMIT): charged in full up to {@code keep}, after that only for rows larger than any
   * before, as if all {@code keep} kept rows were that large.
   */
  public static <T> Enumerable<T> chargeTop(DataContext root, int slot, long keep,
      Enumerable<T> rows) {
    QueryBudget budget = budget(root);
    if (budget == null) {
      return rows;
    }
    return counted(rows, () -> new Meter<T>(budget, slot) {
      private long seen;
      private long largest;

      @Override
      long cost(T row) {
        long size = RowSizes.row(row);
        if (seen < keep) {
          seen++;
          largest = Math.max(largest, size);
          return size;
        }
        if (size <= largest) {
          return 0;
        }
        long more = (size - largest) * keep;
        largest = size;
        return more;
      }
    });
  }

  /**
   * {@code rows} going into a hash aggregate whose accumulators are of fixed size: only a row
   * that starts a new group is charged: the whole row (the aggregate's key, and the values a
   * MIN or MAX keeps), {@code perGroup} bytes of accumulators, and the key again for the set
   * that tells a new key here (itself bounded by the limit it is charged to).
   */
  public static <T, K> Enumerable<T> chargeGroups(DataContext root, int slot, long perGroup,
      Function1<T, K> key, Enumerable<T> rows) {
    QueryBudget budget = budget(root);
    if (budget == null) {
      return rows;
    }
    return counted(rows, () -> new Meter<T>(budget, slot) {
      private Set<Object> keys = new HashSet<>();

      @Override
      long cost(T row) {
        K k = key.apply(row);
        // Calcite's keys are lists (flat or not) or values, each equal by value.
        return keys.add(k) ? RowSizes.row(k) + RowSizes.row(row) + perGroup : 0;
      }

      @Override
      void done() {
        keys = new HashSet<>();
      }
    });
  }

  /**
   * The rows of the operator numbered {@code slot}: when they are closed, what it was charged
   * is credited, since Calcite's operators keep what they built until then.
   */
  public static <T> Enumerable<T> release(DataContext root, int slot, Enumerable<T> rows) {
    QueryBudget budget = budget(root);
    if (budget == null) {
      return rows;
    }
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<T> enumerator() {
        Enumerator<T> e = rows.enumerator();
        return new DelegatingEnumerator<>(e) {
          @Override
          public void close() {
            try {
              e.close();
            } finally {
              budget.release(budget.slot(slot).getAndSet(0));
            }
          }
        };
      }
    };
  }

  /**
   * {@code rows} that the statement keeps until its execution ends (a scan read once and
   * replayed to every place the plan reads it), each charged in full and credited only when
   * the execution's budget ends.
   */
  public static <T> Enumerable<T> keptUntilEnd(DataContext root, Enumerable<T> rows) {
    return charge(root, UNTIL_END, rows);
  }

  /**
   * What charges the rows the statement with cancel flag {@code flag} keeps outside its plan
   * (a scrollable result read into memory): each value given is estimated and charged, and
   * credited when the statement's execution ends; a no-op when it has no memory limit.
   *
   * <p>The returned consumer throws the statement's SQLException (53200), undeclared, when a
   * charge passes its limit.
   */
  public static java.util.function.Consumer<Object> keptBy(
      java.util.concurrent.atomic.AtomicBoolean flag) {
    QueryBudget b = QueryBudget.of(flag);
    if (b == null || !b.limitsRetained()) {
      return v -> { };
    }
    Meter<Object> meter = new Meter<>(b, UNTIL_END) {
      @Override
      long cost(Object value) {
        return RowSizes.row(value);
      }
    };
    return meter::add;
  }

  private static QueryBudget budget(DataContext root) {
    QueryBudget b = QueryBudget.of(DataContext.Variable.CANCEL_FLAG.get(root));
    return b != null && b.limitsRetained() ? b : null;
  }

  /** What the rows passing one charging point cost, summed and charged in steps. */
  private abstract static class Meter<T> {
    final QueryBudget budget;
    final AtomicLong charged;
    long pending;

    Meter(QueryBudget budget, int slot) {
      this.budget = budget;
      this.charged = budget.slot(slot);
    }

    abstract long cost(T row);

    void add(T row) {
      pending += cost(row);
      if (pending >= STEP) {
        flush();
      }
    }

    void flush() {
      long n = pending;
      pending = 0;
      if (n > 0) {
        charged.addAndGet(n);
        budget.retain(n);
      }
    }

    /** The input is read to its end: what the meter kept for itself can go. */
    void done() {
    }
  }

  /** {@code rows} through a meter of their own each time they are read from the start. */
  private static <T> Enumerable<T> counted(Enumerable<T> rows,
      java.util.function.Supplier<Meter<T>> meters) {
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<T> enumerator() {
        Meter<T> meter = meters.get();
        Enumerator<T> e = rows.enumerator();
        return new DelegatingEnumerator<>(e) {
          // Read once: a projection's current() computes the row again on every call.
          private T row;

          @Override
          public T current() {
            return row;
          }

          @Override
          public boolean moveNext() {
            if (e.moveNext()) {
              row = e.current();
              meter.add(row);
              return true;
            }
            row = null;
            meter.flush();
            meter.done();
            return false;
          }
        };
      }
    };
  }
}
