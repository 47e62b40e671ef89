package io.hostsql.os.testing;

import io.hostsql.os.windows.Recordings;
import io.hostsql.os.windows.SystemCalls;
import io.hostsql.os.windows.Win32Buffer;
import java.util.Map;

/**
 * Windows' system calls answered from the committed recordings of the system, system2 and
 * connections harnesses (test resources win32/..., made under Wine). Disk free space was
 * recorded for drive C: only; any other path is ERROR_PATH_NOT_FOUND. A physical drive answers
 * as Wine answered the harness (calls.txt: Wine opens PhysicalDrive0 and refuses its
 * IOCTL_DISK_PERFORMANCE with ERROR_NOT_SUPPORTED). Wine lists no terminal-services session.
 */
public final class RecordedSystem implements SystemCalls {
  private static final int PATH_NOT_FOUND = 3;
  private static final int INVALID_PARAMETER = 87;

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

  /** The drive's type as the system harness recorded it (drives.expect.txt), else unknown. */
  @Override
  public int driveType(String root) {
    Map<String, String> d = drive(root);
    return d == null ? 0 : Integer.parseInt(d.get("type"));
  }

  /**
   * The flags and file system name the system harness recorded for the drive, laid out as the
   * live call gives them (the flags, then the NUL-terminated name).
   */
  @Override
  public Win32Buffer volumeInformation(String root) {
    Map<String, String> d = drive(root);
    if (d == null) {
      return Win32Buffer.failed(PATH_NOT_FOUND);
    }
    byte[] name = (d.get("fstype") + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4 + name.length)
        .order(java.nio.ByteOrder.LITTLE_ENDIAN);
    b.putInt(Integer.parseUnsignedInt(d.get("flags"))).put(name);
    return Win32Buffer.of(b.array(), 0, -1);
  }

  private static Map<String, String> drive(String root) {
    return Recordings.committed("system").rows("drives").stream()
        .filter(r -> r.get("drive").equalsIgnoreCase(root)).findFirst().orElse(null);
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

  @Override
  public Win32Buffer performanceInformation() {
    return buffer("system2/performance");
  }

  @Override
  public Win32Buffer interruptInformation() {
    return buffer("system2/interrupts");
  }

  @Override
  public Win32Buffer processorPower() {
    return buffer("system2/power_information");
  }

  @Override
  public Win32Buffer timeOfDay() {
    return buffer("system2/time_of_day");
  }

  @Override
  public Win32Buffer diskPerformance(int drive) {
    Recordings r = Recordings.committed("system2");
    if (r.file("disk_" + drive + ".bin") != null) {
      return buffer("system2/disk_" + drive);
    }
    String name = "PhysicalDrive" + drive;
    for (String key : new String[] {"DeviceIoControl(" + name + ",IOCTL_DISK_PERFORMANCE)",
        "CreateFile(" + name + ")"}) {
      var line = r.facts("calls.txt").get(key);
      if (line != null) {
        return Win32Buffer.failed(Integer.parseInt(line.get(1)));
      }
    }
    return Win32Buffer.failed(FILE_NOT_FOUND);
  }

  @Override
  public Win32Buffer sessions() {
    Recordings r = Recordings.committed("system2");
    return Win32Buffer.of(r.file("sessions.bin"), r.hex("sessions.base"),
        Integer.parseInt(r.text("sessions.count")));
  }

  @Override
  public Win32Buffer sessionInformation(int session, int infoClass) {
    String part = switch (infoClass) {
      case WTS_USER_NAME -> "user";
      case WTS_CLIENT_ADDRESS -> "address";
      case WTS_SESSION_INFO -> "info";
      default -> null;
    };
    Recordings r = Recordings.committed("system2");
    String file = "session_" + session + "_" + part;
    return part == null || r.file(file + ".bin") == null
        ? Win32Buffer.failed(INVALID_PARAMETER) : buffer("system2/" + file);
  }

  @Override
  public Win32Buffer powerStatus() {
    return buffer("system2/power_status");
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
