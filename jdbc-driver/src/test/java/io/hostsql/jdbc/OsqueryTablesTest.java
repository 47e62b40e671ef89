package io.hostsql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.testing.Commands;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import io.hostsql.os.testing.QueryRows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each osquery table's values in osquery's units and conventions, checked against /proc, /sys
 * and the tools that print the same facts (ss, getent, stat -f, findmnt, ip, lscpu, nproc,
 * hostname, free, who). A child sleeper and a loopback listener with one connection give known
 * rows.
 */
class OsqueryTablesTest {
  private static final long SELF = ProcessHandle.current().pid();
  private static java.lang.Process child;
  private static ServerSocket listener;
  private static Socket client;
  private static Socket accepted;
  private static Connection c;

  @BeforeAll
  static void setUp() throws Exception {
    child = new ProcessBuilder("sleep", "60").start();
    Path comm = Path.of("/proc/" + child.pid() + "/comm");
    for (int i = 0; i < 200 && !Files.readString(comm).strip().equals("sleep"); i++) {
      Thread.sleep(10);
    }
    listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    client = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
    accepted = listener.accept();
    c = DriverManager.getConnection("jdbc:hostsql:schema=osquery");
  }

  @AfterAll
  static void tearDown() throws Exception {
    c.close();
    accepted.close();
    client.close();
    listener.close();
    child.destroyForcibly();
    child.waitFor();
  }

  private static List<List<String>> rows(String sql) throws Exception {
    return QueryRows.of(c, sql);
  }

  private static String plan(String sql) throws Exception {
    return rows("EXPLAIN PLAN FOR " + sql).get(0).get(0);
  }

  @Test
  void processOpenFilesListsTheDescriptorsOsqueryListsFromProcFd() throws Exception {
    // This JVM holds files, sockets and pipes; osquery's process_open_files.cpp skips a
    // link that contains socket:, pipe: or anon_inode:.
    List<List<String>> expected = new ArrayList<>();
    Map<Integer, String> links = new TreeMap<>();
    int skipped = 0;
    try (var s = Files.list(Path.of("/proc/" + SELF + "/fd"))) {
      for (Path fd : s.toList()) {
        String link;
        try {
          link = Files.readSymbolicLink(fd).toString();
        } catch (java.io.IOException e) {
          continue;  // the listing's own descriptor, closed by now
        }
        if (link.contains("socket:") || link.contains("pipe:") || link.contains("anon_inode:")) {
          skipped++;
        } else {
          links.put(Integer.valueOf(fd.getFileName().toString()), link);
        }
      }
    }
    assertTrue(skipped > 0 && !links.isEmpty(), links + " " + skipped);
    links.forEach((fd, path) -> expected.add(List.of(Long.toString(SELF),
        Integer.toString(fd), path)));
    String sql = "SELECT pid, fd, path FROM process_open_files WHERE pid = " + SELF
        + " AND path NOT LIKE '/proc/%' ORDER BY fd";
    List<List<String>> actual = rows(sql);
    expected.removeIf(r -> r.get(2).startsWith("/proc/"));
    assertEquals(expected, actual);
    String plan = plan(sql);
    assertTrue(plan.contains("OsTableScan(table=[[os, process_fds]], filters=[[")
        && plan.contains("=(CAST($0):BIGINT NOT NULL, " + SELF + ")"), plan);
  }

