package io.hostsql.os.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.hostsql.os.AddressFamily;
import io.hostsql.os.Battery;
import io.hostsql.os.ConnectionKind;
import io.hostsql.os.ConnectionStatus;
import io.hostsql.os.Cpu;
import io.hostsql.os.CpuStats;
import io.hostsql.os.DiskIoCounters;
import io.hostsql.os.DiskPartition;
import io.hostsql.os.Disks;
import io.hostsql.os.Endpoint;
import io.hostsql.os.Fan;
import io.hostsql.os.Host;
import io.hostsql.os.LoadAverage;
import io.hostsql.os.Memory;
import io.hostsql.os.Net;
import io.hostsql.os.NetConnection;
import io.hostsql.os.NetIoCounters;
import io.hostsql.os.Sensors;
import io.hostsql.os.SocketType;
import io.hostsql.os.SwapMemory;
import io.hostsql.os.SystemCpuTimes;
import io.hostsql.os.Temperature;
import io.hostsql.os.User;
import io.hostsql.os.VirtualMemory;
import io.hostsql.os.testing.FixtureProc;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The system parsers on hand-written /proc and /sys trees: the cases a live machine lacks. */
class SystemFixtureTest {
  @TempDir
  Path proc;
  @TempDir
  Path sys;

  private FixtureProc sysTree() {
    return new FixtureProc(sys);
  }

  @Test
  void hwmonChipsGiveTemperaturesAndFans() {
    FixtureProc s = sysTree();
    s.write("class/hwmon/hwmon0/name", "coretemp\n");
    s.write("class/hwmon/hwmon0/temp1_input", "45000\n");
    s.write("class/hwmon/hwmon0/temp1_label", "Package id 0\n");
    s.write("class/hwmon/hwmon0/temp1_max", "80000\n");
    s.write("class/hwmon/hwmon0/temp1_crit", "100000\n");
    s.write("class/hwmon/hwmon0/temp2_input", "40500\n");
    s.write("class/hwmon/hwmon0/temp2_crit", "95000\n");
    s.write("class/hwmon/hwmon0/fan1_input", "1200\n");
    s.write("class/hwmon/hwmon0/fan1_label", "cpu_fan\n");
    s.write("class/hwmon/hwmon1/name", "acpitz\n");
    s.write("class/hwmon/hwmon1/device/temp1_input", "30000\n");
    // A thermal zone is ignored when hwmon has sensors.
    s.write("class/thermal/thermal_zone0/type", "x86_pkg_temp\n");
    s.write("class/thermal/thermal_zone0/temp", "51000\n");
    Sensors sensors = new LinuxSensors(new ProcFs(sys));
    assertEquals(List.of(
        new Temperature("coretemp", "Package id 0", 45.0, 80.0, 100.0),
        new Temperature("coretemp", "", 40.5, 95.0, 95.0),
        new Temperature("acpitz", "", 30.0, null, null)), sensors.temperatures());
    assertEquals(List.of(new Fan("coretemp", "cpu_fan", 1200)), sensors.fans());
  }

  @Test
  void thermalZonesWhenHwmonHasNothing() {
    FixtureProc s = sysTree();
    s.write("class/hwmon/hwmon0/name", "empty\n");
    s.write("class/thermal/thermal_zone0/type", "x86_pkg_temp\n");
    s.write("class/thermal/thermal_zone0/temp", "51000\n");
    s.write("class/thermal/thermal_zone0/trip_point_0_type", "critical\n");
    s.write("class/thermal/thermal_zone0/trip_point_0_temp", "100000\n");
    s.write("class/thermal/thermal_zone0/trip_point_1_type", "high\n");
    s.write("class/thermal/thermal_zone0/trip_point_1_temp", "85000\n");
    s.write("class/thermal/thermal_zone1/type", "acpitz\n");
    s.write("class/thermal/thermal_zone1/temp", "27800\n");
    s.write("class/thermal/cooling_device0/type", "Processor\n");
    assertEquals(List.of(new Temperature("x86_pkg_temp", "", 51.0, 85.0, 100.0),
        new Temperature("acpitz", "", 27.8, null, null)),
        new LinuxSensors(new ProcFs(sys)).temperatures());
  }

