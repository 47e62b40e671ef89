package io.hostsql.os.windows;

import io.hostsql.os.SwapMemory;
import io.hostsql.os.VirtualMemory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Decodes GlobalMemoryStatusEx's MEMORYSTATUSEX into psutil's virtual_memory and swap_memory on
 * Windows. The fields Linux has and Windows lacks (active, buffers, cached...) are 0. Swap is
 * the commit limit beyond physical memory (ullTotalPageFile less ullTotalPhys), its free part
 * the available commit beyond available memory, as psutil computed it before it asked the
 * performance counters; swapped-in and -out bytes are 0, as psutil reports them on Windows.
 */
final class MemoryBuffers {
  static final int STATUS_SIZE = 64;

  private MemoryBuffers() {
  }

  static VirtualMemory virtualMemory(ByteBuffer buffer, List<String> problems) {
    ByteBuffer b = status(buffer, problems);
    if (b == null) {
      return null;
    }
    long total = b.getLong(8);
    long avail = b.getLong(16);
    long used = total - avail;
    return new VirtualMemory(total, avail, percent(used, total), used, avail, 0, 0, 0, 0, 0, 0);
  }

  static SwapMemory swapMemory(ByteBuffer buffer, List<String> problems) {
    ByteBuffer b = status(buffer, problems);
    if (b == null) {
      return null;
    }
    long total = Math.max(0, b.getLong(24) - b.getLong(8));
    long free = Math.min(total, Math.max(0, b.getLong(32) - b.getLong(16)));
    long used = total - free;
    return new SwapMemory(total, used, free, percent(used, total), 0, 0);
  }

  private static ByteBuffer status(ByteBuffer buffer, List<String> problems) {
    ByteBuffer b = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    if (b.limit() < STATUS_SIZE || b.getInt(0) != STATUS_SIZE) {
      problems.add("MEMORYSTATUSEX: " + b.limit() + " bytes, dwLength "
          + (b.limit() >= 4 ? b.getInt(0) : -1) + "; 64 expected");
      return null;
    }
    return b;
  }

  static double percent(long part, long total) {
    return total <= 0 ? 0 : Math.round(part * 1000.0 / total) / 10.0;
  }
}
