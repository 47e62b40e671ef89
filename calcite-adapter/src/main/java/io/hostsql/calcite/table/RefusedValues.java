package io.hostsql.calcite.table;

/**
 * How many values the OS refused (AccessDenied, read as NULL or as a skipped process) to
 * scans run on the current thread. A statement takes the count before it executes and again
 * when asked for its warnings: the difference is what its own rows lost, read on the thread
 * that pulls them, as an embedded JDBC statement does. A counter per thread keeps other
 * connections' scans out of it without threading a context through every table.
 */
public final class RefusedValues {
  private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

  private RefusedValues() {
  }

  /** Notes one refused value. */
  public static void refused() {
    COUNT.get()[0]++;
  }

  /** The values refused on this thread so far (only differences mean anything). */
  public static long count() {
    return COUNT.get()[0];
  }
}