  @Test
  void processMemoryMapIsTheMapsFileWithHexAddressesAndPseudoPaths() throws Exception {
    List<List<String>> expected = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("/proc/" + child.pid() + "/maps"))) {
      String[] f = line.trim().split("\\s+", 6);
      String[] range = f[0].split("-");
      String path = f.length == 6 ? f[5] : "";
      expected.add(List.of("0x" + range[0], "0x" + range[1], f[1],
          Long.toString(Long.parseLong(f[2], 16)), f[3], f[4], path,
          f[4].equals("0") && !path.isEmpty() ? "1" : "0"));
    }
    String sql = "SELECT start, \"end\", permissions, \"offset\", device, inode, path, pseudo "
        + "FROM process_memory_map WHERE pid = " + child.pid();
    assertEquals(expected, rows(sql));
    assertTrue(plan(sql).contains("table=[[os, process_mappings]], filters=[[=($0"), plan(sql));
  }

  @Test
  void listeningPortsAndOpenSocketsAgreeWithSs() throws Exception {
    int port = listener.getLocalPort();
    String ss = Commands.run("ss", "-ltnpH", "sport = :" + port).trim();
    assertTrue(ss.contains("pid=" + SELF + ","), ss);
    String fd = ss.replaceAll("(?s).*pid=" + SELF + ",fd=(\\d+).*", "$1");
    // The JVM listens on a dual-stack socket: ss prints [::ffff:127.0.0.1], family AF_INET6.
    String address = ss.split("\\s+")[3].replaceAll(":" + port + "$", "")
        .replaceAll("^\\[|\\]$", "");
    String family = address.contains(":") ? "10" : "2";
    assertEquals(List.of(List.of(Long.toString(SELF), Integer.toString(port), "6", family,
        address, fd, "")),
        rows("SELECT pid, port, protocol, family, address, fd, path FROM listening_ports "
            + "WHERE port = " + port));
    // The connected pair: remote ports as ss shows them, TCP state names as osquery's.
    String est = Commands.run("ss", "-tnH", "state", "established", "dport = :" + port).trim();
    String[] ends = est.split("\\s+");
    String clientPort = ends[2].replaceAll(".*:", "");
    String peer = ends[3].replaceAll(":" + port + "$", "").replaceAll("^\\[|\\]$", "");
    assertEquals(Integer.toString(client.getLocalPort()), clientPort, est);
    assertEquals(List.of(List.of(clientPort, peer, "ESTABLISHED", "6",
        peer.contains(":") ? "10" : "2")),
        rows("SELECT local_port, remote_address, state, protocol, family "
            + "FROM process_open_sockets WHERE pid = " + SELF + " AND remote_port = " + port));
    String bySelf = "SELECT fd FROM process_open_sockets WHERE pid = " + SELF;
    assertTrue(plan(bySelf).contains("OsTableScan(table=[[os, net_connections]], "
        + "filters=[[=(CAST($0)"), "a pid filter reads that process only: " + plan(bySelf));
    assertEquals(List.of(List.of(family.equals("10") ? "::" : "0.0.0.0", "0", "LISTEN")),
        rows("SELECT remote_address, remote_port, state FROM process_open_sockets WHERE pid = " + SELF
        + " AND local_port = " + port + " AND remote_port = 0"));
  }

  @Test
  void usersAreTheLocalAccountsGetentLists() throws Exception {
    List<List<String>> expected = new ArrayList<>();
    for (String line : Commands.run("getent", "passwd").split("\n")) {
      String[] f = line.split(":", -1);
      long uid = Long.parseLong(f[2]);
      expected.add(List.of(f[0], f[2], f[3], Long.toString((int) uid), f[5], f[6], ""));
    }
    assertEquals(expected, rows("SELECT username, uid, gid, uid_signed, directory, shell, \"uuid\" "
        + "FROM users"));
  }

  @Test
  void loggedInUsersAreWhoLists() throws Exception {
    String who = Commands.run("who").trim();
    int sessions = who.isEmpty() ? 0 : who.split("\n").length;
    assertEquals(List.of(List.of(Integer.toString(sessions))),
        rows("SELECT count(*) FROM logged_in_users WHERE type = 'user'"));
  }

  @Test
  void mountsCarryStatfsCountsAsStatDashFPrintsThem() throws Exception {
    for (String path : List.of("/", "/proc")) {
      String[] f = Commands.run("stat", "-f", "-c", "%s %b %c", path).trim().split(" ");
      String type = Commands.run("findmnt", "-n", "-o", "FSTYPE", "--mountpoint", path).trim();
      List<List<String>> got = rows("SELECT type, blocks_size, blocks, inodes FROM mounts "
          + "WHERE path = '" + path + "'");
      // A path mounted over another lists both; the last is the one visible, as findmnt shows.
      assertEquals(List.of(type, f[0], f[1], f[2]), got.get(got.size() - 1), path);
    }
  }

  @Test
  void interfaceDetailsAndAddressesAsIpAndSysfsTellThem() throws Exception {
    int sysfsFlags = Integer.decode(Files.readString(Path.of("/sys/class/net/lo/flags")).trim());
    String mtu = Files.readString(Path.of("/sys/class/net/lo/mtu")).trim();
    List<String> lo = rows("SELECT type, flags, mtu, mac FROM interface_details "
        + "WHERE interface = 'lo'").get(0);
    String link = Commands.run("ip", "-o", "link", "show", "lo");
    assertTrue(link.contains("link/loopback " + lo.get(3)), link + " vs " + lo);
    assertEquals("772", lo.get(0), "ARPHRD_LOOPBACK");
    // sysfs holds the administrative flags; IFF_RUNNING (0x40) is the kernel's operational view.
    assertEquals(sysfsFlags, Integer.parseInt(lo.get(1)) & ~0x40);
    assertEquals(mtu, lo.get(2));
    assertEquals(List.of(List.of("lo")), rows("SELECT interface FROM interface_details "
        + "WHERE (flags & 8) > 0"), "IFF_LOOPBACK");
    String addr = Commands.run("ip", "-o", "-4", "addr", "show", "lo");
    assertTrue(addr.contains("inet 127.0.0.1/8"), addr);
    assertEquals(List.of(List.of("127.0.0.1", "255.0.0.0")), rows("SELECT address, mask "
        + "FROM interface_addresses WHERE interface = 'lo' AND address LIKE '127.%'"));
  }

  @Test
  void systemInfoAndOsVersionAsTheSystemStatesThem() throws Exception {
    Map<String, String> lscpu = new HashMap<>();
    for (String line : Commands.run("lscpu").split("\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        lscpu.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
      }
    }
    String[] mem = Commands.run("free", "-b").split("\n")[1].trim().split("\\s+");
    assertEquals(List.of(List.of(Commands.run("hostname").trim(),
        Commands.run("nproc", "--all").trim(), lscpu.get("Model name"),
        lscpu.get("Socket(s)"), mem[1], Commands.run("uname", "-m").trim())),
        rows("SELECT hostname, cpu_logical_cores, cpu_brand, cpu_sockets, physical_memory, "
            + "cpu_type FROM system_info"));
    Map<String, String> release = new HashMap<>();
    for (String line : Files.readAllLines(Path.of("/etc/os-release"))) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        release.put(line.substring(0, eq), line.substring(eq + 1).replaceAll("^\"|\"$", ""));
      }
    }
    String versionId = release.get("VERSION_ID");
    assertEquals(List.of(List.of(release.get("NAME"), release.getOrDefault("VERSION", ""),
        versionId.split("\\.")[0], release.get("ID"),
        release.getOrDefault("VERSION_CODENAME", ""), Commands.run("uname", "-m").trim())),
        rows("SELECT name, version, major, platform, codename, arch FROM os_version"));
  }

  @Test
  void cpuTimeIsProcStatTicksPerCore() throws Exception {
    Map<String, long[]> before = procStat();
    List<List<String>> got = rows("SELECT core, \"user\", system, idle FROM cpu_time "
        + "ORDER BY core");
    Map<String, long[]> after = procStat();
    assertEquals(before.size(), got.size());
    for (List<String> r : got) {
      long[] b = before.get("cpu" + r.get(0));
      long[] a = after.get("cpu" + r.get(0));
      for (int i = 0; i < 3; i++) {
        long v = Long.parseLong(r.get(i + 1));
        int field = new int[] {0, 2, 3}[i];
        assertTrue(b[field] <= v && v <= a[field], "core " + r.get(0) + " field " + field
            + ": " + v + " not within " + b[field] + ".." + a[field]);
      }
    }
  }

  private static Map<String, long[]> procStat() throws Exception {
    Map<String, long[]> out = new HashMap<>();
    for (String line : Files.readAllLines(Path.of("/proc/stat"))) {
      if (line.matches("cpu\\d+ .*")) {
        String[] f = line.split("\\s+");
        long[] v = new long[f.length - 1];
        for (int i = 1; i < f.length; i++) {
          v[i - 1] = Long.parseLong(f[i]);
        }
        out.put(f[0], v);
      }
    }
    return out;
  }

  @Test
  void memoryInfoIsTheKernelsMeminfoInBytes() throws Exception {
    Map<String, Long> meminfo = new HashMap<>();
    for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
      String[] f = line.split(":\\s*|\\s+");
      meminfo.put(f[0], Long.parseLong(f[1]) * (line.endsWith("kB") ? 1024 : 1));
    }
    List<String> got = rows("SELECT memory_total, swap_total, cached FROM memory_info").get(0);
    assertEquals(meminfo.get("MemTotal"), Long.parseLong(got.get(0)));
    assertEquals(meminfo.get("SwapTotal"), Long.parseLong(got.get(1)));
    long cached = Long.parseLong(got.get(2));
    assertTrue(Math.abs(cached - meminfo.get("Cached")) < 64L << 20,
        "cached is meminfo's Cached (not psutil's Cached + SReclaimable): " + cached + " vs "
            + meminfo.get("Cached"));
  }

  @Test
  void processesGainPgroupRootAndCgroupPath() throws Exception {
    String pid = Long.toString(child.pid());
    String pgid = Commands.run("ps", "-o", "pgid=", "-p", pid).trim();
    List<String> got = rows("SELECT pgroup, root, cgroup_path FROM processes WHERE pid = "
        + pid).get(0);
    assertEquals(pgid, got.get(0));
    assertEquals(Files.readSymbolicLink(Path.of("/proc/" + pid + "/root")).toString(),
        got.get(1));
    assertTrue(Files.readString(Path.of("/proc/" + pid + "/cgroup"))
        .contains(":" + got.get(2) + "\n"), got.get(2));
  }
}
