package io.hostsql.os.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hostsql.os.Battery;
import io.hostsql.os.CpuFreq;
import io.hostsql.os.CpuStats;
import io.hostsql.os.DiskIoCounters;
import io.hostsql.os.OsException;
import io.hostsql.os.User;
import io.hostsql.os.testing.RecordedSystem;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * cpu_stats, cpu_freq, boot_time, disk_io_counters, users and sensors_battery through the
 * io.hostsql.os interfaces, the calls replayed from system2.c's Wine recording, against the
 * harness's own readings; where Wine answers nothing (disks, sessions), over calls that answer
 * with the harness's layout recordings.
 */
class WindowsSystemStatsReadersTest {
  private final RecordedSystem calls = new RecordedSystem();
  private final Recordings rec = Recordings.committed("system2");

  private static long n(String s) {
    return Long.parseLong(s);
  }

  @Test
  void cpuStatsAndFreq() {
    WindowsCpu cpu = new WindowsCpu(calls);
    List<String> s = rec.expect("cpu_stats").get(0);
    // psutil's shape: soft_interrupts 0, the DPCs dropped.
    assertEquals(new CpuStats(n(s.get(0)), n(s.get(1)), 0, n(s.get(3))), cpu.stats());
    List<String> f = rec.expect("power_information").get(0);
    CpuFreq freq = new CpuFreq(n(f.get(2)), 0, n(f.get(1)));
    assertEquals(freq, cpu.freq());
    assertEquals(List.of(freq), cpu.perCpuFreq());
  }

  @Test
  void bootTimeIsWholeSeconds() {
    long since1970 = n(rec.expect("time_of_day").get(0).get(3));
    WindowsHost host = new WindowsHost(calls);
    assertEquals(Instant.ofEpochSecond(since1970 / 10_000_000L), host.bootTime());
    assertThrows(OsException.class, host::hostname);
  }

  @Test
  void wineListsNoDiskAndNoSession() {
    // calls.txt: PhysicalDrive0 refuses IOCTL_DISK_PERFORMANCE (50), the others do not exist.
    assertEquals("50", rec.facts("calls.txt")
        .get("DeviceIoControl(PhysicalDrive0,IOCTL_DISK_PERFORMANCE)").get(1));
    WindowsDisks disks = new WindowsDisks(calls);
    assertEquals(Map.of(), disks.perDiskIoCounters(false));
    assertNull(disks.ioCounters(false));
    assertEquals(List.of(), new WindowsHost(calls).users());
  }

  @Test
  void noBatteryIsNull() {
    assertEquals("128", rec.expect("power_status").get(0).get(1));
    assertNull(new WindowsSensors(calls).battery());
    assertThrows(OsException.class, () -> new WindowsSensors(calls).temperatures());
  }

  /**
   * Drives 1 and 3 answer with the layout recording, the rest do not exist; two sessions, one
   * without a user; a discharging battery.
   */
  @Test
  void disksFromTheLayoutRecording() {
    SystemCalls layout = new SystemCalls() {
      @Override
      public Win32Buffer diskPerformance(int drive) {
        return drive == 1 || drive == 3 ? Win32Buffer.of(rec.file("layout_disk.bin"), 0, -1)
            : Win32Buffer.failed(FILE_NOT_FOUND);
      }

      @Override
      public Win32Buffer systemTimes() {
        throw new AssertionError();
      }

      @Override
      public Win32Buffer processorPerformance() {
        throw new AssertionError();
      }

      @Override
      public Win32Buffer logicalProcessors() {
        throw new AssertionError();
      }

      @Override
      public int activeProcessorCount() {
        throw new AssertionError();
      }

      @Override
      public Win32Buffer memoryStatus() {
        throw new AssertionError();
      }

      @Override
      public Win32Buffer driveStrings() {
        throw new AssertionError();
      }

      @Override
      public Win32Buffer diskFreeSpace(String path) {
        throw new AssertionError();
      }

      @Override
      public Win32Buffer ifTable2() {
        throw new AssertionError();
      }

      @Override
      public Win32Buffer adaptersAddresses() {
        throw new AssertionError();
      }

      @Override
      public Win32Buffer connectionTable(boolean tcp, boolean ipv6) {
        throw new AssertionError();
      }

      @Override
      public Win32Buffer powerStatus() {
        return Win32Buffer.of(rec.file("layout_power_0.bin"), 0, -1);
      }

      @Override
      public Win32Buffer sessions() {
        ByteBuffer b = ByteBuffer.allocate(48).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0, 0).putInt(24, 2); // services' session 0, then session 2
        return Win32Buffer.of(b.array(), 0x10000, 2);
      }

      @Override
      public Win32Buffer sessionInformation(int session, int infoClass) {
        if (session == 0) {
          // Session 0 has an empty user name (a NUL): psutil leaves it out.
          return infoClass == WTS_USER_NAME ? Win32Buffer.of(new byte[2], 0, -1)
              : Win32Buffer.failed(5);
        }
        return switch (infoClass) {
          case WTS_USER_NAME -> Win32Buffer.of("alice\0".getBytes(StandardCharsets.UTF_16LE),
              0, -1);
          case WTS_CLIENT_ADDRESS -> Win32Buffer.of(rec.file("layout_address.bin"), 0, -1);
          default -> Win32Buffer.of(rec.file("layout_info.bin"), 0, -1);
        };
      }
    };
    List<String> e = rec.expect("layout_disk").get(0);
    DiskIoCounters one = new DiskIoCounters(n(e.get(1)), n(e.get(2)), n(e.get(3)), n(e.get(4)),
        n(e.get(5)) / 10_000, n(e.get(6)) / 10_000, 0, 0, 0);
    WindowsDisks disks = new WindowsDisks(layout);
    assertEquals(Map.of("PhysicalDrive1", one, "PhysicalDrive3", one),
        disks.perDiskIoCounters(false));
    assertEquals(2 * one.readBytes(), disks.ioCounters(false).readBytes());
    List<String> info = rec.expect("layout_info").get(0);
    long started = (n(info.get(3)) - FileTimes.EPOCH_OFFSET) / 10_000_000L;
    assertEquals(List.of(new User("alice", null, "192.0.2.44", started, 0)),
        new WindowsHost(layout).users());
    assertEquals(new Battery(77, 5400, false), new WindowsSensors(layout).battery());
  }
}