  @Test
  void noSensorsIsEmptyNotAnError() {
    Sensors sensors = new LinuxSensors(new ProcFs(sys));
    assertEquals(List.of(), sensors.temperatures());
    assertEquals(List.of(), sensors.fans());
    assertNull(sensors.battery());
  }

  @Test
  void batteryWithEnergyFiles() {
    FixtureProc s = sysTree();
    s.write("class/power_supply/BAT0/energy_now", "30000000\n");
    s.write("class/power_supply/BAT0/energy_full", "60000000\n");
    s.write("class/power_supply/BAT0/power_now", "15000000\n");
    s.write("class/power_supply/BAT0/status", "Discharging\n");
    s.write("class/power_supply/AC/online", "0\n");
    assertEquals(new Battery(50.0, 7200, false), new LinuxSensors(new ProcFs(sys)).battery());
  }

  @Test
  void batteryWithCapacityOnly() {
    FixtureProc s = sysTree();
    s.write("class/power_supply/BAT1/capacity", "77\n");
    s.write("class/power_supply/BAT1/status", "Charging\n");
    assertEquals(new Battery(77.0, Battery.UNLIMITED, true),
        new LinuxSensors(new ProcFs(sys)).battery());
  }

  @Test
  void batteryDischargingWithTimeToEmpty() {
    FixtureProc s = sysTree();
    s.write("class/power_supply/CMB1-battery/capacity", "40\n");
    s.write("class/power_supply/CMB1-battery/status", "Discharging\n");
    s.write("class/power_supply/CMB1-battery/time_to_empty_now", "90\n");
    assertEquals(new Battery(40.0, 5400, false), new LinuxSensors(new ProcFs(sys)).battery());
  }

  @Test
  void meminfoWithoutMemAvailableUsesZoneinfo() {
    FixtureProc p = new FixtureProc(proc);
    p.write("meminfo", """
        MemTotal:        1000000 kB
        MemFree:          200000 kB
        Buffers:           10000 kB
        Cached:           300000 kB
        Shmem:              5000 kB
        Active:           400000 kB
        Inactive:         200000 kB
        Active(file):     150000 kB
        Inactive(file):   100000 kB
        SReclaimable:      40000 kB
        Slab:              60000 kB
        """);
    p.write("zoneinfo", """
        Node 0, zone      DMA
          pages free     3000
                min      10
                low      12
                high     15
        Node 0, zone   Normal
          pages free     50000
                min      1000
                low      1250
                high     1500
        """);
    VirtualMemory vm = new LinuxMemory(new ProcFs(proc)).virtualMemory();
    long page = SystemConstants.pageSize();
    long low = (12 + 1250) * page;
    long free = 200000L * 1024;
    long pagecache = 250000L * 1024;
    long reclaimable = 40000L * 1024;
    long expected = free - low + pagecache - Math.min(pagecache / 2, low) + reclaimable
        - Math.min(reclaimable / 2, low);
    assertEquals(expected, vm.available());
    assertEquals(1000000L * 1024 - expected, vm.used());
    assertEquals(340000L * 1024, vm.cached());
    assertEquals(5000L * 1024, vm.shared());
    assertEquals(Math.round((1000000L * 1024 - expected) * 1000.0 / (1000000L * 1024)) / 10.0,
        vm.percent());
  }

  @Test
  void meminfoWithoutSpaceAfterColon() {
    FixtureProc p = new FixtureProc(proc);
    p.write("meminfo", "MemTotal:2048 kB\nMemFree:1024 kB\nMemAvailable:1536 kB\n"
        + "SwapTotal:100 kB\nSwapFree:25 kB\n");
    p.write("vmstat", "pswpin 3\npswpout 5\n");
    Memory m = new LinuxMemory(new ProcFs(proc));
    assertEquals(1536L * 1024, m.virtualMemory().available());
    assertEquals(new SwapMemory(100 * 1024, 75 * 1024, 25 * 1024, 75.0, 3 * 4096, 5 * 4096),
        m.swapMemory());
  }

