package io.hostsql.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.Cpu;
import io.hostsql.os.CpuFreq;
import io.hostsql.os.Disks;
import io.hostsql.os.Host;
import io.hostsql.os.Memory;
import io.hostsql.os.Net;
import io.hostsql.os.Process;
import io.hostsql.os.Sensors;
import io.hostsql.os.SwapMemory;
import io.hostsql.os.SystemCpuTimes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every table's rows against the native-sources call that feeds it (itself checked against
 * psutil and the system tools in native-sources): the SQL layer loses, reorders or retypes
 * nothing.
 */
class TablesAgainstApiTest extends LiveConnectionTest {


  @Test
  void cpuTables() throws SQLException {
    Cpu cpu = Cpu.live();
    List<List<Object>> times = rows("SELECT cpu, user_time, system, idle FROM cpu_times");
    List<SystemCpuTimes> per = cpu.perCpuTimes();
    SystemCpuTimes total = cpu.times();
    assertEquals(per.size() + 1, times.size());
    assertEquals("total", times.get(0).get(0));
    assertEquals(total.user(), (Double) times.get(0).get(1), 2.0);
    for (int i = 0; i < per.size(); i++) {
      assertEquals(Integer.toString(i), times.get(i + 1).get(0));
      assertEquals(per.get(i).idle(), (Double) times.get(i + 1).get(3), 2.0);
    }
    for (List<Object> r : rows("SELECT user_time + system + idle + nice + iowait + irq + "
        + "softirq + steal FROM cpu_times_percent")) {
      assertEquals(100.0, (Double) r.get(0), 1.0);
    }
    List<Object> stats = rows("SELECT ctx_switches, interrupts, soft_interrupts, syscalls "
        + "FROM cpu_stats").get(0);
    var st = cpu.stats();
    assertTrue((Long) stats.get(0) <= st.ctxSwitches() && (Long) stats.get(0) > 0);
    assertEquals(0L, stats.get(3));
    List<List<Object>> freq = rows("SELECT cpu, current_freq, min, max FROM cpu_freq");
    List<CpuFreq> perFreq = cpu.perCpuFreq();
    assertEquals(perFreq.size() + 1, freq.size());
    assertEquals(perFreq.get(0).min(), freq.get(1).get(2));
    List<Object> load = rows("SELECT load1, load5, load15 FROM load_average").get(0);
    assertEquals(cpu.loadAverage().load15(), (Double) load.get(2), 0.5);
  }

  @Test
  void memoryAndDiskTables() throws SQLException {
    assertEquals(Memory.live().virtualMemory().total(),
        rows("SELECT total FROM virtual_memory").get(0).get(0));
    SwapMemory swap = Memory.live().swapMemory();
    assertEquals(List.of(swap.total(), swap.sin()), rows("SELECT total, sin FROM swap_memory")
        .get(0));
    Disks disks = Disks.live();
    List<List<Object>> parts = rows("SELECT device, mountpoint, fstype, opts, total FROM "
        + "disk_partitions");
    var api = disks.partitions(false);
    assertEquals(api.size(), parts.size());
    for (int i = 0; i < api.size(); i++) {
      assertEquals(List.of(api.get(i).device(), api.get(i).mountpoint(), api.get(i).fstype(),
          api.get(i).opts(), disks.usage(api.get(i).mountpoint()).total()), parts.get(i));
    }
    Set<String> io = new TreeSet<>();
    rows("SELECT disk FROM disk_io_counters").forEach(r -> io.add((String) r.get(0)));
    assertEquals(new TreeSet<>(disks.perDiskIoCounters(false).keySet()), io);
  }

