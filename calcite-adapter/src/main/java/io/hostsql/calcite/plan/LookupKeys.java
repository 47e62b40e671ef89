package io.hostsql.calcite.plan;

import java.util.Set;

/**
 * The keys (pids, paths) a lookup join's driving side produced, handed to the scan below it in the same
 * execution: the join fills the slot (per thread, as an execution runs on one) before it
 * opens its lookup side, and empties it after.
 */
public final class LookupKeys {
  private LookupKeys() {
  }

  /** A per-execution holder, stashed into the generated code of both the join and the scan. */
  public static final class Slot {
    private static final java.util.concurrent.atomic.AtomicLong IDS =
        new java.util.concurrent.atomic.AtomicLong();
    private final ThreadLocal<Set<Object>> keys = new ThreadLocal<>();
    /**
     * Part of the plan digests of the join and its scan: the planner merges relational
     * expressions with equal digests, and two lookups must never share a slot.
     */
    final long id = IDS.incrementAndGet();

    void set(Set<Object> values) {
      keys.set(values);
    }

    Set<Object> get() {
      Set<Object> values = keys.get();
      return values == null ? Set.of() : values;
    }

    void clear() {
      keys.remove();
    }
  }
}
