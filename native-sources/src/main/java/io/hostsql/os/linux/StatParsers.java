package io.hostsql.os.linux;

/** Small parsers for "key value" text files: /proc/stat, /proc/vmstat. */
public final class StatParsers {
  private StatParsers() {
  }

  /** The {@code btime} line of /proc/stat: boot time in seconds since the epoch. */
  static long bootTime(byte[] b) {
    long t = numberAfter(new String(b, java.nio.charset.StandardCharsets.US_ASCII), "\nbtime ",
        -1);
    if (t < 0) {
      throw new io.hostsql.os.OsException("no btime line in /proc/stat");
    }
    return t;
  }

  /**
   * The decimal number right after the first occurrence of {@code key} (which carries its own
   * leading newline and trailing space, e.g. {@code "\nctxt "}), or {@code missing}.
   */
  public static long numberAfter(String text, String key, long missing) {
    int at = text.indexOf(key);
    if (at < 0) {
      return missing;
    }
    long v = 0;
    for (int i = at + key.length(); i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        break;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