  @Test
  void networkTables() throws SQLException {
    Net net = Net.live();
    Set<String> nics = new TreeSet<>();
    rows("SELECT nic FROM net_io_counters").forEach(r -> nics.add((String) r.get(0)));
    assertEquals(new TreeSet<>(net.perNicIoCounters(false).keySet()), nics);
    List<String> addrs = new ArrayList<>();
    rows("SELECT nic, family, address, netmask, broadcast, ptp FROM net_if_addrs")
        .forEach(r -> addrs.add(r.toString()));
    List<String> api = new ArrayList<>();
    net.ifAddrs().forEach((nic, list) -> list.forEach(a -> api.add(List.of(nic,
        a.family().name().toLowerCase(Locale.ROOT), a.address(), String.valueOf(a.netmask()),
        String.valueOf(a.broadcast()), String.valueOf(a.ptp())).toString())));
    assertEquals(api, addrs);
    List<List<Object>> stats = rows("SELECT nic, isup, duplex, speed, mtu, flags FROM "
        + "net_if_stats");
    List<List<Object>> apiStats = new ArrayList<>();
    net.ifStats().forEach((nic, s) -> apiStats.add(List.of(nic, s.isUp(),
        s.duplex().name().toLowerCase(Locale.ROOT), s.speed(), s.mtu(), s.flags())));
    assertEquals(apiStats, stats);
  }

  @Test
  void sensorsUsersAndHost() throws SQLException {
    Sensors sensors = Sensors.live();
    assertEquals(sensors.temperatures().size(),
        rows("SELECT chip FROM sensors_temperatures").size());
    assertEquals(sensors.fans().size(), rows("SELECT chip FROM sensors_fans").size());
    assertEquals(sensors.battery() == null ? 0 : 1,
        rows("SELECT percent FROM sensors_battery").size());
    Host host = Host.live();
    assertEquals(host.users().size(), rows("SELECT name FROM users").size());
    List<Object> h = rows("SELECT hostname, os_name, kernel_release, boot_time, "
        + "cpu_count_logical FROM host").get(0);
    assertEquals(host.hostname(), h.get(0));
    assertEquals(host.osRelease().get("NAME"), h.get(1));
    assertEquals(host.kernelRelease(), h.get(2));
    assertEquals(host.bootTime().toEpochMilli(), ((java.sql.Timestamp) h.get(3)).getTime()
        + java.util.TimeZone.getDefault().getOffset(((java.sql.Timestamp) h.get(3)).getTime()),
        1000);
    assertEquals(Cpu.live().count(true), h.get(4));
  }

  @Test
  void processTablesForThisJvm() throws SQLException {
    Process self = Process.self();
    int pid = self.pid();
    List<Object> p = rows("SELECT ppid, name, username, uid, num_threads > 0, nice, "
        + "ionice_class, cpu_affinity FROM processes WHERE pid = " + pid).get(0);
    assertEquals(self.ppid(), p.get(0));
    assertEquals(self.name(), p.get(1));
    assertEquals(self.username(), p.get(2));
    assertEquals(self.uids().real(), p.get(3));
    assertEquals(true, p.get(4));
    assertEquals(self.nice(), p.get(5));
    assertEquals(self.ionice().ioClass().name().toLowerCase(Locale.ROOT), p.get(6));
    List<String> args = new ArrayList<>();
    rows("SELECT arg FROM process_args WHERE pid = " + pid + " ORDER BY idx")
        .forEach(r -> args.add((String) r.get(0)));
    assertEquals(self.cmdline(), args);
    assertEquals((long) self.environ().size(), rows("SELECT count(*) FROM process_environ "
        + "WHERE pid = " + pid).get(0).get(0));
    assertEquals((long) self.rlimit(io.hostsql.os.Rlimit.NOFILE).soft(), rows("SELECT soft "
        + "FROM process_rlimits WHERE pid = " + pid + " AND resource = 'nofile'").get(0).get(0));
    List<Integer> chain = new ArrayList<>();
    rows("SELECT ancestor_pid FROM process_ancestors WHERE pid = " + pid + " ORDER BY depth")
        .forEach(r -> chain.add((Integer) r.get(0)));
    assertEquals(self.parents().stream().map(Process::pid).toList(), chain);
    Set<String> files = new TreeSet<>();
    rows("SELECT path FROM process_open_files WHERE pid = " + pid).forEach(r ->
        files.add((String) r.get(0)));
    Set<String> apiFiles = new TreeSet<>();
    self.openFiles().forEach(f -> apiFiles.add(f.path()));
    assertTrue(files.containsAll(apiFiles) || apiFiles.containsAll(files));
  }
}
