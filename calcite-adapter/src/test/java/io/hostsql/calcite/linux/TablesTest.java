package io.hostsql.calcite.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.calcite.LiveConnectionTest;
import io.hostsql.calcite.OsSchema;
import io.hostsql.os.Popen;
import io.hostsql.os.linux.LinuxPlatform;
import io.hostsql.os.linux.ProcFs;
import io.hostsql.os.testing.Commands;
import io.hostsql.os.testing.LiveBounds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every table read through SQL, checked against procps, iproute2, coreutils and /proc. */
class TablesTest extends LiveConnectionTest {
  private static final int SELF = (int) ProcessHandle.current().pid();


  private static Object one(String sql, Object... params) throws SQLException {
    List<List<Object>> r = rows(sql, params);
    assertEquals(1, r.size(), sql + " -> " + r);
    return r.get(0).get(0);
  }

  @Test
  void processesAgreeWithPs() throws Exception {
    Popen child = Popen.start("sleep", "60");
    try {
      waitForName(child, "sleep");
      String[] ps = Commands.run("ps", "-o", "ppid=,user=,rss=,vsz=,nice=,comm=", "-p",
          Integer.toString(child.pid())).trim().split("\\s+");
      List<Object> row = rows("SELECT ppid, username, rss, vms, nice, name, status, cmdline, "
          + "exe, num_threads, ionice_class, cpu_affinity FROM processes WHERE pid = ?",
          child.pid()).get(0);
      assertEquals(Integer.parseInt(ps[0]), row.get(0));
      assertEquals(ps[1], row.get(1));
      assertEquals(Long.parseLong(ps[2]) * 1024, row.get(2));
      assertEquals(Long.parseLong(ps[3]) * 1024, row.get(3));
      assertEquals(Integer.parseInt(ps[4]), row.get(4));
      assertEquals(ps[5], row.get(5));
      assertEquals("sleeping", row.get(6));
      assertEquals("sleep 60", row.get(7));
      assertEquals(Path.of(Commands.run("which", "sleep").trim()).toRealPath().toString(),
          row.get(8));
      assertEquals(1, row.get(9));
    } finally {
      child.kill();
      child.close();
    }
  }

  private static void waitForName(io.hostsql.os.Process p, String name) throws Exception {
    for (int i = 0; i < 200 && !name.equals(p.name()); i++) {
      Thread.sleep(5);
    }
  }

