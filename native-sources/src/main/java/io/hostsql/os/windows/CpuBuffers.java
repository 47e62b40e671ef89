package io.hostsql.os.windows;

import io.hostsql.os.SystemCpuTimes;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the CPU calls psutil makes on Windows: GetSystemTimes (three FILETIME durations),
 * NtQuerySystemInformation(SystemProcessorPerformanceInformation) (one 48-byte record per
 * CPU) and GetLogicalProcessorInformationEx(RelationAll) (variable-size records). Windows'
 * kernel time includes idle time; psutil's system time is kernel less idle. psutil's
 * interrupt and dpc times go into {@link SystemCpuTimes#irq()} and {@link
 * SystemCpuTimes#softirq()} (a DPC is Windows' deferred interrupt work); the fields Windows
 * lacks are 0.
 */
final class CpuBuffers {
  static final int PERFORMANCE_RECORD = 48;
  private static final double TICKS = 1e7; // 100 ns units per second

  private CpuBuffers() {
  }

  /** GetSystemTimes' idle, kernel and user; null (with a problem) when the buffer is short. */
  static SystemCpuTimes systemTimes(ByteBuffer buffer, List<String> problems) {
    ByteBuffer b = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    if (b.limit() < 24) {
      problems.add("GetSystemTimes: " + b.limit() + " bytes, 24 expected");
      return null;
    }
    long idle = b.getLong(0);
    long kernel = b.getLong(8);
    long user = b.getLong(16);
    return times(user, kernel - idle, idle, 0, 0);
  }

  /** One entry per CPU; a trailing partial record is dropped with a problem. */
  static List<SystemCpuTimes> perCpu(ByteBuffer buffer, List<String> problems) {
    ByteBuffer b = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    if (b.limit() % PERFORMANCE_RECORD != 0) {
      problems.add("processor performance: " + b.limit() + " bytes is not a whole number of "
          + PERFORMANCE_RECORD + "-byte records");
    }
    List<SystemCpuTimes> out = new ArrayList<>();
    for (int at = 0; at + PERFORMANCE_RECORD <= b.limit(); at += PERFORMANCE_RECORD) {
      long idle = b.getLong(at);
      long kernel = b.getLong(at + 8);
      long user = b.getLong(at + 16);
      out.add(times(user, kernel - idle, idle, b.getLong(at + 32), b.getLong(at + 24)));
    }
    return out;
  }

  /**
   * psutil's cpu_count(logical=False): the RelationProcessorCore records; -1 when a record's
   * size would not move the walk on (a problem).
   */
  static int physicalCores(ByteBuffer buffer, List<String> problems) {
    ByteBuffer b = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    int cores = 0;
    int at = 0;
    while (at + 8 <= b.limit()) {
      int relationship = b.getInt(at);
      int size = b.getInt(at + 4);
      if (size < 8 || at + (long) size > b.limit()) {
        problems.add("logical processor record at " + at + " has size " + size);
        return -1;
      }
      if (relationship == 0) {
        cores++;
      }
      at += size;
    }
    return cores;
  }

  private static SystemCpuTimes times(long user, long system, long idle, long interrupt,
      long dpc) {
    return new SystemCpuTimes(user / TICKS, system / TICKS, idle / TICKS, 0, 0,
        interrupt / TICKS, dpc / TICKS, 0, 0, 0);
  }
}