  @Test
  void wrappedDiskCounterIsCorrected() {
    FixtureProc p = new FixtureProc(proc);
    String line = "   8       0 sda %d 2 %d 4 5 6 7 8 0 10 11\n";
    p.write("diskstats", String.format(line, 4294967000L, 100));
    new FixtureProc(sys).write("block/sda/stat", "");
    Disks disks = new LinuxDisks(new ProcFs(proc), new ProcFs(sys));
    assertEquals(4294967000L, disks.perDiskIoCounters(true).get("sda").readCount());
    p.write("diskstats", String.format(line, 500, 200));
    DiskIoCounters raw = new LinuxDisks(new ProcFs(proc), new ProcFs(sys)).perDiskIoCounters(false)
        .get("sda");
    assertEquals(500, raw.readCount());
    DiskIoCounters fixed = disks.perDiskIoCounters(true).get("sda");
    assertEquals(4294967000L + 500, fixed.readCount());
    assertEquals(200 * 512, fixed.readBytes());
    assertEquals(4294967000L + 500, disks.ioCounters(true).readCount());
  }

  @Test
  void diskstatsLayoutsAndWholeDiskSums() {
    FixtureProc p = new FixtureProc(proc);
    p.write("diskstats", String.join("\n",
        "   8       0 sda 10 1 20 3 40 4 80 5 0 6 7",
        "   8       1 sda1 9 1 18 3 36 4 72 5 0 6 7",
        "   3       1 hda1 100 200 300 400",
        " 259       0 nvme0n1 1 2 3 4 5 6 7 8 0 10 11 12 13 14 15",
        " 259       1 nvme0n1p1 1 2 3 4 5 6 7 8 0 10 11 12 13 14 15 16 17", ""));
    FixtureProc s = new FixtureProc(sys);
    s.write("block/sda/stat", "");
    s.write("block/nvme0n1/stat", "");
    Disks disks = new LinuxDisks(new ProcFs(proc), new ProcFs(sys));
    Map<String, DiskIoCounters> per = disks.perDiskIoCounters(false);
    assertEquals(new DiskIoCounters(10, 40, 20 * 512, 80 * 512, 3, 5, 1, 4, 6), per.get("sda"));
    assertEquals(new DiskIoCounters(100, 300, 200 * 512, 400 * 512, 0, 0, 0, 0, 0),
        per.get("hda1"));
    assertEquals(new DiskIoCounters(1, 5, 3 * 512, 7 * 512, 4, 8, 2, 6, 10),
        per.get("nvme0n1"));
    // Partitions (sda1, nvme0n1p1, hda1) are not in /sys/block: not counted twice.
    assertEquals(11, disks.ioCounters(false).readCount());
  }

  @Test
  void mountsAreFilteredToPhysicalDevicesAndUnescaped() {
    FixtureProc p = new FixtureProc(proc);
    p.write("filesystems", "nodev\tsysfs\nnodev\tproc\n\text4\n\tvfat\nnodev\tzfs\n");
    p.write("self/mounts", String.join("\n",
        "sysfs /sys sysfs rw,nosuid 0 0",
        "/dev/sda1 / ext4 rw,relatime 0 0",
        "/dev/sdb1 /mnt/my\\040disk vfat rw 0 0",
        "tank/home /home zfs rw 0 0",
        "none /tmp/x ext4 rw 0 0", ""));
    Disks disks = new LinuxDisks(new ProcFs(proc), new ProcFs(sys));
    assertEquals(List.of(new DiskPartition("/dev/sda1", "/", "ext4", "rw,relatime"),
        new DiskPartition("/dev/sdb1", "/mnt/my disk", "vfat", "rw"),
        new DiskPartition("tank/home", "/home", "zfs", "rw")), disks.partitions(false));
    assertEquals(5, disks.partitions(true).size());
    assertEquals("", disks.partitions(true).get(4).device());
  }

