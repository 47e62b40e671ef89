package io.hostsql.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.testing.RecordedProcesses;
import io.hostsql.os.testing.RecordedWindows;
import io.hostsql.os.windows.Recordings;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The process, connection and system tables of a Windows schema, over the calls Wine answered
 * to the processes, connections and system harnesses (replayed through the real decoders):
 * each value against what the harness itself read through the SDK structs (its expect files)
 * or knew (its facts: its own pid, its child's command line, environment and directory, the
 * six sockets it opened), the column lists against psutil's documented Windows fields, and
 * the pid pushdown against the calls made.
 */
class WindowsTablesTest {
  private static final Recordings PROCESSES = Recordings.committed("processes");
  private static final Recordings CONNECTIONS = Recordings.committed("connections");
  private static final Recordings SYSTEM = Recordings.committed("system");
  /** FILETIME of the Unix epoch, 100 ns units since 1601 (the SDK's documented offset). */
  private static final long EPOCH_FILETIME = 116_444_736_000_000_000L;

  private RecordedWindows windows;
  private Connection c;
  private int self;
  private int child;

  @BeforeEach
  void open() throws SQLException {
    windows = new RecordedWindows();
    c = OsConnections.openWithOsquery(windows.platform());
    self = Integer.parseInt(RecordedProcesses.fact("self_pid"));
    child = Integer.parseInt(RecordedProcesses.fact("child_pid"));
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  /** A facts.txt value, unescaped as the expect files are (\\ is one backslash). */
  private static String fact(String key) {
    return RecordedProcesses.fact(key).replace("\\\\", "\\");
  }

  private List<List<Object>> rows(String sql, Object... params) throws SQLException {
    return OsConnections.rows(c, sql, params);
  }

  private String explain(String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("EXPLAIN PLAN FOR " + sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private List<String> columns(String table) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = c.getMetaData().getColumns(null, "os", table, "%")) {
      while (rs.next()) {
        out.add(rs.getString("COLUMN_NAME"));
      }
    }
    return out;
  }

  /** The listing: every process the harness's own SDK walk saw, with its listed fields. */
  @Test
  void processesAnswerTheListingTheHarnessRead() throws SQLException {
    List<List<Object>> expected = new ArrayList<>();
    for (Map<String, String> r : PROCESSES.rows("processes")) {
      long ft = Long.parseLong(r.get("create_time"));
      expected.add(Arrays.asList(Integer.parseInt(r.get("pid")),
          Integer.parseInt(r.get("ppid")), r.get("name"), Integer.parseInt(r.get("num_threads")),
          Integer.parseInt(r.get("handles")), Long.parseLong(r.get("wset")),
          Long.parseLong(r.get("pagefile")), new Timestamp((ft - EPOCH_FILETIME) / 10_000),
          Long.parseLong(r.get("user_time")) / 1e7, Long.parseLong(r.get("kernel_time")) / 1e7));
    }
    assertEquals(expected, rows("SELECT pid, ppid, name, num_threads, num_handles, rss, vms, "
        + "create_time, cpu_user, cpu_system FROM processes ORDER BY pid"));
    // One SystemProcessInformation call for the planner's row count, one for the rows: not
    // one per process (each process's values come from the entry the walk decoded).
    assertTrue(windows.listings() <= 2, "listings: " + windows.listings());
  }

  /** The child the harness started: what it gave it, and what it read back through the SDK. */
  @Test
  void theHarnessChildHasTheCommandLineDirectoryAndAccountItWasGiven() throws SQLException {
    Map<String, String> peb = PROCESSES.rows("peb").stream()
        .filter(r -> r.get("which").equals("child")).findFirst().orElseThrow();
    Map<String, String> info = PROCESSES.rows("process_info").stream()
        .filter(r -> r.get("which").equals("child")).findFirst().orElseThrow();
    List<List<Object>> got = rows("SELECT ppid, name, cmdline, exe, cwd, username, nice, "
        + "cpu_affinity FROM processes WHERE pid = ?", child);
    assertEquals(1, got.size(), got.toString());
    List<Object> r = got.get(0);
    assertEquals(self, r.get(0), "started by the harness");
    assertEquals(fact("child_name"), r.get(1));
    // psutil's cmdline is the argv CommandLineToArgvW gives; the column joins it with spaces.
    assertEquals(String.join(" ", fact("child_argv").split("\t", -1)), r.get(2));
    assertEquals(peb.get("image"), r.get(3));
    assertEquals(fact("child_cwd"), r.get(4), "psutil drops the trailing backslash");
    assertEquals(info.get("account"), r.get(5));
    // What GetPriorityClass answered the harness (Wine answers NORMAL for the BELOW_NORMAL
    // the harness asked for: facts.txt child_priority_class).
    assertEquals(Integer.parseInt(info.get("priority_class")), r.get(6));
    assertEquals(Long.parseLong(fact("child_affinity_mask")), 1L, "CPU 0 only");
    assertEquals("0", r.get(7));
  }

  @Test
  void processArgsAndEnvironOfTheChild() throws SQLException {
    List<List<Object>> args = new ArrayList<>();
    String[] argv = fact("child_argv").split("\t", -1);
    for (int i = 0; i < argv.length; i++) {
      args.add(List.of(i, argv[i]));
    }
    assertEquals(args, rows("SELECT idx, arg FROM process_args WHERE pid = ? ORDER BY idx",
        child));
    // psutil's parse_environ_block on Windows: names upper-cased, "=C:" entries skipped.
    Set<List<Object>> env = new HashSet<>();
    for (Map<String, String> e : PROCESSES.rows("child_environ")) {
      String entry = e.get("entry");
      int eq = entry.indexOf('=', 1);
      if (eq > 0 && entry.charAt(0) != '=') {
        env.add(List.of(entry.substring(0, eq).toUpperCase(java.util.Locale.ROOT),
            entry.substring(eq + 1)));
      }
    }
    assertEquals(env, new HashSet<>(rows("SELECT name, \"value\" FROM process_environ "
        + "WHERE pid = ?", child)));
    String probe = fact("child_env");
    assertTrue(env.contains(List.of("HOSTSQL_PROBE", probe.substring(probe.indexOf('=') + 1))),
        env.toString());
  }

  @Test
  void processThreadsAnswerTheListedThreads() throws SQLException {
    List<List<Object>> expected = new ArrayList<>();
    for (Map<String, String> t : PROCESSES.rows("threads")) {
      if (Integer.parseInt(t.get("pid")) == 56) {
        expected.add(List.of(Integer.parseInt(t.get("tid")),
            Long.parseLong(t.get("user_time")) / 1e7,
            Long.parseLong(t.get("kernel_time")) / 1e7));
      }
    }
    assertEquals(10, expected.size(), "services.exe's ten threads");
    assertEquals(expected, rows("SELECT tid, user_time, system_time FROM process_threads "
        + "WHERE pid = 56 ORDER BY tid"));
  }

  /** WHERE pid = n reaches the scan and opens that one process's PEB only. */
  @Test
  void pidEqualityIsALookup() throws SQLException {
    String sql = "SELECT cmdline FROM processes WHERE pid = " + child;
    assertTrue(explain(sql).contains("OsTableScan(table=[[os, processes]], filters=[[=($0, "
        + child + ")]]"), explain(sql));
    assertEquals(1, rows(sql).size());
    assertTrue(windows.pebReads(child) > 0);
    assertEquals(0, windows.pebReadsOtherThan(child), "no other process was opened");
    // The same column without the filter opens every listed process.
    rows("SELECT cmdline FROM processes");
    assertTrue(windows.pebReadsOtherThan(child) >= PROCESSES.rows("processes").size() - 1);
  }

  /** Processes Windows refuses (all but the two recorded): their listed fields stay. */
  @Test
  void aRefusedProcessKeepsItsListedFields() throws SQLException {
    List<List<Object>> got = rows("SELECT name, num_threads, cmdline, username FROM processes "
        + "WHERE pid = 56");
    assertEquals(List.of(Arrays.asList("services.exe", 10, null, null)), got);
  }

  @Test
  void memoryColumnsAndTheReadersWithoutAnswers() throws SQLException {
    // uss has no Windows reader yet: NULL, the row still there. The recording refuses the
    // harness's own GetProcessMemoryInfo and ProcessIoPriority, so peak_rss is the listing's
    // peak working set (psutil's fallback) and ionice_class NULL; memory_percent is the
    // listing's working set over GlobalMemoryStatusEx's total physical memory, as psutil.
    Map<String, String> listed = PROCESSES.rows("processes").stream()
        .filter(r -> r.get("pid").equals(Integer.toString(self))).findFirst().orElseThrow();
    long total = Long.parseLong(SYSTEM.rows("memory_status").get(0).get("total_phys"));
    List<List<Object>> got = rows("SELECT pid, memory_percent, uss, peak_rss, ionice_class "
        + "FROM processes WHERE pid = ?", self);
    assertEquals(1, got.size());
    assertEquals(Long.parseLong(listed.get("wset")) * 100.0 / total,
        (Double) got.get(0).get(1), 1e-12);
    assertEquals(Arrays.asList(self, null, Long.parseLong(listed.get("peak_wset")), null),
        Arrays.asList(got.get(0).get(0), got.get(0).get(2), got.get(0).get(3),
            got.get(0).get(4)));
    // cpu_stats as the system2 harness read it (Wine's counts are 0; psutil's soft_interrupts
    // is always 0 on Windows); Wine lists no terminal-services session, so users has no row.
    Map<String, String> stats = Recordings.committed("system2").rows("cpu_stats").get(0);
    assertEquals(List.of(Arrays.asList(Long.parseLong(stats.get("ctx_switches")),
            Long.parseLong(stats.get("interrupts")), 0L, Long.parseLong(stats.get("syscalls")))),
        rows("SELECT ctx_switches, interrupts, soft_interrupts, syscalls FROM cpu_stats"));
    assertEquals(List.of(), rows("SELECT * FROM users"));
  }

  /** The six sockets the connections harness opened, with their states and ports. */
  @Test
  void netConnectionsHoldTheHarnessSockets() throws SQLException {
    List<List<Object>> all = rows("SELECT family, type, status, laddr_ip, laddr_port, "
        + "raddr_ip, raddr_port, pid FROM net_connections");
    int listed = 0;
    for (String kind : List.of("tcp4", "tcp6", "udp4", "udp6")) {
      listed += CONNECTIONS.rows(kind).size();
    }
    assertEquals(listed, all.size());
    int sockets = 0;
    for (String line : CONNECTIONS.text("facts.txt").split("\n")) {
      String[] f = line.split("\t", -1);
      if (!f[0].equals("socket")) {
        continue;
      }
      sockets++;
      boolean tcp = f[1].startsWith("tcp");
      boolean remote = tcp && !f[6].equals("0");
      List<Object> want = Arrays.asList(f[1].endsWith("6") ? "inet6" : "inet",
          tcp ? "stream" : "dgram", f[2], f[3], Integer.parseInt(f[4]),
          remote ? f[5] : null, remote ? Integer.parseInt(f[6]) : null);
      assertTrue(all.stream().anyMatch(r -> r.subList(0, 7).equals(want)),
          "socket " + want + " in " + all);
    }
    assertEquals(6, sockets);
  }

  /**
   * A pid filter reaches the scan; Windows has no per-process socket reader, so the listing's
   * owners answer it. Wine gives every socket owner 0 (the expect files' pid column), so the
   * recorded IPv4 TCP table is given the harness as owner of its listener's port.
   */
  @Test
  void netConnectionsByPid() throws SQLException {
    assertTrue(CONNECTIONS.rows("tcp4").stream().allMatch(r -> r.get("pid").equals("0")),
        "Wine's owners are 0; if a new Wine fills them, test the recorded owners instead");
    int port = Integer.parseInt(CONNECTIONS.text("facts.txt").lines()
        .filter(l -> l.startsWith("socket\ttcp4\tLISTEN\t")).findFirst().orElseThrow()
        .split("\t")[4]);
    RecordedWindows owned = RecordedWindows.withSocketOwner(port, self);
    try (Connection o = OsConnections.open(owned.platform())) {
      String sql = "SELECT laddr_port, status FROM net_connections WHERE pid = " + self
          + " ORDER BY status";
      try (Statement s = o.createStatement();
          ResultSet rs = s.executeQuery("EXPLAIN PLAN FOR " + sql)) {
        rs.next();
        assertTrue(rs.getString(1).contains("OsTableScan(table=[[os, net_connections]], "
            + "filters=[[=($0, " + self + ")]]"), rs.getString(1));
      }
      // The listener and the accepted end: the IPv4 TCP sockets on that local port.
      List<List<Object>> want = new ArrayList<>();
      for (Map<String, String> r : CONNECTIONS.rows("tcp4")) {
        if (Integer.parseInt(r.get("lport")) == port) {
          want.add(List.of(port, r.get("state").equals("2") ? "LISTEN" : "ESTABLISHED"));
        }
      }
      want.sort(java.util.Comparator.comparing(r -> (String) r.get(1)));
      assertEquals(2, want.size());
      assertEquals(want, OsConnections.rows(o, sql));
      assertEquals(List.of(), OsConnections.rows(o,
          "SELECT laddr_port FROM net_connections WHERE pid = " + child));
    }
  }

  @Test
  void cpuTimesAreTheSystemAndPerProcessorTimes() throws SQLException {
    Map<String, String> t = SYSTEM.rows("system_times").get(0);
    double idle = Long.parseLong(t.get("idle")) / 1e7;
    double kernel = Long.parseLong(t.get("kernel")) / 1e7;
    List<Object> total = rows("SELECT user_time, system, idle FROM cpu_times "
        + "WHERE cpu = 'total'").get(0);
    // psutil: GetSystemTimes' kernel time includes idle time.
    assertEquals(Arrays.asList(Long.parseLong(t.get("user")) / 1e7, kernel - idle, idle),
        total);
    List<List<Object>> per = new ArrayList<>();
    List<Map<String, String>> cpus = SYSTEM.rows("processor_performance");
    for (int i = 0; i < cpus.size(); i++) {
      Map<String, String> p = cpus.get(i);
      per.add(Arrays.asList(Integer.toString(i), Long.parseLong(p.get("user")) / 1e7,
          (Long.parseLong(p.get("kernel")) - Long.parseLong(p.get("idle"))) / 1e7,
          Long.parseLong(p.get("idle")) / 1e7, Long.parseLong(p.get("interrupt")) / 1e7,
          Long.parseLong(p.get("dpc")) / 1e7));
    }
    assertEquals(per, rows("SELECT cpu, user_time, system, idle, irq, dpc FROM cpu_times "
        + "WHERE cpu <> 'total' ORDER BY cpu"));
    assertEquals(List.of("cpu", "user_time", "system", "idle", "irq", "dpc"),
        columns("cpu_times"), "psutil's Windows fields: user, system, idle, interrupt, dpc");
  }

  @Test
  void memoryAndCpuCount() throws SQLException {
    Map<String, String> m = SYSTEM.rows("memory_status").get(0);
    long total = Long.parseLong(m.get("total_phys"));
    long avail = Long.parseLong(m.get("avail_phys"));
    assertEquals(List.of(Arrays.asList(total, avail, total - avail)),
        rows("SELECT total, available, used FROM virtual_memory"));
    // psutil's swap on Windows: the commit limit less physical memory.
    long swap = Long.parseLong(m.get("total_pagefile")) - total;
    assertEquals(List.of(List.of(swap)), rows("SELECT total FROM swap_memory"));
    int logical = 0;
    for (String line : SYSTEM.text("calls.txt").split("\n")) {
      if (line.startsWith("GetActiveProcessorCount\t")) {
        logical = Integer.parseInt(line.split("\t")[1]);
      }
    }
    assertEquals(List.of(List.of(logical)), rows("SELECT cpu_count_logical FROM host"));
  }

  @Test
  void disksAndInterfaces() throws SQLException {
    List<List<Object>> parts = rows("SELECT device, mountpoint, fstype, opts, total, free "
        + "FROM disk_partitions ORDER BY device");
    List<Map<String, String>> drives = SYSTEM.rows("drives");
    assertEquals(drives.size(), parts.size(), parts.toString());
    for (int i = 0; i < drives.size(); i++) {
      Map<String, String> d = drives.get(i);
      List<Object> p = parts.get(i);
      assertEquals(d.get("drive"), p.get(0));
      assertEquals(d.get("drive"), p.get(1));
      assertEquals(d.get("fstype"), p.get(2));
      // Wine's drives are fixed (type 3) with flags 10 (case-preserved names, persistent
      // ACLs): psutil's opts for that, by hand.
      assertEquals("3", d.get("type"));
      assertEquals("10", d.get("flags"));
      assertEquals("rw,fixed", p.get(3));
      if (d.get("drive").startsWith("C:")) {
        // Free space was recorded for C: only.
        assertEquals(Long.parseLong(d.get("total")), p.get(4));
        assertEquals(Long.parseLong(d.get("free")), p.get(5));
      }
    }
    for (Map<String, String> nic : SYSTEM.rows("if_table2")) {
      List<List<Object>> io = rows("SELECT bytes_recv, bytes_sent, packets_recv, "
          + "packets_sent FROM net_io_counters WHERE nic = ?", nic.get("alias"));
      assertEquals(List.of(List.of(Long.parseLong(nic.get("in_octets")),
          Long.parseLong(nic.get("out_octets")),
          Long.parseLong(nic.get("in_ucast")) + Long.parseLong(nic.get("in_nucast")),
          Long.parseLong(nic.get("out_ucast")) + Long.parseLong(nic.get("out_nucast")))), io,
          nic.get("alias"));
      List<List<Object>> st = rows("SELECT isup, mtu FROM net_if_stats WHERE nic = ?",
          nic.get("alias"));
      assertEquals(List.of(List.of(nic.get("oper_status").equals("1"),
          Integer.parseInt(nic.get("mtu")))), st, nic.get("alias"));
    }
    Set<List<Object>> addrs = new HashSet<>(rows("SELECT nic, family, address FROM "
        + "net_if_addrs WHERE family <> 'link'"));
    for (Map<String, String> a : SYSTEM.rows("adapters")) {
      List<Object> want = List.of(a.get("friendly_name"),
          a.get("family").equals("2") ? "inet" : "inet6", a.get("address"));
      assertTrue(addrs.contains(want), want + " in " + addrs);
    }
  }

  /** Exactly psutil's Windows fields (psutil-api.md), in the declared order. */
  @Test
  void metadataListsTheWindowsColumns() throws SQLException {
    assertEquals(List.of("pid", "ppid", "name", "status", "create_time", "cpu_user",
        "cpu_system", "cpu_children_user", "cpu_children_system", "nice", "minor_faults",
        "major_faults", "username", "num_threads", "voluntary_ctx_switches",
        "involuntary_ctx_switches", "rss", "vms", "cmdline", "exe", "cwd", "ionice_class",
        "cpu_affinity", "cpu_percent", "memory_percent", "uss", "read_count", "write_count",
        "read_bytes", "write_bytes", "num_handles", "peak_rss", "peak_vms"),
        columns("processes"));
    assertEquals(List.of("pid", "family", "type", "laddr_ip", "laddr_port", "raddr_ip",
        "raddr_port", "status"), columns("net_connections"));
    assertEquals(List.of("pid", "path"), columns("process_open_files"));
    assertEquals(List.of("pid", "address", "perms", "path", "rss"),
        columns("process_memory_maps"));
    assertEquals(List.of("total", "available", "percent", "used", "free"),
        columns("virtual_memory"));
    assertEquals(List.of("name", "host", "started"), columns("users"));
    List<String> tables = new ArrayList<>();
    try (ResultSet rs = c.getMetaData().getTables(null, "os", "%", null)) {
      while (rs.next()) {
        tables.add(rs.getString("TABLE_NAME"));
      }
    }
    assertEquals(Set.of("processes", "process_args", "process_environ", "process_open_files",
        "process_memory_maps", "process_threads", "net_connections", "cpu_times",
        "cpu_times_percent", "cpu_stats", "cpu_freq", "virtual_memory", "swap_memory",
        "disk_partitions", "disk_io_counters", "net_io_counters", "net_if_addrs",
        "net_if_stats", "sensors_battery", "users", "host", "windows_services"),
        new HashSet<>(tables));
    try (ResultSet rs = c.getMetaData().getColumns(null, "os", "processes", "num_handles")) {
      assertTrue(rs.next());
      assertEquals(java.sql.Types.INTEGER, rs.getInt("DATA_TYPE"));
      assertEquals(DatabaseMetaData.columnNullable, rs.getInt("NULLABLE"));
    }
  }

  @Test
  void aLinuxOnlyColumnIsNotFound() {
    for (String sql : List.of("SELECT uid FROM processes", "SELECT num_fds FROM processes",
        "SELECT inode FROM net_connections", "SELECT iowait FROM cpu_times",
        "SELECT slab FROM virtual_memory")) {
      SQLException e = assertThrows(SQLException.class, () -> rows(sql));
      assertTrue(causes(e).matches("(?s).*Column '[a-z_]+' not found.*"), causes(e));
    }
  }

  static String causes(Throwable t) {
    StringBuilder b = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      b.append(c.getMessage()).append('\n');
    }
    return b.toString();
  }

