package io.hostsql.os.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.Battery;
import io.hostsql.os.CpuFreq;
import io.hostsql.os.DiskIoCounters;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * cpu_stats, cpu_freq, boot_time, disk_io_counters, users and sensors_battery's buffers as Wine
 * filled them (system2.c), against the harness's reading of each through the SDK structs. Where
 * Wine does not answer (IOCTL_DISK_PERFORMANCE, sessions), the layout recordings stand in: the
 * SDK struct filled by field name with distinct values. Battery states are checked against
 * psutil's documented rules, written out by hand per state.
 */
class SystemStatsBuffersTest {
  final Recordings rec = recordings();
  private final List<String> problems = new ArrayList<>();

  /** The recording decoded: the committed one; a fresh one in the Fresh subclass. */
  Recordings recordings() {
    return Recordings.committed("system2");
  }

  private static long n(String s) {
    return Long.parseLong(s);
  }

  @Test
  void wineAnsweredTheCallsItImplements() {
    Map<String, List<String>> calls = rec.facts("calls.txt");
    for (String status : List.of("NtQuerySystemInformation(SystemPerformanceInformation)",
        "NtQuerySystemInformation(SystemInterruptInformation)",
        "NtQuerySystemInformation(SystemProcessorPerformanceInformation)",
        "CallNtPowerInformation(ProcessorInformation)",
        "NtQuerySystemInformation(SystemTimeOfDayInformation)")) {
      assertEquals("0", calls.get(status).get(0), status);
    }
    assertEquals("1", calls.get("WTSEnumerateSessionsW").get(0));
    assertEquals("1", calls.get("GetSystemPowerStatus").get(0));
  }

  @Test
  void cpuStatsAddUpAsPsutilAddsThem() {
    long[] perf = CpuStatsBuffers.performance(rec.bytes("performance"), problems);
    List<String> p = rec.expect("performance").get(0);
    assertEquals(CpuStatsBuffers.PERFORMANCE_SIZE, Integer.parseInt(p.get(0)));
    assertEquals(n(p.get(1)), perf[0]);
    assertEquals(n(p.get(2)), perf[1]);
    long dpcs = CpuStatsBuffers.dpcs(rec.bytes("interrupts"), problems);
    long perCpu = 0;
    for (List<String> row : rec.expect("interrupts")) {
      perCpu += n(row.get(1));
    }
    assertEquals(perCpu, dpcs);
    long interrupts = CpuStatsBuffers.interrupts(rec.bytes("processor_performance"), problems);
    List<String> s = rec.expect("cpu_stats").get(0);
    assertEquals(List.of(n(s.get(0)), n(s.get(1)), n(s.get(2)), n(s.get(3))),
        List.of(perf[0], interrupts, dpcs, perf[1]));
    assertEquals(List.of(), problems);
  }

  @Test
  void cpuStatsLayoutsMatchTheSdkOffsets() {
    List<String> p = rec.expect("layout_performance").get(0);
    ByteBuffer layout = rec.bytes("layout_performance");
    assertEquals(n(p.get(0)), layout.limit());
    long[] perf = CpuStatsBuffers.performance(layout, problems);
    assertEquals(List.of(n(p.get(1)), n(p.get(2))), List.of(perf[0], perf[1]));
    List<String> i = rec.expect("layout_interrupts").get(0);
    ByteBuffer interrupts = rec.bytes("layout_interrupts");
    assertEquals(CpuStatsBuffers.INTERRUPT_RECORD, Integer.parseInt(i.get(0)));
    assertEquals(n(i.get(2)), CpuStatsBuffers.dpcs(interrupts, problems));
    assertEquals(List.of(), problems);
  }

  @Test
  void cpuFreqIsTheFirstCpusCurrentAndMax() {
    List<String> first = rec.expect("power_information").get(0);
    CpuFreq f = CpuStatsBuffers.frequency(rec.bytes("power_information"), problems);
    assertEquals(new CpuFreq(n(first.get(2)), 0, n(first.get(1))), f);
    assertTrue(f.max() > 0, "Wine reports a frequency: " + f);
    assertEquals(List.of(), problems);
  }

