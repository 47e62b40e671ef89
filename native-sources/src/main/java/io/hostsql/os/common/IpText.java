package io.hostsql.os.common;

/**
 * IP addresses as inet_ntop prints them (and so ss and psutil). For IPv6: RFC 5952 zero
 * compression, and IPv4-mapped addresses as ::ffff:a.b.c.d, which java.net would turn into
 * plain IPv4 ones.
 */
public final class IpText {
  private IpText() {
  }

  /** Formats 4 address bytes in network order. */
  public static String v4(byte[] a) {
    return (a[0] & 0xff) + "." + (a[1] & 0xff) + "." + (a[2] & 0xff) + "." + (a[3] & 0xff);
  }

  /** Formats 16 address bytes in network order. */
  public static String v6(byte[] a) {
    boolean mapped = true;
    for (int i = 0; i < 10; i++) {
      mapped &= a[i] == 0;
    }
    mapped &= (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff;
    if (mapped) {
      return "::ffff:" + (a[12] & 0xff) + "." + (a[13] & 0xff) + "." + (a[14] & 0xff) + "."
          + (a[15] & 0xff);
    }
    int[] g = new int[8];
    for (int i = 0; i < 8; i++) {
      g[i] = (a[2 * i] & 0xff) << 8 | (a[2 * i + 1] & 0xff);
    }
    // The longest run of two or more zero groups (the first, on a tie) becomes "::".
    int bestStart = -1;
    int bestLen = 1;
    for (int i = 0; i < 8;) {
      if (g[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && g[j] == 0) {
        j++;
      }
      if (j - i > bestLen) {
        bestStart = i;
        bestLen = j - i;
      }
      i = j;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        b.append("::");
        i += bestLen - 1;
        continue;
      }
      if (b.length() > 0 && b.charAt(b.length() - 1) != ':') {
        b.append(':');
      }
      b.append(Integer.toHexString(g[i]));
    }
    return b.toString();
  }

  private static final java.util.regex.Pattern V4 = java.util.regex.Pattern.compile(
      "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
  private static final java.util.regex.Pattern V6 = java.util.regex.Pattern.compile(
      "[0-9A-Fa-f:.]{2,45}(%[\\w.-]{1,64})?");

  /**
   * Whether the text is an IPv4 address in dotted-quad form or an IPv6 address (with an
   * optional %zone), as inet_pton accepts them. Never resolves a name.
   */
  public static boolean isAddress(String s) {
    if (V4.matcher(s).matches()) {
      return true;
    }
    if (!s.contains(":") || !V6.matcher(s).matches()) {
      return false;
    }
    try {
      // With a ':' in it the JDK parses a literal and never asks a resolver.
      return java.net.InetAddress.getByName(s.indexOf('%') < 0 ? s : s.substring(0,
          s.indexOf('%'))) != null;
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }
}
