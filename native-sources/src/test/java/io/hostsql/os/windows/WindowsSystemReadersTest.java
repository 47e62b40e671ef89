package io.hostsql.os.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.ConnectionKind;
import io.hostsql.os.ConnectionStatus;
import io.hostsql.os.NetConnection;
import io.hostsql.os.NicAddress;
import io.hostsql.os.NicFamily;
import io.hostsql.os.OsException;
import io.hostsql.os.SystemCpuTimes;
import io.hostsql.os.testing.RecordedSystem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * psutil's system functions on Windows through the io.hostsql.os interfaces, the calls
 * replayed from the Wine recordings, against the harnesses' own readings.
 */
class WindowsSystemReadersTest {
  private final RecordedSystem calls = new RecordedSystem();
  private final Recordings sys = Recordings.committed("system");
  private final Recordings conns = Recordings.committed("connections");

  @Test
  void cpuCountsAndTimes() {
    WindowsCpu cpu = new WindowsCpu(calls);
    assertEquals(Integer.valueOf(sys.facts("calls.txt").get("GetActiveProcessorCount").get(0)),
        cpu.count(true));
    assertEquals((int) sys.expect("logical_processors").stream()
        .filter(r -> r.get(0).equals("0")).count(), cpu.count(false));
    List<SystemCpuTimes> per = cpu.perCpuTimes();
    assertEquals(cpu.count(true), per.size());
    SystemCpuTimes all = cpu.times();
    long idle = Long.parseLong(sys.expect("system_times").get(0).get(0));
    assertEquals(idle / 1e7, all.idle());
    assertEquals(per.stream().mapToDouble(SystemCpuTimes::irq).sum(), all.irq());
    assertThrows(OsException.class, cpu::loadAverage);
  }

  @Test
  void memoryAndDisks() {
    List<String> m = sys.expect("memory_status").get(0);
    assertEquals(Long.parseLong(m.get(1)), new WindowsMemory(calls).virtualMemory().total());
    WindowsDisks disks = new WindowsDisks(calls);
    List<String> roots = sys.expect("drives").stream().map(r -> r.get(0)).toList();
    assertEquals(roots, disks.partitions(true).stream().map(p -> p.mountpoint()).toList());
    List<String> c = sys.expect("drives").get(roots.indexOf("C:\\"));
    assertEquals(Long.parseLong(c.get(5)), disks.usage("C:\\").total());
    assertThrows(OsException.class, () -> disks.usage("Q:\\"));
  }

  @Test
  void interfacesByName() {
    WindowsNet net = new WindowsNet(calls);
    Map<String, io.hostsql.os.NicStats> stats = net.ifStats();
    for (List<String> r : sys.expect("if_table2")) {
      assertEquals(r.get(6).equals("1"), stats.get(r.get(1)).isUp(), r.get(1));
      assertEquals(Integer.parseInt(r.get(4)), stats.get(r.get(1)).mtu());
      assertEquals(Long.parseLong(r.get(10)),
          net.perNicIoCounters(false).get(r.get(1)).bytesRecv());
    }
    Map<String, List<NicAddress>> addrs = net.ifAddrs();
    for (List<String> a : sys.expect("adapters")) {
      NicFamily family = a.get(6).equals("2") ? NicFamily.INET : NicFamily.INET6;
      assertTrue(addrs.get(a.get(1)).contains(new NicAddress(family, a.get(7), null, null, null)),
          a.toString());
      if (!a.get(5).isEmpty()) {
        assertEquals(new NicAddress(NicFamily.LINK, a.get(5), null, null, null),
            addrs.get(a.get(1)).get(0));
      }
    }
  }

  @Test
  void connectionsByKind() {
    WindowsNet net = new WindowsNet(calls);
    int tcp4 = conns.expect("tcp4").size();
    int tcp6 = conns.expect("tcp6").size();
    int udp = conns.expect("udp4").size() + conns.expect("udp6").size();
    assertEquals(tcp4, net.connections(ConnectionKind.TCP4).size());
    assertEquals(tcp4 + tcp6, net.connections(ConnectionKind.TCP).size());
    assertEquals(tcp4 + tcp6 + udp, net.connections(ConnectionKind.INET).size());
    assertEquals(List.of(), net.connections(ConnectionKind.UNIX));
    List<List<String>> listening = conns.factLines("facts.txt", "socket").stream()
        .filter(s -> s.get(1).equals("LISTEN")).toList();
    for (List<String> l : listening) {
      int port = Integer.parseInt(l.get(3));
      NetConnection c = net.connections(ConnectionKind.TCP).stream()
          .filter(x -> x.laddr().port() == port).findFirst().orElseThrow();
      assertEquals(ConnectionStatus.LISTEN, c.status());
      assertEquals(l.get(2), c.laddr().address());
    }
  }
}
