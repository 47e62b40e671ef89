package io.hostsql.os.linux;

/** Small parsers for the system-wide /proc/stat. */
final class StatParsers {
  private StatParsers() {
  }

  /** The {@code btime} line of /proc/stat: boot time in seconds since the epoch. */
  static long bootTime(byte[] b) {
    String text = new String(b, java.nio.charset.StandardCharsets.US_ASCII);
    int at = text.indexOf("\nbtime ");
    if (at < 0) {
      throw new io.hostsql.os.OsException("no btime line in /proc/stat");
    }
    int start = at + 7;
    int end = text.indexOf('\n', start);
    return Long.parseLong(text.substring(start, end < 0 ? text.length() : end).trim());
  }
}
