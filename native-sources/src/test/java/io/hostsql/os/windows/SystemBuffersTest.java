package io.hostsql.os.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.hostsql.os.DiskUsage;
import io.hostsql.os.NicAddress;
import io.hostsql.os.NicFamily;
import io.hostsql.os.SwapMemory;
import io.hostsql.os.SystemCpuTimes;
import io.hostsql.os.VirtualMemory;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The system calls' buffers as Wine filled them (system.c), against the harness's reading of
 * each through the SDK structs; calls.txt shows Wine answered every one of them.
 */
class SystemBuffersTest {
  final Recordings rec = recordings();

  /** The recording decoded: the committed one; a fresh one in the Fresh subclass. */
  Recordings recordings() {
    return Recordings.committed("system");
  }
  private final List<String> problems = new ArrayList<>();

  @Test
  void wineAnsweredEveryCall() {
    // BOOL calls return 1, NTSTATUS and Win32 error codes 0, counts more than 0.
    var calls = rec.facts("calls.txt");
    for (String bool : List.of("GetSystemTimes", "GetLogicalProcessorInformationEx(RelationAll)",
        "GlobalMemoryStatusEx", "GetPerformanceInfo")) {
      assertEquals("1", calls.get(bool).get(0), bool);
    }
    for (String status : List.of("NtQuerySystemInformation(SystemProcessorPerformanceInformation)",
        "GetIfTable2", "GetAdaptersAddresses")) {
      assertEquals("0", calls.get(status).get(0), status);
    }
    for (String count : List.of("GetActiveProcessorCount", "GetTickCount64",
        "GetLogicalDriveStringsW")) {
      assertEquals(true, Long.parseLong(calls.get(count).get(0)) > 0, count);
    }
  }

  @Test
  void cpuTimesAreKernelLessIdle() {
    List<String> e = rec.expect("system_times").get(0);
    SystemCpuTimes t = CpuBuffers.systemTimes(rec.bytes("system_times"), problems);
    long idle = Long.parseLong(e.get(0));
    long kernel = Long.parseLong(e.get(1));
    assertEquals(idle / 1e7, t.idle());
    assertEquals((kernel - idle) / 1e7, t.system());
    assertEquals(Long.parseLong(e.get(2)) / 1e7, t.user());
    assertEquals(List.of(), problems);
  }

