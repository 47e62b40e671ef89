package io.hostsql.jdbc;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

/**
 * The limits every statement of a connection runs under ({@link StatementBudgets}).
 *
 * @param timeoutSeconds the query timeout each new statement starts with (0: none until the
 *     caller sets one); whatever it is, it covers parsing, planning, code generation and rows
 * @param memoryBytes the bytes one execution's sorts, groups, joins and windows may keep
 *     before it is stopped (0: no limit; io.hostsql.calcite.plan.RetainedMemory)
 * @param allocationBytes the bytes the threads working for one execution may allocate before
 *     it is stopped (0: no limit)
 */
public record QueryLimits(int timeoutSeconds, long memoryBytes, long allocationBytes) {
  /** The connection property of the memory limit: bytes, or a number with k, m or g. */
  public static final String MEMORY_PROPERTY = "queryMemory";
  /** The connection property of the allocation limit, written as the memory limit is. */
  public static final String ALLOCATION_PROPERTY = "queryAllocation";
  /** Embedded connections: no timeout until a statement sets one, no memory limit. */
  public static final QueryLimits NONE = new QueryLimits(0, 0, 0);

  /**
   * @throws IllegalArgumentException when a limit is negative
   */
  public QueryLimits {
    if (timeoutSeconds < 0 || memoryBytes < 0 || allocationBytes < 0) {
      throw new IllegalArgumentException("query limits must be 0 (none) or more");
    }
  }

  /** An embedded connection's limits, from its properties. */
  static QueryLimits of(Properties props) throws SQLException {
    return new QueryLimits(0, property(props, MEMORY_PROPERTY),
        property(props, ALLOCATION_PROPERTY));
  }

  private static long property(Properties props, String name) throws SQLException {
    String v = props.getProperty(name);
    if (v == null) {
      return 0;
    }
    try {
      return bytes(v);
    } catch (IllegalArgumentException e) {
      throw new SQLException(name + " must be a number of bytes, optionally with k, "
          + "m or g (256m), got '" + v + "'", "22023");
    }
  }

  /**
   * A size as people write it: 268435456, 256m, 1g (binary multiples).
   *
   * @throws IllegalArgumentException when it is not one
   */
  public static long bytes(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    int shift = 0;
    if (t.endsWith("k") || t.endsWith("m") || t.endsWith("g")) {
      shift = switch (t.charAt(t.length() - 1)) {
        case 'k' -> 10;
        case 'm' -> 20;
        default -> 30;
      };
      t = t.substring(0, t.length() - 1);
    }
    long n = Long.parseLong(t);
    if (n < 0 || n > (Long.MAX_VALUE >> shift)) {
      throw new IllegalArgumentException("out of range: " + text);
    }
    return n << shift;
  }
}