  @Test
  void procNetTablesWithIpv6AndMappedAddresses() {
    FixtureProc p = new FixtureProc(proc);
    String header = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt"
        + "   uid  timeout inode\n";
    p.write("net/tcp", header
        + "   0: 0100007F:0050 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0 "
        + "       0 1001 1 0000000000000000 100 0 0 10 0\n"
        + "   1: 0100007F:A1B2 0200007F:0050 01 00000000:00000000 00:00000000 00000000  1000 "
        + "       0 1002 1 0000000000000000 20 4 30 10 -1\n");
    p.write("net/tcp6", header
        + "   0: 00000000000000000000000001000000:1F90 00000000000000000000000000000000:0000 0A"
        + " 00000000:00000000 00:00000000 00000000     0        0 1003 1 0 100 0 0 10 0\n"
        + "   1: 0000000000000000FFFF00000100007F:1F91 00000000000000000000000000000000:0000 0A"
        + " 00000000:00000000 00:00000000 00000000     0        0 1004 1 0 100 0 0 10 0\n"
        + "   2: 000080FE00000000FF000000010000FE:0016 00000000000000000000000000000000:0000 0A"
        + " 00000000:00000000 00:00000000 00000000     0        0 1005 1 0 100 0 0 10 0\n");
    p.write("net/udp", header
        + "  10: 00000000:0035 00000000:0000 07 00000000:00000000 00:00000000 00000000     0 "
        + "       0 1006 2 0000000000000000 0\n");
    p.write("net/udp6", header);
    p.write("net/unix", "Num       RefCount Protocol Flags    Type St Inode Path\n"
        + "0000000000000000: 00000002 00000000 00010000 0001 01 1007 /run/x.sock\n"
        + "0000000000000000: 00000002 00000000 00000000 0002 01 1008\n"
        + "0000000000000000: 00000002 00000000 00000000 0005 01 1009 @abstract\n");
    Net net = new LinuxNet(new ProcFs(proc), new ProcFs(sys), SocketSource.PROCFS);
    List<NetConnection> all = net.connections(ConnectionKind.ALL);
    assertEquals(List.of(
        conn(AddressFamily.INET, SocketType.STREAM, "127.0.0.1", 80, "", 0,
            ConnectionStatus.LISTEN, 1001),
        conn(AddressFamily.INET, SocketType.STREAM, "127.0.0.1", 0xA1B2, "127.0.0.2", 80,
            ConnectionStatus.ESTABLISHED, 1002),
        conn(AddressFamily.INET6, SocketType.STREAM, "::1", 8080, "", 0,
            ConnectionStatus.LISTEN, 1003),
        conn(AddressFamily.INET6, SocketType.STREAM, "::ffff:127.0.0.1", 8081, "", 0,
            ConnectionStatus.LISTEN, 1004),
        conn(AddressFamily.INET6, SocketType.STREAM, "fe80::ff:fe00:1", 22, "", 0,
            ConnectionStatus.LISTEN, 1005),
        conn(AddressFamily.INET, SocketType.DGRAM, "0.0.0.0", 53, "", 0,
            ConnectionStatus.NONE, 1006),
        conn(AddressFamily.UNIX, SocketType.STREAM, "/run/x.sock", 0, "", 0,
            ConnectionStatus.NONE, 1007),
        conn(AddressFamily.UNIX, SocketType.DGRAM, "", 0, "", 0, ConnectionStatus.NONE, 1008),
        conn(AddressFamily.UNIX, SocketType.SEQPACKET, "@abstract", 0, "", 0,
            ConnectionStatus.NONE, 1009)), all);
    assertEquals(3, net.connections(ConnectionKind.TCP6).size());
    assertEquals(1, net.connections(ConnectionKind.UDP).size());
    assertEquals(3, net.connections(ConnectionKind.INET4).size());
  }

