package io.hostsql.os.windows;

import io.hostsql.os.DiskIoCounters;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Decodes IOCTL_DISK_PERFORMANCE's DISK_PERFORMANCE into psutil's Windows disk_io_counters
 * fields: read/write counts and bytes, and read/write time. The times are 100 ns units; they are
 * given here in milliseconds, as DiskIoCounters (and psutil's documentation) says. psutil's C
 * divides by 10^7, which gives seconds (its issue 1012); the merged counts and busy time Windows
 * does not report are 0.
 */
final class DiskPerformanceBuffer {
  /** sizeof(DISK_PERFORMANCE) on x64. */
  static final int SIZE = 88;
  private static final int READ_COUNT = 40;
  private static final int WRITE_COUNT = 44;

  private DiskPerformanceBuffer() {
  }

  /** The counters, or null when the buffer is short. */
  static DiskIoCounters counters(ByteBuffer buffer, List<String> problems) {
    ByteBuffer b = CpuStatsBuffers.le(buffer);
    if (b.limit() < WRITE_COUNT + 4) {
      problems.add("disk performance: " + b.limit() + " bytes, " + SIZE + " expected");
      return null;
    }
    long readTime = b.getLong(16);
    long writeTime = b.getLong(24);
    if (readTime < 0 || writeTime < 0 || b.getLong(0) < 0 || b.getLong(8) < 0) {
      problems.add("disk performance: a negative counter");
      return null;
    }
    return new DiskIoCounters(CpuStatsBuffers.u32(b, READ_COUNT),
        CpuStatsBuffers.u32(b, WRITE_COUNT), b.getLong(0), b.getLong(8), readTime / 10_000,
        writeTime / 10_000, 0, 0, 0);
  }
}
