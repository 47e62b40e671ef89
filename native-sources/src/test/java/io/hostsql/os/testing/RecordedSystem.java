package io.hostsql.os.testing;

import io.hostsql.os.windows.Recordings;
import io.hostsql.os.windows.SystemCalls;
import io.hostsql.os.windows.Win32Buffer;

/**
 * Windows' system calls answered from the committed recordings of the system and connections
 * harnesses (test resources win32/system and win32/connections, made under Wine). Disk free
 * space was recorded for drive C: only; any other path is ERROR_PATH_NOT_FOUND.
 */
public final class RecordedSystem implements SystemCalls {
  private static final int PATH_NOT_FOUND = 3;

  @Override
  public Win32Buffer systemTimes() {
    return buffer("system/system_times");
  }

  @Override
  public Win32Buffer processorPerformance() {
    return buffer("system/processor_performance");
  }

  @Override
  public Win32Buffer logicalProcessors() {
    return buffer("system/logical_processors");
  }

  @Override
  public int activeProcessorCount() {
    for (String line : text("system/calls.txt").split("\n")) {
      if (line.startsWith("GetActiveProcessorCount\t")) {
        return Integer.parseInt(line.split("\t")[1]);
      }
    }
    return 0;
  }

  @Override
  public Win32Buffer memoryStatus() {
    return buffer("system/memory_status");
  }

  @Override
  public Win32Buffer driveStrings() {
    return buffer("system/drives");
  }

  @Override
  public Win32Buffer diskFreeSpace(String path) {
    return path.toUpperCase().startsWith("C:") ? buffer("system/disk_free_c")
        : Win32Buffer.failed(PATH_NOT_FOUND);
  }

  @Override
  public Win32Buffer ifTable2() {
    return buffer("system/if_table2");
  }

  @Override
  public Win32Buffer adaptersAddresses() {
    return buffer("system/adapters");
  }

  @Override
  public Win32Buffer connectionTable(boolean tcp, boolean ipv6) {
    return buffer("connections/" + (tcp ? "tcp" : "udp") + (ipv6 ? "6" : "4"));
  }

  /** NAME of HARNESS/NAME: the committed recording's buffer, with its base when it has one. */
  private static Win32Buffer buffer(String name) {
    String[] at = name.split("/", 2);
    Recordings r = Recordings.committed(at[0]);
    return Win32Buffer.of(r.file(at[1] + ".bin"), r.hex(at[1] + ".base"), -1);
  }

  private static String text(String name) {
    String[] at = name.split("/", 2);
    return Recordings.committed(at[0]).text(at[1]);
  }
}
