package io.hostsql.os.windows;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;

/**
 * Decodes SYSTEM_TIMEOFDAY_INFORMATION into psutil's boot_time: BootTime less SleepTimeBias
 * (time spent asleep is not counted as up), both FILETIME 100 ns units since 1601.
 */
final class BootTimeBuffer {
  /** sizeof(SYSTEM_TIMEOFDAY_INFORMATION). */
  static final int SIZE = 48;
  private static final int SLEEP_TIME_BIAS = 40;

  private BootTimeBuffer() {
  }

  /** The boot time, or null when the buffer is short or the time is before 1970. */
  static Instant bootTime(ByteBuffer buffer, List<String> problems) {
    ByteBuffer b = CpuStatsBuffers.le(buffer);
    if (b.limit() < SIZE) {
      problems.add("time of day information: " + b.limit() + " bytes, " + SIZE + " needed");
      return null;
    }
    return FileTimes.instant(b.getLong(0) - b.getLong(SLEEP_TIME_BIAS), "boot time", problems);
  }
}