  private static NetConnection conn(AddressFamily f, SocketType t, String la, int lp, String ra,
      int rp, ConnectionStatus st, long inode) {
    return new NetConnection(-1, f, t, la.isEmpty() && lp == 0 ? Endpoint.NONE
        : new Endpoint(la, lp), ra.isEmpty() ? Endpoint.NONE : new Endpoint(ra, rp), st, null,
        inode);
  }

  @Test
  void utmpRecordsOfLoggedInUsers() throws Exception {
    ByteBuffer b = ByteBuffer.allocate(384 * 3).order(ByteOrder.LITTLE_ENDIAN);
    record(b, 0, 7, 4321, "pts/0", "alice", "10.0.0.5", 1700000000);
    record(b, 384, 6, 99, "tty1", "LOGIN", "", 1700000100); // LOGIN_PROCESS: not a user
    record(b, 768, 7, 4400, "tty2", "bob", ":0", 1700000200);
    Path utmp = proc.resolve("utmp");
    Files.write(utmp, b.array());
    Host host = new LinuxHost(new ProcFs(proc), utmp, proc.resolve("os-release"));
    assertEquals(List.of(new User("alice", "pts/0", "10.0.0.5", 1700000000, 4321),
        new User("bob", "tty2", "localhost", 1700000200, 4400)), host.users());
    assertEquals(List.of(), new LinuxHost(new ProcFs(proc), proc.resolve("none"), utmp).users());
  }

  private static void record(ByteBuffer b, int at, int type, int pid, String line, String user,
      String host, int seconds) {
    b.putShort(at, (short) type);
    b.putInt(at + 4, pid);
    b.put(at + 8, line.getBytes(StandardCharsets.UTF_8));
    b.put(at + 44, user.getBytes(StandardCharsets.UTF_8));
    b.put(at + 76, host.getBytes(StandardCharsets.UTF_8));
    b.putInt(at + 340, seconds);
  }

  @Test
  void cpuTimesCountsAndNetDevFromFixtures() {
    FixtureProc p = new FixtureProc(proc);
    long hz = SystemConstants.clockTicks();
    p.write("stat", "cpu  " + 10 * hz + " " + hz + " " + 5 * hz + " " + 100 * hz + " " + 2 * hz
        + " 0 " + hz + " 0 0 0\ncpu0 " + 10 * hz + " " + hz + " " + 5 * hz + " " + 100 * hz
        + " " + 2 * hz + " 0 " + hz + " 0 0 0\nctxt 555\nbtime 1700000000\nintr 77 1 2\n"
        + "softirq 88 1 2\n");
    p.write("loadavg", "0.50 0.25 0.10 1/100 999\n");
    p.write("net/dev", "Inter-|   Receive                                                |"
        + "  Transmit\n face |bytes    packets errs drop fifo frame compressed multicast|bytes"
        + "    packets errs drop fifo colls carrier compressed\n"
        + "    lo: 100 2 0 0 0 0 0 0 100 2 0 0 0 0 0 0\n"
        + "  eth0: 5000 50 1 2 0 0 0 0 7000 70 3 4 0 0 0 0\n");
    Cpu cpu = new LinuxCpu(new ProcFs(proc), new ProcFs(sys));
    assertEquals(new SystemCpuTimes(10, 5, 100, 1, 2, 0, 1, 0, 0, 0), cpu.times());
    assertEquals(1, cpu.perCpuTimes().size());
    assertEquals(new CpuStats(555, 77, 88, 0), cpu.stats());
    assertEquals(new LoadAverage(0.5, 0.25, 0.1), cpu.loadAverage());
    Net net = new LinuxNet(new ProcFs(proc), new ProcFs(sys), SocketSource.PROCFS);
    assertEquals(new NetIoCounters(7000, 5000, 70, 50, 1, 3, 2, 4),
        net.perNicIoCounters(false).get("eth0"));
    assertEquals(new NetIoCounters(7100, 5100, 72, 52, 1, 3, 2, 4), net.ioCounters(false));
  }
}