  @Test
  void perProcessTablesAgreeWithProc(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("held.txt"), "0123456789");
    Popen child = Popen.start(List.of("sh", "-c",
        "exec 7<" + file + "; exec sleep 60 0"), Map.of("HOSTSQL_T", "v1=x",
            "PATH", System.getenv("PATH")), dir.toString());
    try {
      waitForName(child, "sleep");
      int pid = child.pid();
      assertEquals(List.of(List.of(0, "sleep"), List.of(1, "60"), List.of(2, "0")),
          rows("SELECT idx, arg FROM process_args WHERE pid = ? ORDER BY idx", pid));
      assertEquals("v1=x", one("SELECT value FROM process_environ WHERE pid = ? AND name = "
          + "'HOSTSQL_T'", pid));
      assertEquals(List.of(List.of(7, file.toString(), 0L, "r")), rows("SELECT fd, path, "
          + "position, mode FROM process_open_files WHERE pid = ?", pid));
      String[] tasks = new java.io.File("/proc/" + pid + "/task").list();
      assertEquals((long) tasks.length, one("SELECT count(*) FROM process_threads WHERE pid = ?",
          pid));
      String limits = Files.readString(Path.of("/proc", Integer.toString(pid), "limits"));
      String nofile = limits.lines().filter(l -> l.startsWith("Max open files")).findFirst()
          .orElseThrow();
      String[] f = nofile.split("\\s{2,}");
      assertEquals(List.of(Long.parseLong(f[1].trim()), Long.parseLong(f[2].trim())),
          rows("SELECT soft, hard FROM process_rlimits WHERE pid = ? AND resource = 'nofile'",
              pid).get(0));
      assertEquals(List.of(List.of(SELF, 1)), rows("SELECT ancestor_pid, depth FROM "
          + "process_ancestors WHERE pid = ? AND depth = 1", pid));
      long maps = Files.readAllLines(Path.of("/proc", Integer.toString(pid), "maps")).size();
      assertEquals(maps, one("SELECT count(*) FROM process_memory_maps WHERE pid = ?", pid));
    } finally {
      child.kill();
      child.close();
    }
  }

  @Test
  void netConnectionsAgreeWithSs() throws Exception {
    try (java.net.ServerSocket server = new java.net.ServerSocket(0)) {
      int port = server.getLocalPort();
      List<List<Object>> mine = rows("SELECT pid, status, laddr_port FROM net_connections "
          + "WHERE pid = ? AND laddr_port = ?", SELF, port);
      assertEquals(List.of(List.of(SELF, "LISTEN", port)), mine);
      // Other processes open and close listeners meanwhile: ss is read just before and just
      // after, and hostsql must list every port both list and none that neither does.
      LiveBounds.retried(5, () -> {
        Set<Integer> before = ssListeningPorts();
        Set<Integer> ours = new TreeSet<>();
        for (List<Object> r : rows("SELECT DISTINCT laddr_port FROM net_connections WHERE "
            + "status = 'LISTEN' AND type = 'stream'")) {
          ours.add((Integer) r.get(0));
        }
        Set<Integer> after = ssListeningPorts();
        assertTrue(ours.contains(port), ours.toString());
        LiveBounds.within(before, after, ours, "listening TCP ports");
      });
    }
  }

  /** The local ports of the TCP sockets ss lists as listening. */
  private static Set<Integer> ssListeningPorts() {
    Set<Integer> ss = new TreeSet<>();
    for (String line : Commands.run("ss", "-tlnH").split("\n")) {
      String local = line.trim().split("\\s+")[3];
      ss.add(Integer.parseInt(local.substring(local.lastIndexOf(':') + 1)));
    }
    return ss;
  }

  @Test
  void systemTablesAgreeWithTheirTools() throws Exception {
    long nproc = Long.parseLong(Commands.run("nproc").trim());
    assertEquals(nproc + 1, one("SELECT count(*) FROM cpu_times"));
    assertEquals(nproc + 1, one("SELECT count(*) FROM cpu_times_percent"));
    String[] free = Commands.run("free", "-b").lines().filter(l -> l.startsWith("Mem:"))
        .findFirst().orElseThrow().trim().split("\\s+");
    assertEquals(Long.parseLong(free[1]), one("SELECT total FROM virtual_memory"));
    String[] load = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
    assertEquals(Double.parseDouble(load[0]), (Double) one("SELECT load1 FROM load_average"),
        1.0);
    for (List<Object> r : rows("SELECT mountpoint, total FROM disk_partitions")) {
      String[] df = Commands.run("df", "-P", "-B1", (String) r.get(0)).trim().split("\n")[1]
          .trim().split("\\s+");
      assertEquals(Long.parseLong(df[1]), r.get(1));
    }
    Set<String> ip = new TreeSet<>();
    for (String line : Commands.run("ip", "-o", "addr").split("\n")) {
      String[] f = line.trim().split("\\s+");
      ip.add(f[1] + " " + f[3].replaceAll("/.*", ""));
    }
    Set<String> ours = new TreeSet<>();
    for (List<Object> r : rows("SELECT nic, address FROM net_if_addrs WHERE family <> 'link'")) {
      ours.add(r.get(0) + " " + ((String) r.get(1)).replaceAll("%.*", ""));
    }
    assertEquals(ip, ours);
    for (List<Object> r : rows("SELECT nic, mtu FROM net_if_stats")) {
      assertEquals(Integer.parseInt(Files.readString(Path.of("/sys/class/net", (String) r.get(0),
          "mtu")).trim()), r.get(1));
    }
    List<Object> host = rows("SELECT hostname, kernel_release, cpu_count_logical FROM host")
        .get(0);
    assertEquals(List.of(Commands.run("hostname").trim(), Commands.run("uname", "-r").trim(),
        (int) nproc), host);
    long who = Commands.run("who").lines().filter(l -> !l.isBlank()).count();
    assertEquals(who, one("SELECT count(*) FROM users"));
    Set<String> disks = new TreeSet<>();
    for (String line : Files.readAllLines(Path.of("/proc/diskstats"))) {
      disks.add(line.trim().split("\\s+")[2]);
    }
    Set<String> ourDisks = new TreeSet<>();
    rows("SELECT disk FROM disk_io_counters").forEach(r -> ourDisks.add((String) r.get(0)));
    assertEquals(disks, ourDisks);
    assertTrue(((Number) one("SELECT ctx_switches FROM cpu_stats")).longValue() > 0);
    assertTrue(((Number) one("SELECT count(*) FROM net_io_counters WHERE nic = 'lo'"))
        .longValue() == 1);
    rows("SELECT * FROM cpu_freq");
    rows("SELECT * FROM swap_memory");
    rows("SELECT * FROM sensors_temperatures");
    rows("SELECT * FROM sensors_fans");
    rows("SELECT * FROM sensors_battery");
  }

  @Test
  void zombiesKeepTheirRowAndVanishedProcessesDropOut(@TempDir Path dir) throws Exception {
    io.hostsql.os.testing.FixtureProc proc = new io.hostsql.os.testing.FixtureProc(dir);
    proc.process(10, "alive", 'S', 1, 5, 0).write("10/cmdline", "alive\0");
    proc.process(11, "defunct", 'Z', 10, 6, 0).write("11/cmdline", "");
    // 12 is listed (its directory exists) but its files are gone: it exited mid-scan.
    Files.createDirectories(dir.resolve("12"));
    try (Connection fixture = LinuxConnections.open(new ProcFs(dir));
         Statement s = fixture.createStatement();
         ResultSet rs = s.executeQuery("SELECT pid, name, status, cmdline FROM processes "
             + "ORDER BY pid")) {
      assertTrue(rs.next());
      assertEquals(10, rs.getInt(1));
      assertEquals("alive", rs.getString(4));
      assertTrue(rs.next());
      assertEquals(11, rs.getInt(1));
      assertEquals("defunct", rs.getString(2));
      assertEquals("zombie", rs.getString(3));
      assertNull(rs.getString(4), "a zombie's cmdline is gone: NULL");
      assertTrue(!rs.next(), "the vanished pid 12 has no row");
    }
  }

  @Test
  void wrongTypedPredicateIsAClearError() {
    SQLException e = assertThrows(SQLException.class,
        () -> rows("SELECT pid FROM processes WHERE pid = 'abc'"));
    StringBuilder chain = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      chain.append(t.getMessage()).append(" / ");
    }
    assertTrue(chain.toString().contains("Wrong type: 'abc' is not a number"), chain.toString());
  }

  @Test
  void declaredTypesAndNullabilityAreWhatJdbcReports() throws Exception {
    OsSchema schema = new OsSchema(LinuxPlatform.over(ProcFs.system()),
        OsSchema.DEFAULT_SAMPLING_WINDOW);
    Map<String, org.apache.calcite.schema.Table> tables = new HashMap<>();
    for (String name : schema.getTableNames()) {
      tables.put(name, schema.getTable(name));
    }
    int checked = 0;
    for (var e : tables.entrySet()) {
      var def = ((io.hostsql.calcite.table.DeclaredTable) e.getValue()).definition();
      try (ResultSet rs = c.getMetaData().getColumns(null, "os", e.getKey(), null)) {
        int i = 0;
        while (rs.next()) {
          var col = def.columns().get(i++);
          assertEquals(col.name(), rs.getString("COLUMN_NAME"));
          assertEquals(col.type().getJdbcOrdinal(), rs.getInt("DATA_TYPE"), col.name());
          assertEquals(col.nullable() ? "YES" : "NO", rs.getString("IS_NULLABLE"), col.name());
          checked++;
        }
        assertEquals(def.columns().size(), i, e.getKey());
      }
      // And a full scan's values fit the declared Java types.
      // The file tables name the files to read by a path constraint (and refuse to walk /).
      String where = e.getValue() instanceof io.hostsql.calcite.files.FilesTable
          || e.getValue() instanceof io.hostsql.calcite.files.FileHashesTable
          ? " WHERE path LIKE '/etc/%'" : "";
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM "
          + e.getKey() + where + " LIMIT 20")) {
        while (rs.next()) {
          for (int k = 1; k <= def.columns().size(); k++) {
            Object v = rs.getObject(k);
            if (v == null) {
              assertTrue(def.columns().get(k - 1).nullable(), e.getKey() + "." + k);
            }
          }
        }
      }
    }
    assertTrue(checked > 150, "checked " + checked);
  }

  @Test
  void everyColumnNameWorksUnquotedAndMeansTheColumn() throws Exception {
    OsSchema schema = new OsSchema(LinuxPlatform.over(ProcFs.system()),
        OsSchema.DEFAULT_SAMPLING_WINDOW);
    int checked = 0;
    for (String table : schema.getTableNames()) {
      var def = ((io.hostsql.calcite.table.DeclaredTable) schema.getTable(table)).definition();
      for (var col : def.columns()) {
        // A column name that is also a SQL function (USER) would silently mean the function.
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT "
            + col.name() + " FROM " + table + " WHERE 1 = 0")) {
          assertEquals(col.name(), rs.getMetaData().getColumnLabel(1), table);
          checked++;
        }
      }
    }
    assertTrue(checked > 200, "checked " + checked);
  }

  @Test
  void docsAreGeneratedFromTheDeclarations() throws Exception {
    Path docs = Path.of(System.getProperty("user.dir")).getParent().resolve("docs/tables.md");
    assertEquals(new OsSchema(LinuxPlatform.over(ProcFs.system()),
        OsSchema.DEFAULT_SAMPLING_WINDOW).docs(), Files.readString(docs),
        "docs/tables.md is stale: regenerate it with bin/hostsql --docs > docs/tables.md");
  }
}