  @Test
  void bootTimeIsBootLessSleepBias() {
    List<String> t = rec.expect("time_of_day").get(0);
    Instant boot = BootTimeBuffer.bootTime(rec.bytes("time_of_day"), problems);
    assertEquals(n(t.get(3)), (boot.getEpochSecond() * 10_000_000L + boot.getNano() / 100));
    assertTrue(n(t.get(0)) <= n(t.get(1)), "booted before the current time");
    List<String> l = rec.expect("layout_time_of_day").get(0);
    assertEquals(BootTimeBuffer.SIZE, Integer.parseInt(l.get(0)));
    Instant layout = BootTimeBuffer.bootTime(rec.bytes("layout_time_of_day"), problems);
    long since1970 = n(l.get(1)) - n(l.get(3)) - FileTimes.EPOCH_OFFSET;
    assertEquals(since1970, layout.getEpochSecond() * 10_000_000L + layout.getNano() / 100);
    assertEquals(List.of(), problems);
  }

  @Test
  void diskPerformanceMatchesTheSdkStruct() {
    // Wine answers IOCTL_DISK_PERFORMANCE with ERROR_NOT_SUPPORTED: the layout is what there is,
    // plus any drive a real implementation answered for.
    List<String> l = rec.expect("layout_disk").get(0);
    assertEquals(DiskPerformanceBuffer.SIZE, Integer.parseInt(l.get(7)));
    check(rec.bytes("layout_disk"), l);
    for (List<String> row : rec.expect("disk_performance")) {
      check(rec.bytes("disk_" + row.get(0).substring("PhysicalDrive".length())), row);
    }
    assertEquals(List.of(), problems);
  }

  private void check(ByteBuffer b, List<String> e) {
    DiskIoCounters c = DiskPerformanceBuffer.counters(b, problems);
    assertEquals(List.of(n(e.get(1)), n(e.get(2)), n(e.get(3)), n(e.get(4)),
        n(e.get(5)) / 10_000, n(e.get(6)) / 10_000), List.of(c.readCount(), c.writeCount(),
        c.readBytes(), c.writeBytes(), c.readTime(), c.writeTime()));
  }

  @Test
  void sessionsDecodeAsPsutilReadsThem() {
    // Wine lists no session; the layouts check each struct, and any recorded session its user.
    List<List<String>> sessions = rec.expect("sessions");
    assertEquals(sessions.size(), Integer.parseInt(rec.text("sessions.count")));
    List<Integer> ids = SessionBuffers.sessionIds(rec.bytes("sessions"), sessions.size(),
        problems);
    assertEquals(sessions.stream().map(r -> Integer.parseInt(r.get(0))).toList(), ids);
    for (List<String> u : rec.expect("users")) {
      String id = u.get(0);
      assertEquals(u.get(1), SessionBuffers.userName(rec.bytes("session_" + id + "_user")));
      assertEquals(u.get(2), SessionBuffers.host(rec.bytes("session_" + id + "_address"),
          problems));
    }
    List<List<String>> ls = rec.expect("layout_sessions");
    assertEquals(SessionBuffers.SESSION_RECORD, Integer.parseInt(ls.get(0).get(0)));
    assertEquals(List.of(7, 9), SessionBuffers.sessionIds(rec.bytes("layout_sessions"), 2,
        problems));
    List<String> a = rec.expect("layout_address").get(0);
    assertEquals(SessionBuffers.ADDRESS_SIZE, Integer.parseInt(a.get(0)));
    assertEquals("192.0.2.44", a.get(2));
    assertEquals(a.get(2), SessionBuffers.host(rec.bytes("layout_address"), problems));
    List<String> i = rec.expect("layout_info").get(0);
    assertEquals(SessionBuffers.INFO_SIZE, Integer.parseInt(i.get(0)));
    Instant connect = SessionBuffers.connectTime(rec.bytes("layout_info"), problems);
    assertEquals(n(i.get(3)) - FileTimes.EPOCH_OFFSET,
        connect.getEpochSecond() * 10_000_000L + connect.getNano() / 100);
    assertEquals(List.of(), problems);
  }

