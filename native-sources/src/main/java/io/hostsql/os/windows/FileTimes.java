package io.hostsql.os.windows;

import java.time.Instant;
import java.util.List;

/** FILETIME values (100 ns units since 1601-01-01 UTC) as Instants. */
final class FileTimes {
  /** 1601-01-01 to 1970-01-01 in 100 ns units. */
  static final long EPOCH_OFFSET = 116_444_736_000_000_000L;

  private FileTimes() {
  }

  /** The instant, or null (a problem) for a time before 1970 or past year 30828. */
  static Instant instant(long fileTime, String what, List<String> problems) {
    if (fileTime < EPOCH_OFFSET) {
      problems.add(what + ": FILETIME " + fileTime + " is before 1970");
      return null;
    }
    long t = fileTime - EPOCH_OFFSET;
    return Instant.ofEpochSecond(t / 10_000_000L, (t % 10_000_000L) * 100);
  }
}