  @Test
  void perCpuTimesMatchEachRecord() {
    List<SystemCpuTimes> got = CpuBuffers.perCpu(rec.bytes("processor_performance"), problems);
    List<List<String>> expect = rec.expect("processor_performance");
    assertEquals(expect.size(), got.size());
    assertEquals(rec.facts("calls.txt").get("GetActiveProcessorCount").get(0),
        String.valueOf(got.size()), "one record per active processor");
    for (int i = 0; i < got.size(); i++) {
      List<String> e = expect.get(i);
      SystemCpuTimes t = got.get(i);
      long idle = Long.parseLong(e.get(0));
      assertEquals(List.of(Long.parseLong(e.get(2)) / 1e7, (Long.parseLong(e.get(1)) - idle) / 1e7,
          idle / 1e7, Long.parseLong(e.get(4)) / 1e7, Long.parseLong(e.get(3)) / 1e7),
          List.of(t.user(), t.system(), t.idle(), t.irq(), t.softirq()));
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void physicalCoresAreTheCoreRecords() {
    long cores = rec.expect("logical_processors").stream().filter(r -> r.get(0).equals("0"))
        .count();
    assertEquals(cores, CpuBuffers.physicalCores(rec.bytes("logical_processors"), problems));
    ByteBuffer bad = ProcessInfoBufferTest.copy(rec.bytes("logical_processors"));
    bad.putInt(4, 0);
    assertEquals(-1, CpuBuffers.physicalCores(bad, problems), "a zero size cannot loop");
    assertEquals(1, problems.size());
  }

  @Test
  void memoryIsTheStatusRecord() {
    List<String> e = rec.expect("memory_status").get(0);
    long total = Long.parseLong(e.get(1));
    long avail = Long.parseLong(e.get(2));
    VirtualMemory vm = MemoryBuffers.virtualMemory(rec.bytes("memory_status"), problems);
    assertEquals(List.of(total, avail, total - avail, avail),
        List.of(vm.total(), vm.available(), vm.used(), vm.free()));
    SwapMemory swap = MemoryBuffers.swapMemory(rec.bytes("memory_status"), problems);
    long swapTotal = Long.parseLong(e.get(3)) - total;
    assertEquals(swapTotal, swap.total());
    assertEquals(swap.total(), swap.used() + swap.free());
    assertEquals(List.of(), problems);
    assertNull(MemoryBuffers.virtualMemory(ByteBuffer.allocate(16), problems));
    assertEquals(1, problems.size());
  }

  @Test
  void drivesAndTheirUsage() {
    List<List<String>> expect = rec.expect("drives");
    assertEquals(expect.stream().map(r -> r.get(0)).toList(),
        DiskBuffers.drives(rec.bytes("drives"), problems));
    List<String> c = expect.stream().filter(r -> r.get(0).startsWith("C")).findFirst()
        .orElseThrow();
    DiskUsage u = DiskBuffers.usage(rec.bytes("disk_free_c"), problems);
    long total = Long.parseLong(c.get(5));
    long free = Long.parseLong(c.get(6));
    assertEquals(List.of(total, free, total - free), List.of(u.total(), u.free(), u.used()));
    assertEquals(List.of(), problems);
    byte[] unterminated = "C:\\\0D:".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    assertEquals(List.of("C:\\"), DiskBuffers.drives(ByteBuffer.wrap(unterminated), problems));
    assertEquals(1, problems.size());
  }

  @Test
  void interfaceRowsMatchTheHarnessReading() {
    List<InterfaceBuffers.IfRow> got = InterfaceBuffers.ifTable2(rec.bytes("if_table2"), problems);
    List<List<String>> expect = rec.expect("if_table2");
    assertEquals(expect.size(), got.size());
    for (int i = 0; i < got.size(); i++) {
      List<String> e = expect.get(i);
      InterfaceBuffers.IfRow r = got.get(i);
      assertEquals(List.of(e.get(0), e.get(1), e.get(2), e.get(3), e.get(4), e.get(5),
          String.valueOf(e.get(6).equals("1")), e.get(9), e.get(15), e.get(10),
          String.valueOf(Long.parseLong(e.get(16)) + Long.parseLong(e.get(17))),
          String.valueOf(Long.parseLong(e.get(11)) + Long.parseLong(e.get(12))), e.get(14),
          e.get(19), e.get(13), e.get(18)),
          List.of(r.index(), r.alias(), r.description(), r.mac(), r.mtu(), r.type(), r.operUp(),
              r.speedBits(), r.counters().bytesSent(), r.counters().bytesRecv(),
              r.counters().packetsSent(), r.counters().packetsRecv(), r.counters().errin(),
              r.counters().errout(), r.counters().dropin(), r.counters().dropout())
              .stream().map(String::valueOf).toList());
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void adapterAddressesMatchTheHarnessReading() {
    List<InterfaceBuffers.AdapterAddress> got = InterfaceBuffers.adapters(rec.bytes("adapters"),
        rec.base("adapters"), problems);
    List<List<String>> expect = rec.expect("adapters");
    assertEquals(expect.size(), got.size());
    for (int i = 0; i < got.size(); i++) {
      List<String> e = expect.get(i);
      InterfaceBuffers.AdapterAddress a = got.get(i);
      NicFamily family = e.get(6).equals("2") ? NicFamily.INET : NicFamily.INET6;
      assertEquals(List.of(e.get(1), e.get(2), new NicAddress(family, e.get(7), null, null, null),
          e.get(8)), List.of(a.adapter(), String.valueOf(a.ifIndex()), a.address(),
          String.valueOf(a.prefixLength())));
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void anAdapterListThatLoopsOrLeavesTheBufferEnds() {
    ByteBuffer b = ProcessInfoBufferTest.copy(rec.bytes("adapters"));
    long base = rec.base("adapters");
    b.putLong(8, base); // the first adapter's Next points to itself
    int firstCount = (int) rec.expect("adapters").stream()
        .filter(r -> r.get(0).equals(rec.expect("adapters").get(0).get(0))).count();
    assertEquals(firstCount, InterfaceBuffers.adapters(b, base, problems).size());
    assertEquals(1, problems.size(), problems.toString());
    b.putLong(8, base + b.limit() + 8);
    b.putLong(72, base - 64); // the friendly name outside
    problems.clear();
    List<InterfaceBuffers.AdapterAddress> got = InterfaceBuffers.adapters(b, base, problems);
    assertEquals(firstCount, got.size());
    assertNull(got.get(0).adapter());
    assertEquals(2, problems.size(), problems.toString());
  }
}