  @Test
  void batteryFollowsPsutilsRules() {
    List<String> w = rec.expect("power_status").get(0);
    assertEquals(PowerStatusBuffer.SIZE, Integer.parseInt(w.get(5)));
    Battery wine = PowerStatusBuffer.battery(rec.bytes("power_status"), problems);
    // This machine (and Wine's view of it) has no battery: BatteryFlag 128, psutil's None.
    assertEquals((n(w.get(1)) & 128) != 0, wine == null, "flag " + w.get(1) + " -> " + wine);
    // The three layouts, by psutil's rules: discharging with 5400 s left; plugged in and
    // charging (unlimited); discharging with the time unknown (-1).
    List<List<String>> l = rec.expect("layout_power");
    assertEquals(List.of("0", "1", "77", "5400"), l.get(0).subList(0, 4));
    assertEquals(new Battery(77, 5400, false),
        PowerStatusBuffer.battery(rec.bytes("layout_power_0"), problems));
    assertEquals(List.of("1", "8", "40", "-1"), l.get(1).subList(0, 4));
    assertEquals(new Battery(40, Battery.UNLIMITED, true),
        PowerStatusBuffer.battery(rec.bytes("layout_power_1"), problems));
    assertEquals(List.of("0", "2", "12", "-1"), l.get(2).subList(0, 4));
    assertEquals(new Battery(12, Battery.UNKNOWN, false),
        PowerStatusBuffer.battery(rec.bytes("layout_power_2"), problems));
    assertEquals(List.of(), problems);
  }

  @Test
  void shortAndOddBuffersAreProblemsNotExceptions() {
    ByteBuffer empty = ByteBuffer.allocate(0);
    assertNull(CpuStatsBuffers.performance(empty, problems));
    assertNull(CpuStatsBuffers.frequency(ByteBuffer.allocate(23), problems));
    assertNull(BootTimeBuffer.bootTime(ByteBuffer.allocate(47), problems));
    assertNull(DiskPerformanceBuffer.counters(ByteBuffer.allocate(47), problems));
    assertNull(PowerStatusBuffer.battery(ByteBuffer.allocate(11), problems));
    assertNull(SessionBuffers.host(ByteBuffer.allocate(23), problems));
    assertNull(SessionBuffers.connectTime(ByteBuffer.allocate(183), problems));
    assertEquals(7, problems.size(), problems.toString());
    problems.clear();
    // A trailing part record is counted out and named; whole records still add up.
    ByteBuffer interrupts = le(24 + 10);
    interrupts.putInt(4, 41);
    assertEquals(41, CpuStatsBuffers.dpcs(interrupts, problems));
    assertEquals(1, problems.size());
    // A listing claiming more sessions than its bytes hold: the whole ones, and a problem.
    ByteBuffer sessions = le(24 * 2);
    sessions.putInt(0, 1).putInt(24, 2);
    assertEquals(List.of(1, 2), SessionBuffers.sessionIds(sessions, 1000, problems));
    assertEquals(List.of(), SessionBuffers.sessionIds(sessions, -1, problems));
    assertEquals(3, problems.size());
    // A boot time before 1970 (zeroed struct) is null, not 1601.
    assertNull(BootTimeBuffer.bootTime(le(48), problems));
    // A negative byte count (high bit set) is refused.
    ByteBuffer disk = le(88);
    disk.putLong(0, -1);
    assertNull(DiskPerformanceBuffer.counters(disk, problems));
    assertEquals(5, problems.size());
    // A user name without its terminator is the whole buffer; an IPv6 client is no host.
    ByteBuffer name = ByteBuffer.wrap("bob".getBytes(StandardCharsets.UTF_16LE));
    assertEquals("bob", SessionBuffers.userName(name));
    ByteBuffer v6 = le(24);
    v6.putInt(0, 23);
    assertNull(SessionBuffers.host(v6, problems));
    assertEquals(5, problems.size());
    // ULONG counters past 2^31 stay positive.
    ByteBuffer perf = le(CpuStatsBuffers.PERFORMANCE_SIZE);
    perf.putInt(32 + 66 * 4, -2);
    assertEquals(0xfffffffeL, CpuStatsBuffers.performance(perf, problems)[0]);
  }

  private static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  @Test
  void noBatteryFlagWinsOverEverythingElse() {
    ByteBuffer b = le(12);
    b.put(0, (byte) 1).put(1, (byte) (128 | 8)).put(2, (byte) 50);
    assertNull(PowerStatusBuffer.battery(b, problems));
    b.put(1, (byte) 0).putInt(4, 120);
    Battery plugged = PowerStatusBuffer.battery(b, problems);
    assertEquals(new Battery(50, Battery.UNLIMITED, true), plugged);
    assertFalse(problems.iterator().hasNext());
  }
}
