package io.hostsql.os.windows;

import io.hostsql.os.Memory;
import io.hostsql.os.OsException;
import io.hostsql.os.SwapMemory;
import io.hostsql.os.VirtualMemory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** psutil's virtual_memory and swap_memory on Windows, from GlobalMemoryStatusEx. */
final class WindowsMemory implements Memory {
  private final SystemCalls calls;

  WindowsMemory(SystemCalls calls) {
    this.calls = calls;
  }

  /** Windows has no /proc/meminfo. */
  @Override
  public Map<String, Long> meminfo() {
    throw new OsException("Windows has no meminfo");
  }

  @Override
  public VirtualMemory virtualMemory() {
    List<String> problems = new ArrayList<>();
    VirtualMemory m = MemoryBuffers.virtualMemory(status(), problems);
    if (m == null) {
      throw new OsException(String.join("; ", problems));
    }
    return m;
  }

  @Override
  public SwapMemory swapMemory() {
    List<String> problems = new ArrayList<>();
    SwapMemory m = MemoryBuffers.swapMemory(status(), problems);
    if (m == null) {
      throw new OsException(String.join("; ", problems));
    }
    return m;
  }

  private java.nio.ByteBuffer status() {
    return Calls.ok(calls.memoryStatus(), "GlobalMemoryStatusEx");
  }
}
