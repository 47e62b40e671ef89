package io.hostsql.os.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostsql.os.ConnectionKind;
import io.hostsql.os.ConnectionStatus;
import io.hostsql.os.Cpu;
import io.hostsql.os.CpuFreq;
import io.hostsql.os.CpuSampler;
import io.hostsql.os.CpuStats;
import io.hostsql.os.DiskIoCounters;
import io.hostsql.os.DiskPartition;
import io.hostsql.os.DiskUsage;
import io.hostsql.os.Disks;
import io.hostsql.os.Endpoint;
import io.hostsql.os.Fan;
import io.hostsql.os.Host;
import io.hostsql.os.LoadAverage;
import io.hostsql.os.Memory;
import io.hostsql.os.Net;
import io.hostsql.os.NetConnection;
import io.hostsql.os.NetIoCounters;
import io.hostsql.os.NicAddress;
import io.hostsql.os.NicFamily;
import io.hostsql.os.NicStats;
import io.hostsql.os.Sensors;
import io.hostsql.os.SwapMemory;
import io.hostsql.os.SystemCpuTimes;
import io.hostsql.os.VirtualMemory;
import io.hostsql.os.testing.Commands;
import io.hostsql.os.testing.LiveBounds;
import io.hostsql.os.testing.Psutil;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The system-wide API against procps, util-linux, iproute2, coreutils, /proc itself, and
 * python3-psutil 5.9.4 side by side, with psutil's own tolerances (x4 for memory, as on its CI).
 */
class SystemOracleTest {
  private static final long MIB = 1024 * 1024;
  private static final long MEM_TOLERANCE = 20 * MIB;
  private static final long DISK_TOLERANCE = 30 * MIB;
  private JsonNode ps;

  /** A fresh psutil view per test: the machine moves while the class runs. */
  @BeforeEach
  void psutil() {
    ps = Psutil.system();
  }

