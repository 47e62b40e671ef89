package io.hostsql.calcite.functions;

import io.hostsql.calcite.plan.QueryGuard;
import java.sql.SQLException;

/**
 * The string functions that can make a text far longer than anything a query read: REPEAT,
 * SPACE, LPAD, RPAD and concatenation. {@code REPEAT('x', 1000000000)} asked the heap for two
 * gigabytes per call; six at once took a server from 85 MB to 5.9 GB and most of them ended in
 * OutOfMemoryError. Here a result longer than {@link #maxLength()} characters is refused with
 * an SQLException (SQLState 54000, "program limit exceeded") before it is built.
 *
 * <p>The limit is the system property {@value #PROPERTY} (characters; default
 * {@value #DEFAULT_MAX}); {@code hostsql serve --max-string-length} sets it.
 */
public final class BoundedStrings {
  /** The system property holding the limit. */
  public static final String PROPERTY = "hostsql.maxStringLength";
  /** The default limit: ten million characters (20 MB of heap). */
  public static final int DEFAULT_MAX = 10_000_000;

  private BoundedStrings() {
  }

  /** The longest text a string function may return. */
  public static int maxLength() {
    return Integer.getInteger(PROPERTY, DEFAULT_MAX);
  }

  private static void check(String function, long length) {
    int max = maxLength();
    if (length > max) {
      throw QueryGuard.undeclared(new SQLException(function + " would return " + length
          + " characters, more than the limit of " + max + " (" + PROPERTY + ")", "54000"));
    }
  }

  /** REPEAT(s, n). */
  public static String repeat(String s, Integer n) {
    if (s == null || n == null) {
      return null;
    }
    if (n <= 0) {
      return "";
    }
    check("REPEAT", (long) s.length() * n);
    return s.repeat(n);
  }

  /** SPACE(n). */
  public static String space(Integer n) {
    if (n == null) {
      return null;
    }
    return repeat(" ", n);
  }

  /** LPAD(s, n [, pad]): s padded on the left to n characters, or cut to n. */
  public static String lpad(String s, Integer n, String pad) {
    return pad(s, n, pad, true);
  }

  /** RPAD(s, n [, pad]). */
  public static String rpad(String s, Integer n, String pad) {
    return pad(s, n, pad, false);
  }

  private static String pad(String s, Integer n, String pad, boolean left) {
    if (s == null || n == null || pad == null) {
      return null;
    }
    if (n < 0) {
      throw QueryGuard.undeclared(new SQLException((left ? "LPAD" : "RPAD")
          + " needs a length of 0 or more, got " + n, "22023"));
    }
    check(left ? "LPAD" : "RPAD", n);
    if (n <= s.length()) {
      return s.substring(0, n);
    }
    if (pad.isEmpty()) {
      return s;
    }
    StringBuilder b = new StringBuilder(n);
    int fill = n - s.length();
    if (!left) {
      b.append(s);
    }
    while (fill > 0) {
      int take = Math.min(fill, pad.length());
      b.append(pad, 0, take);
      fill -= take;
    }
    if (left) {
      b.append(s);
    }
    return b.toString();
  }

  /** a || b. */
  public static String concat(String a, String b) {
    if (a == null || b == null) {
      return null;
    }
    check("||", (long) a.length() + b.length());
    return a.concat(b);
  }
}