  /** Every osquery view a Windows schema lists plans; those over Linux's columns are absent. */
  @Test
  void everyListedOsqueryViewPlans() throws SQLException {
    List<String> views = new ArrayList<>();
    try (ResultSet rs = c.getMetaData().getTables(null, "osquery", "%", null)) {
      while (rs.next()) {
        views.add(rs.getString("TABLE_NAME"));
      }
    }
    assertTrue(views.contains("services"), views.toString());
    assertFalse(views.contains("processes"), "osquery's processes view names uid: " + views);
    for (String v : views) {
      assertFalse(explain("SELECT * FROM osquery.\"" + v + "\"").isEmpty(), v);
    }
    for (String v : views) {
      try (ResultSet rs = c.getMetaData().getColumns(null, "osquery", v, "%")) {
        assertTrue(rs.next(), v);
      }
    }
  }

  @Test
  void everyValueHasItsDeclaredType() throws SQLException {
    Map<org.apache.calcite.sql.type.SqlTypeName, Class<?>> java = Map.of(
        org.apache.calcite.sql.type.SqlTypeName.INTEGER, Integer.class,
        org.apache.calcite.sql.type.SqlTypeName.BIGINT, Long.class,
        org.apache.calcite.sql.type.SqlTypeName.DOUBLE, Double.class,
        org.apache.calcite.sql.type.SqlTypeName.BOOLEAN, Boolean.class,
        org.apache.calcite.sql.type.SqlTypeName.TIMESTAMP, Timestamp.class,
        org.apache.calcite.sql.type.SqlTypeName.VARCHAR, String.class);
    org.apache.calcite.schema.SchemaPlus os = c.unwrap(
        org.apache.calcite.jdbc.CalciteConnection.class).getRootSchema()
        .getSubSchema(OsSchema.NAME);
    int values = 0;
    for (String table : List.of("processes", "net_connections", "cpu_times", "virtual_memory",
        "swap_memory", "disk_partitions", "net_io_counters", "net_if_addrs", "net_if_stats",
        "process_threads", "host")) {
      io.hostsql.calcite.table.TableDef<?> def = ((io.hostsql.calcite.table.DeclaredTable)
          os.getTable(table)).definition();
      for (List<Object> row : rows("SELECT * FROM " + table)) {
        for (int i = 0; i < row.size(); i++) {
          io.hostsql.calcite.table.ColumnDef<?> col = def.columns().get(i);
          if (row.get(i) == null) {
            assertTrue(col.nullable(), table + "." + col.name());
          } else {
            assertEquals(java.get(col.type()), row.get(i).getClass(), table + "." + col.name());
            values++;
          }
        }
      }
    }
    assertTrue(values > 300, "values checked: " + values);
  }

  @Test
  void aProcessNotListedIsNoRow() throws SQLException {
    assertEquals(List.of(), rows("SELECT pid, name FROM processes WHERE pid = 4242"));
  }
}
