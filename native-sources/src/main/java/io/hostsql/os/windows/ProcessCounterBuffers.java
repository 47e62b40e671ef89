package io.hostsql.os.windows;

import io.hostsql.os.IoPriorityClass;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Decodes the small fixed buffers of psutil's per-process calls: GetProcessMemoryInfo's
 * PROCESS_MEMORY_COUNTERS(_EX) (64-bit layout), NtQueryInformationProcess(ProcessIoPriority)'s
 * IO_PRIORITY_HINT and GetProcessHandleCount's DWORD. A buffer too short, or a value Windows
 * does not define, gives null and a problem.
 */
final class ProcessCounterBuffers {
  /** sizeof(PROCESS_MEMORY_COUNTERS): cb, PageFaultCount, then eight SIZE_T. */
  static final int COUNTERS_SIZE = 72;
  /** sizeof(PROCESS_MEMORY_COUNTERS_EX): PrivateUsage follows. */
  static final int COUNTERS_EX_SIZE = 80;

  private ProcessCounterBuffers() {
  }

  static MemoryCounters memoryCounters(ByteBuffer buffer, List<String> problems) {
    ByteBuffer b = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    if (b.limit() < COUNTERS_SIZE) {
      problems.add("memory counters: " + b.limit() + " bytes, fewer than the "
          + COUNTERS_SIZE + " of PROCESS_MEMORY_COUNTERS");
      return null;
    }
    long cb = b.getInt(0) & 0xffffffffL;
    if (cb < COUNTERS_SIZE) {
      problems.add("memory counters: cb " + cb + " is shorter than PROCESS_MEMORY_COUNTERS");
      return null;
    }
    // The EX field only when the call said it filled it and the buffer holds it.
    long privateUsage = cb >= COUNTERS_EX_SIZE && b.limit() >= COUNTERS_EX_SIZE
        ? b.getLong(72) : -1;
    return new MemoryCounters(b.getInt(4) & 0xffffffffL, b.getLong(8), b.getLong(16),
        b.getLong(24), b.getLong(32), b.getLong(40), b.getLong(48), b.getLong(56),
        b.getLong(64), privateUsage);
  }

  /** The I/O priority class of an IO_PRIORITY_HINT (0 very low .. 3 high). */
  static IoPriorityClass ioPriority(ByteBuffer buffer, List<String> problems) {
    Long hint = dword(buffer, "I/O priority", problems);
    if (hint == null) {
      return null;
    }
    IoPriorityClass c = IoPriorityClass.windowsHint(hint.intValue());
    if (c == null) {
      problems.add("I/O priority: hint " + hint + " is not one Windows defines (0..3)");
      return null;
    }
    return c;
  }

  /** A DWORD answer (a count), unsigned. */
  static Long dword(ByteBuffer buffer, String what, List<String> problems) {
    if (buffer.limit() < 4) {
      problems.add(what + ": " + buffer.limit() + " bytes, fewer than a DWORD");
      return null;
    }
    return buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt(0) & 0xffffffffL;
  }
}
