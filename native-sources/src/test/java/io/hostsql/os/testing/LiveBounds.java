package io.hostsql.os.testing;

import java.util.Set;
import java.util.TreeSet;

/**
 * Comparisons of a live value with an oracle that cannot read it at the same instant: the
 * oracle is read just before and just after hostsql, and hostsql's value must lie between the
 * two readings. A value that only moves one way between them is then checked exactly as
 * strictly as a single reading would; one that moved both ways within the window is re-read
 * a bounded number of times ({@link #retried}), never accepted.
 */
public final class LiveBounds {
  private LiveBounds() {
  }

  /** A comparison that may throw. */
  @FunctionalInterface
  public interface Check {
    void run() throws Exception;
  }

  /**
   * Runs {@code check} until it passes, at most {@code attempts} times; the last failure is
   * thrown when none passed.
   */
  public static void retried(int attempts, Check check) throws Exception {
    AssertionError last = null;
    for (int i = 0; i < attempts; i++) {
      try {
        check.run();
        return;
      } catch (AssertionError e) {
        last = e;
      }
    }
    throw last;
  }

  /**
   * Asserts {@code ours} lies between the oracle's two readings, each widened by
   * {@code tolerance} (what the oracle and hostsql compute differently, not what moved).
   */
  public static void within(long before, long after, long ours, long tolerance, String what) {
    long low = Math.min(before, after) - tolerance;
    long high = Math.max(before, after) + tolerance;
    if (ours < low || ours > high) {
      throw new AssertionError(what + ": hostsql " + ours + ", the oracle " + before
          + " before and " + after + " after (tolerance " + tolerance + ")");
    }
  }

  /**
   * Asserts {@code ours} has every element both readings have, and none that neither has.
   */
  public static <T extends Comparable<T>> void within(Set<T> before, Set<T> after, Set<T> ours,
      String what) {
    Set<T> missing = new TreeSet<>(before);
    missing.retainAll(after);
    missing.removeAll(ours);
    Set<T> extra = new TreeSet<>(ours);
    extra.removeAll(before);
    extra.removeAll(after);
    if (!missing.isEmpty() || !extra.isEmpty()) {
      throw new AssertionError(what + ": hostsql lacks " + missing + " (in both readings) and "
          + "has " + extra + " (in neither); before " + new TreeSet<>(before) + ", after "
          + new TreeSet<>(after) + ", hostsql " + new TreeSet<>(ours));
    }
  }
}