  /**
   * Runs a comparison with values that move (memory, CPU time), re-reading psutil between
   * tries, as psutil's own tests retry them.
   */
  private void eventually(Runnable comparison) {
    AssertionError last = null;
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        comparison.run();
        return;
      } catch (AssertionError e) {
        last = e;
        ps = Psutil.system();
      }
    }
    throw last;
  }

  // ---- memory --------------------------------------------------------------------------------

  /** The "Mem:" or "Swap:" row of free -b: total used free shared buff/cache available. */
  private static long[] freeRow(String row) {
    for (String line : Commands.run("free", "-b").split("\n")) {
      if (line.startsWith(row)) {
        String[] f = line.trim().split("\\s+");
        long[] v = new long[f.length - 1];
        for (int i = 1; i < f.length; i++) {
          v[i - 1] = Long.parseLong(f[i]);
        }
        return v;
      }
    }
    throw new AssertionError("free -b printed no " + row + " row");
  }

  @Test
  void virtualMemoryAgreesWithFreeVmstatAndPsutil() throws Exception {
    // Each tool is read just before and just after hostsql, and hostsql's value must lie
    // between the two readings (LiveBounds): on a loaded machine active memory moved more than
    // the tolerance between two reads. A window in which a value moved both ways is re-read.
    LiveBounds.retried(5, () -> {
      long[] before = freeRow("Mem:");
      VirtualMemory vm = Memory.live().virtualMemory();
      long[] after = freeRow("Mem:");
      assertEquals(before[0], vm.total());
      LiveBounds.within(before[1], after[1], vm.used(), MEM_TOLERANCE, "free used");
      LiveBounds.within(before[2], after[2], vm.free(), MEM_TOLERANCE, "free free");
      LiveBounds.within(before[3], after[3], vm.shared(), MEM_TOLERANCE, "free shared");
      LiveBounds.within(before[5], after[5], vm.available(), MEM_TOLERANCE, "free available");
    });
    LiveBounds.retried(5, () -> {
      Map<String, Long> before = vmstat();
      VirtualMemory vm = Memory.live().virtualMemory();
      Map<String, Long> after = vmstat();
      assertEquals(before.get("total memory"), vm.total());
      for (String f : new String[] {"free", "buffer", "active", "inactive"}) {
        long ours = switch (f) {
          case "free" -> vm.free();
          case "buffer" -> vm.buffers();
          case "active" -> vm.active();
          default -> vm.inactive();
        };
        String key = f + " memory";
        LiveBounds.within(before.get(key), after.get(key), ours, MEM_TOLERANCE, "vmstat " + key);
      }
    });
    LiveBounds.retried(5, () -> {
      JsonNode before = Psutil.system().get("virtual_memory");
      VirtualMemory vm = Memory.live().virtualMemory();
      JsonNode after = Psutil.system().get("virtual_memory");
      compareWithPsutil(vm, before, after);
    });
  }

  /** vmstat -s's memory lines in bytes, by their label ("free memory"). */
  private static Map<String, Long> vmstat() {
    Map<String, Long> vmstat = new HashMap<>();
    for (String line : Commands.run("vmstat", "-s").split("\n")) {
      String[] f = line.trim().split("\\s+", 3);
      if (f.length == 3 && f[1].equals("K")) {
        vmstat.put(f[2], Long.parseLong(f[0]) * 1024);
      }
    }
    return vmstat;
  }

  private static void compareWithPsutil(VirtualMemory vm, JsonNode before, JsonNode after) {
    assertEquals(before.get("total").asLong(), vm.total());
    // Not "used": 5.9.4 still computed it as total - free - buffers - cached; psutil 8 and
    // procps' free >= 4.0.1 (checked above) use total - available, as hostsql does.
    for (String f : new String[] {"available", "free", "active", "inactive", "buffers",
        "cached", "shared", "slab"}) {
      long ours = switch (f) {
        case "available" -> vm.available();
        case "free" -> vm.free();
        case "active" -> vm.active();
        case "inactive" -> vm.inactive();
        case "buffers" -> vm.buffers();
        case "cached" -> vm.cached();
        case "shared" -> vm.shared();
        default -> vm.slab();
      };
      LiveBounds.within(before.get(f).asLong(), after.get(f).asLong(), ours, MEM_TOLERANCE,
          "psutil " + f);
    }
  }

  @Test
  void swapAgreesWithFreeAndPsutil() {
    SwapMemory sw = Memory.live().swapMemory();
    long[] free = freeRow("Swap:");
    assertEquals(free[0], sw.total());
    assertEquals(free[1], sw.used(), MEM_TOLERANCE);
    assertEquals(free[2], sw.free(), MEM_TOLERANCE);
    JsonNode p = ps.get("swap_memory");
    assertEquals(p.get("total").asLong(), sw.total());
    assertEquals(p.get("sin").asLong(), sw.sin(), MEM_TOLERANCE);
    assertEquals(p.get("percent").asDouble(), sw.percent(), 1.0);
  }

  // ---- CPU -----------------------------------------------------------------------------------

  @Test
  void cpuTimesAgreeWithProcStatAndPsutil() throws Exception {
    String first = Files.readAllLines(Path.of("/proc/stat")).get(0);
    String[] f = first.trim().split("\\s+");
    double tick = 100.0;
    SystemCpuTimes t = Cpu.live().times();
    // /proc/stat: cpu user nice system idle iowait irq softirq steal
    assertEquals(Long.parseLong(f[1]) / tick, t.user(), 1.0);
    assertEquals(Long.parseLong(f[2]) / tick, t.nice(), 1.0);
    assertEquals(Long.parseLong(f[3]) / tick, t.system(), 1.0);
    assertEquals(Long.parseLong(f[4]) / tick, t.idle(), 2.0);
    assertEquals(Long.parseLong(f[5]) / tick, t.iowait(), 1.0);
    eventually(() -> {
      SystemCpuTimes now = Cpu.live().times();
      JsonNode p = ps.get("cpu_times");
      assertEquals(p.get("user").asDouble(), now.user(), 2.0);
      assertEquals(p.get("system").asDouble(), now.system(), 2.0);
      assertEquals(p.get("idle").asDouble(), now.idle(), 4.0);
      assertEquals(p.get("steal").asDouble(), now.steal(), 1.0);
    });
    List<SystemCpuTimes> per = Cpu.live().perCpuTimes();
    assertEquals(ps.get("cpu_times_percpu").size(), per.size());
    // The sum of the CPUs is the total, read moments apart: psutil allows 2 s and retries.
    double gap = Double.MAX_VALUE;
    for (int attempt = 0; attempt < 10 && gap >= 2.0; attempt++) {
      double sumUser = Cpu.live().perCpuTimes().stream().mapToDouble(SystemCpuTimes::user)
          .sum();
      gap = Math.abs(Cpu.live().times().user() - sumUser);
    }
    assertTrue(gap < 2.0, "per-CPU user times sum " + gap + " s away from the total");
  }

  @Test
  void cpuCountsAgreeWithNprocLscpuAndPsutil() {
    Cpu cpu = Cpu.live();
    int nproc = Integer.parseInt(Commands.run("nproc", "--all").trim());
    assertEquals(nproc, cpu.count(true));
    long lscpuRows = Commands.run("lscpu", "-p").lines().filter(l -> !l.startsWith("#")).count();
    assertEquals(lscpuRows, (long) cpu.count(true));
    Map<String, String> lscpu = new HashMap<>();
    for (String line : Commands.run("lscpu").split("\n")) {
      String[] kv = line.split(":", 2);
      if (kv.length == 2) {
        lscpu.put(kv[0].trim(), kv[1].trim());
      }
    }
    String cores = lscpu.get("Core(s) per socket");
    String sockets = lscpu.get("Socket(s)");
    if (cores != null && sockets != null && !cores.equals("-") && !sockets.equals("-")) {
      assertEquals(Integer.parseInt(cores) * Integer.parseInt(sockets), cpu.count(false));
    }
    assertEquals(ps.get("cpu_count").asInt(), cpu.count(true));
    assertEquals(ps.get("cpu_count_physical").isNull() ? null
        : ps.get("cpu_count_physical").asInt(), cpu.count(false));
  }

  @Test
  void statsFreqAndLoadAgreeWithVmstatProcAndPsutil() throws Exception {
    Cpu cpu = Cpu.live();
    CpuStats st = cpu.stats();
    long ctxt = 0;
    for (String line : Commands.run("vmstat", "-s").split("\n")) {
      if (line.trim().endsWith("CPU context switches")) {
        ctxt = Long.parseLong(line.trim().split("\\s+")[0]);
      }
    }
    assertTrue(st.ctxSwitches() >= ps.get("cpu_stats").get("ctx_switches").asLong());
    assertEquals(ctxt, st.ctxSwitches(), 50_000);
    assertEquals(0, st.syscalls());
    JsonNode freq = ps.get("cpu_freq");
    CpuFreq f = cpu.freq();
    assertEquals(freq.get("current").asDouble(), f.current(), freq.get("current").asDouble()
        * 0.25);
    assertEquals(freq.get("min").asDouble(), f.min(), 0.001);
    assertEquals(freq.get("max").asDouble(), f.max(), 0.001);
    assertEquals(ps.get("cpu_freq_percpu").size(), cpu.perCpuFreq().size());
    String[] load = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
    LoadAverage la = cpu.loadAverage();
    assertEquals(Double.parseDouble(load[0]), la.load1(), 1.0);
    assertEquals(Double.parseDouble(load[1]), la.load5(), 1.0);
    assertEquals(Double.parseDouble(load[2]), la.load15(), 1.0);
    assertEquals(ps.get("loadavg").get(0).asDouble(), la.load1(), 1.0);
  }

  @Test
  void samplerGivesPercentagesWithinBounds() {
    CpuSampler sampler = new CpuSampler(Cpu.live());
    assertEquals(0.0, sampler.percent(), "first call has nothing to compare with");
    double p = sampler.percent(java.time.Duration.ofMillis(200));
    assertTrue(p >= 0 && p <= 100, "percent " + p);
    SystemCpuTimes shares = sampler.timesPercent(java.time.Duration.ofMillis(200));
    double sum = shares.user() + shares.system() + shares.idle() + shares.nice()
        + shares.iowait() + shares.irq() + shares.softirq() + shares.steal();
    assertEquals(100.0, sum, 1.0);
    CpuSampler other = new CpuSampler(Cpu.live());
    assertEquals(0.0, other.percent(), "a second caller has its own state");
  }

  // ---- disks ---------------------------------------------------------------------------------

  @Test
  void partitionsAndUsageAgreeWithDfAndPsutil() {
    Disks disks = Disks.live();
    List<DiskPartition> parts = disks.partitions(false);
    assertEquals(partitions(ps.get("disk_partitions")), parts);
    assertEquals(partitions(ps.get("disk_partitions_all")), disks.partitions(true));
    assertTrue(!parts.isEmpty());
    for (DiskPartition p : parts) {
      String[] df = Commands.run("df", "-P", "-B1", p.mountpoint()).trim().split("\n")[1]
          .trim().split("\\s+");
      DiskUsage u = disks.usage(p.mountpoint());
      assertEquals(Long.parseLong(df[1]), u.total(), p.mountpoint());
      assertEquals(Long.parseLong(df[2]), u.used(), DISK_TOLERANCE, p.mountpoint());
      assertEquals(Long.parseLong(df[3]), u.free(), DISK_TOLERANCE, p.mountpoint());
      JsonNode pu = ps.get("disk_usage").get(p.mountpoint());
      assertEquals(pu.get("total").asLong(), u.total());
      assertEquals(pu.get("percent").asDouble(), u.percent(), 1.0);
      String[] dfi = Commands.run("df", "-P", "-i", p.mountpoint()).trim().split("\n")[1]
          .trim().split("\\s+");
      assertEquals(Long.parseLong(dfi[1]), u.inodesTotal(), p.mountpoint());
    }
  }

  private static List<DiskPartition> partitions(JsonNode list) {
    List<DiskPartition> out = new ArrayList<>();
    list.forEach(p -> out.add(new DiskPartition(p.get("device").asText(),
        p.get("mountpoint").asText(), p.get("fstype").asText(), p.get("opts").asText())));
    return out;
  }

  @Test
  void diskIoCountersAgreeWithPsutil() {
    Map<String, DiskIoCounters> ours = Disks.live().perDiskIoCounters(false);
    JsonNode theirs = ps.get("disk_io_perdisk");
    Set<String> names = new TreeSet<>();
    theirs.fieldNames().forEachRemaining(names::add);
    assertEquals(names, new TreeSet<>(ours.keySet()));
    for (String name : names) {
      JsonNode t = theirs.get(name);
      DiskIoCounters c = ours.get(name);
      // Taken after psutil's: never smaller, and close.
      assertTrue(c.readCount() >= t.get("read_count").asLong(), name);
      assertEquals(t.get("read_bytes").asLong(), c.readBytes(), 64 * MIB, name);
      assertEquals(t.get("write_count").asLong(), c.writeCount(), 20_000, name);
      assertEquals(t.get("busy_time").asLong(), c.busyTime(), 60_000, name);
    }
  }

  // ---- network -------------------------------------------------------------------------------

  @Test
  void interfacesAgreeWithIpSysAndPsutil() throws Exception {
    Net net = Net.live();
    Map<String, List<NicAddress>> addrs = net.ifAddrs();
    Set<String> ipNames = new TreeSet<>();
    Set<String> ipAddrs = new TreeSet<>();
    for (String line : Commands.run("ip", "-o", "addr").split("\n")) {
      String[] f = line.trim().split("\\s+");
      ipNames.add(f[1]);
      ipAddrs.add(f[1] + " " + f[3].replaceAll("/.*", ""));
    }
    Set<String> ours = new TreeSet<>();
    addrs.forEach((nic, list) -> list.stream().filter(a -> a.family() != NicFamily.LINK)
        .forEach(a -> ours.add(nic + " " + a.address().replaceAll("%.*", ""))));
    assertEquals(ipAddrs, ours);
    Set<String> linkNames = new TreeSet<>();
    for (String line : Commands.run("ip", "-o", "link").split("\n")) {
      linkNames.add(line.split(":\\s+")[1].replaceAll("@.*", ""));
    }
    assertEquals(linkNames, new TreeSet<>(addrs.keySet()));
    assertTrue(linkNames.containsAll(ipNames));
    Map<String, List<NicAddress>> theirs = new TreeMap<>();
    ps.get("net_if_addrs").fields().forEachRemaining(e -> {
      List<NicAddress> l = new ArrayList<>();
      e.getValue().forEach(a -> l.add(new NicAddress(NicFamily.valueOf(a.get("family").asText()),
          a.get("address").asText(), text(a.get("netmask")), text(a.get("broadcast")),
          text(a.get("ptp")))));
      theirs.put(e.getKey(), l);
    });
    assertEquals(theirs, new TreeMap<>(addrs));
    Map<String, NicStats> stats = net.ifStats();
    for (Map.Entry<String, NicStats> e : stats.entrySet()) {
      String nic = e.getKey();
      assertEquals(Integer.parseInt(Files.readString(Path.of("/sys/class/net", nic, "mtu"))
          .trim()), e.getValue().mtu(), nic);
      JsonNode t = ps.get("net_if_stats").get(nic);
      NicStats s = e.getValue();
      assertEquals(t.get("isup").asBoolean(), s.isUp(), nic);
      assertEquals(t.get("duplex").asInt(), s.duplex().ordinal(), nic);
      assertEquals(t.get("speed").asInt(), s.speed(), nic);
      assertEquals(t.get("mtu").asInt(), s.mtu(), nic);
      if (!t.get("flags").isNull()) {
        assertEquals(t.get("flags").asText(), s.flags(), nic);
      }
    }
    Set<String> psNics = new TreeSet<>();
    ps.get("net_if_stats").fieldNames().forEachRemaining(psNics::add);
    assertEquals(psNics, new TreeSet<>(stats.keySet()));
    Set<String> ioNics = new TreeSet<>();
    ps.get("net_io_pernic").fieldNames().forEachRemaining(ioNics::add);
    assertEquals(ioNics, new TreeSet<>(net.perNicIoCounters(false).keySet()));
    NetIoCounters lo = net.perNicIoCounters(false).get("lo");
    assertTrue(lo.bytesRecv() >= ps.get("net_io_pernic").get("lo").get("bytes_recv").asLong());
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }

  @Test
  void listeningPortsAgreeWithSsOnBothPaths() throws Exception {
    try (java.net.ServerSocket server = new java.net.ServerSocket(0, 5,
        java.net.InetAddress.getLoopbackAddress())) {
      int port = server.getLocalPort();
      Set<String> ss = new TreeSet<>();
      String ssOut = Commands.run("ss", "-tuanpH");
      String fixture = null;
      for (String line : ssOut.split("\n")) {
        String[] f = line.trim().split("\\s+");
        if (f[0].equals("tcp") && f[1].equals("LISTEN")) {
          ss.add(f[4].substring(f[4].lastIndexOf(':') + 1));
        }
        if (f[4].endsWith(":" + port)) {
          fixture = line;
        }
      }
      assertTrue(fixture != null && fixture.contains("pid=" + ProcessHandle.current().pid()),
          "ss shows the fixture listener with our pid: " + fixture);
      String fd = fixture.replaceAll(".*pid=\\d+,fd=(\\d+).*", "$1");
      for (SocketSource source : new SocketSource[] {SocketSource.NETLINK, SocketSource.PROCFS}) {
        Net net = new LinuxNet(ProcFs.system(),
            new ProcFs(Path.of("/sys")), source);
        Set<String> ours = new TreeSet<>();
        NetConnection mine = null;
        for (NetConnection c : net.connections(ConnectionKind.TCP)) {
          if (c.status() == ConnectionStatus.LISTEN) {
            ours.add(Integer.toString(c.laddr().port()));
          }
          if (c.laddr().port() == port) {
            mine = c;
          }
        }
        assertEquals(ss, ours, source.name());
        assertTrue(mine != null, source.name());
        assertEquals((int) ProcessHandle.current().pid(), mine.pid(), source.name());
        assertEquals(Integer.parseInt(fd), mine.fd(), source.name());
        // Java listens on a dual-stack IPv6 socket: ss prints [::ffff:127.0.0.1]:port.
        String ssLocal = fixture.trim().split("\\s+")[4];
        String ssAddress = ssLocal.substring(0, ssLocal.lastIndexOf(':')).replace("[", "")
            .replace("]", "");
        assertEquals(new Endpoint(ssAddress, port), mine.laddr(), source.name());
      }
    }
  }

  @Test
  void netlinkAndProcfsPathsListTheSameSockets() {
    ProcFs proc = ProcFs.system();
    ProcFs sys = new ProcFs(Path.of("/sys"));
    for (ConnectionKind kind : ConnectionKind.values()) {
      Set<String> a = keys(new LinuxNet(proc, sys, SocketSource.NETLINK).connections(kind));
      Set<String> b = keys(new LinuxNet(proc, sys, SocketSource.PROCFS).connections(kind));
      // Sockets come and go (the JVM, maven): both paths must agree on the long-lived ones.
      Set<String> c = keys(new LinuxNet(proc, sys, SocketSource.NETLINK).connections(kind));
      Set<String> stable = new TreeSet<>(a);
      stable.retainAll(c);
      Set<String> missing = new TreeSet<>(stable);
      missing.removeAll(b);
      assertEquals(Set.of(), missing, kind.name());
    }
  }

  private static Set<String> keys(List<NetConnection> list) {
    Set<String> s = new TreeSet<>();
    list.forEach(c -> s.add(c.family() + " " + c.type() + " " + c.laddr() + " " + c.raddr()
        + " " + c.status() + " " + c.pid() + " " + c.fd()));
    return s;
  }

  @Test
  void listenersAgreeWithPsutil() throws Exception {
    // psutil is read just before and just after hostsql: a listener whose owner psutil could
    // not yet name (pid None) while its process set it up is required only when both
    // readings agree on it; a window in which they did not is re-read.
    LiveBounds.retried(5, () -> {
      Set<String> theirs = psutilListeners(Psutil.system());
      Set<String> ours = new TreeSet<>();
      for (NetConnection c : Net.live().connections(ConnectionKind.ALL)) {
        if (c.status() == ConnectionStatus.LISTEN) {
          ours.add(c.family().code() + " " + c.laddr().address() + ":" + c.laddr().port() + " "
              + (c.pid() == null ? "null" : c.pid()));
        }
      }
      theirs.retainAll(psutilListeners(Psutil.system()));
      assertTrue(ours.containsAll(theirs), "psutil " + theirs + " ours " + ours);
    });
  }

  /** psutil's listening sockets as "family address:port pid". */
  private static Set<String> psutilListeners(JsonNode ps) {
    Set<String> theirs = new TreeSet<>();
    ps.get("net_connections").forEach(c -> {
      if (c.get("status").asText().equals("LISTEN")) {
        theirs.add(c.get("family").asInt() + " " + c.get("laddr").get(0).asText() + ":"
            + c.get("laddr").get(1).asInt() + " " + c.get("pid").asText());
      }
    });
    return theirs;
  }

  // ---- sensors and host ----------------------------------------------------------------------

  @Test
  void sensorsAgreeWithPsutil() {
    Sensors s = Sensors.live();
    Map<String, List<String>> theirs = new TreeMap<>();
    ps.get("sensors_temperatures").fields().forEachRemaining(e -> e.getValue().forEach(t ->
        theirs.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(t.get("label").asText()
            + "=" + t.get("current").asDouble())));
    Map<String, List<String>> ours = new TreeMap<>();
    s.temperatures().forEach(t -> ours.computeIfAbsent(t.chip(), k -> new ArrayList<>())
        .add(t.label() + "=" + t.current()));
    assertEquals(theirs.keySet(), ours.keySet());
    assertEquals(ps.get("sensors_fans").size(), s.fans().stream().map(Fan::chip).distinct()
        .count());
    if (ps.get("sensors_battery").isNull()) {
      assertNull(s.battery());
    } else {
      assertEquals(ps.get("sensors_battery").get("percent").asDouble(), s.battery().percent(),
          1.0);
    }
  }

  @Test
  void bootTimeUsersAndHostAgreeWithVmstatWhoAndUname() {
    Host host = Host.live();
    long boot = 0;
    for (String line : Commands.run("vmstat", "-s").split("\n")) {
      if (line.trim().endsWith("boot time")) {
        boot = Long.parseLong(line.trim().split("\\s+")[0]);
      }
    }
    assertEquals(boot, host.bootTime().getEpochSecond());
    assertEquals((long) ps.get("boot_time").asDouble(), host.bootTime().getEpochSecond());
    List<String> who = new ArrayList<>();
    for (String line : Commands.run("who").split("\n")) {
      if (!line.isBlank()) {
        String[] f = line.trim().split("\\s+");
        who.add(f[0] + " " + f[1]);
      }
    }
    List<String> ours = new ArrayList<>();
    host.users().forEach(u -> ours.add(u.name() + " " + u.terminal()));
    assertEquals(who, ours);
    assertEquals(ps.get("users").size(), host.users().size());
    assertEquals(Commands.run("uname", "-r").trim(), host.kernelRelease());
    assertEquals(Commands.run("hostname").trim(), host.hostname());
    assertTrue(host.uptime().toSeconds() > 0);
    assertTrue(!host.osRelease().getOrDefault("NAME", "").isEmpty());
  }
}
