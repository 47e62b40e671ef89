package io.hostsql.os.windows;

import io.hostsql.os.CpuFreq;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Decodes what psutil's cpu_stats and cpu_freq read on Windows: SYSTEM_PERFORMANCE_INFORMATION
 * (ContextSwitches, SystemCalls), SYSTEM_INTERRUPT_INFORMATION per CPU (DpcCount, summed),
 * SYSTEM_PROCESSOR_PERFORMANCE_INFORMATION per CPU (InterruptCount, summed) and
 * CallNtPowerInformation's PROCESSOR_POWER_INFORMATION per CPU (the first CPU's MHz, as psutil
 * takes it). The counters are ULONGs: unsigned, read as longs.
 */
final class CpuStatsBuffers {
  /** sizeof(SYSTEM_PERFORMANCE_INFORMATION) on x64. */
  static final int PERFORMANCE_SIZE = 312;
  /** sizeof(SYSTEM_INTERRUPT_INFORMATION): six ULONGs. */
  static final int INTERRUPT_RECORD = 24;
  /** sizeof(PROCESSOR_POWER_INFORMATION): six ULONGs. */
  static final int POWER_RECORD = 24;
  // Four LARGE_INTEGERs, then 66 ULONGs up to CcDataPages; then ContextSwitches,
  // FirstLevelTbFills, SecondLevelTbFills, SystemCalls.
  private static final int CONTEXT_SWITCHES = 32 + 66 * 4;
  private static final int SYSTEM_CALLS = CONTEXT_SWITCHES + 12;
  private static final int DPC_COUNT = 4;
  private static final int INTERRUPT_COUNT = 40;
  private static final int MAX_MHZ = 4;
  private static final int CURRENT_MHZ = 8;

  private CpuStatsBuffers() {
  }

  /** Context switches and system calls since boot, or null when the buffer is short. */
  static long[] performance(ByteBuffer buffer, List<String> problems) {
    ByteBuffer b = le(buffer);
    if (b.limit() < SYSTEM_CALLS + 4) {
      problems.add("system performance information: " + b.limit() + " bytes, "
          + (SYSTEM_CALLS + 4) + " needed");
      return null;
    }
    return new long[] {u32(b, CONTEXT_SWITCHES), u32(b, SYSTEM_CALLS)};
  }

  /** The DPCs of every whole record, summed (a trailing part record is a problem). */
  static long dpcs(ByteBuffer buffer, List<String> problems) {
    return sum(le(buffer), INTERRUPT_RECORD, DPC_COUNT, "interrupt information", problems);
  }

  /** The interrupts of every whole processor performance record, summed. */
  static long interrupts(ByteBuffer buffer, List<String> problems) {
    return sum(le(buffer), CpuBuffers.PERFORMANCE_RECORD, INTERRUPT_COUNT,
        "processor performance", problems);
  }

  /**
   * psutil's cpu_freq: the first CPU's current and max MHz, min 0; null when there is no
   * whole record.
   */
  static CpuFreq frequency(ByteBuffer buffer, List<String> problems) {
    ByteBuffer b = le(buffer);
    if (b.limit() < POWER_RECORD) {
      problems.add("processor power information: " + b.limit() + " bytes, " + POWER_RECORD
          + " needed");
      return null;
    }
    return new CpuFreq(u32(b, CURRENT_MHZ), 0, u32(b, MAX_MHZ));
  }

  private static long sum(ByteBuffer b, int record, int field, String what,
      List<String> problems) {
    if (b.limit() % record != 0) {
      problems.add(what + ": " + b.limit() + " bytes, not a whole number of " + record
          + "-byte records");
    }
    long total = 0;
    for (int off = 0; off + record <= b.limit(); off += record) {
      total += u32(b, off + field);
    }
    return total;
  }

  static long u32(ByteBuffer b, int offset) {
    return b.getInt(offset) & 0xffffffffL;
  }

  static ByteBuffer le(ByteBuffer buffer) {
    return buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
  }
}
