package io.hostsql.calcite.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.linux.PidStat;
import io.hostsql.os.linux.ProcFs;
import io.hostsql.os.testing.Children;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Proves pushdown by counting the /proc files each query opens on the live system.
 */
class PushdownTest {
  private static final int SELF = (int) ProcessHandle.current().pid();

  private final ProcFs fs = new ProcFs(Paths.get("/proc"));
  private final List<String> opened = Collections.synchronizedList(new ArrayList<>());

  private List<List<Object>> query(String sql, Object... params) throws Exception {
    try (Connection c = LinuxConnections.open(fs);
         PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      fs.setFileOpenListener(opened::add);
      List<List<Object>> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= n; i++) {
            row.add(rs.getObject(i));
          }
          rows.add(row);
        }
      } finally {
        fs.setFileOpenListener(null);
      }
      return rows;
    }
  }

  /** Files opened per pid directory (other paths under "-"). */
  private Map<String, Integer> perPid() {
    Map<String, Integer> m = new TreeMap<>();
    for (String path : opened) {
      int slash = path.indexOf('/');
      String key = slash > 0 && Character.isDigit(path.charAt(0)) ? path.substring(0, slash) : "-";
      m.merge(key, 1, Integer::sum);
    }
    return m;
  }

  @Test
  void pidEqualsReadsOnlyThatProcess() throws Exception {
    List<List<Object>> rows = query("SELECT pid, ppid, name, rss FROM processes WHERE pid = "
        + SELF);
    assertEquals(1, rows.size());
    assertEquals(SELF, rows.get(0).get(0));
    assertEquals(Map.of(Integer.toString(SELF), perPid().get(Integer.toString(SELF))),
        perPid(), "only /proc/" + SELF + " was touched: " + opened);
  }

  @Test
  void preparedPidParameterIsPushed() throws Exception {
    List<List<Object>> rows = query("SELECT pid, name FROM processes WHERE pid = ?", SELF);
    assertEquals(1, rows.size());
    assertEquals(List.of(Integer.toString(SELF)), new ArrayList<>(perPid().keySet()));
  }

  @Test
  void pidInListReadsOnlyThoseProcesses() throws Exception {
    try (Children children = new Children()) {
      int a = (int) children.sleeper().pid();
      int b = (int) children.sleeper().pid();
      List<List<Object>> rows = query("SELECT pid FROM processes WHERE pid IN (" + a + ", " + b
          + ", 999999999) ORDER BY pid");
      assertEquals(List.of(List.of(Math.min(a, b)), List.of(Math.max(a, b))), rows);
      assertTrue(List.of(Integer.toString(a), Integer.toString(b), "999999999")
          .containsAll(perPid().keySet()), "touched " + perPid());
    }
  }

  @Test
  void twoStatColumnsOpenOneFilePerProcess() throws Exception {
    List<List<Object>> rows = query("SELECT pid, ppid, status FROM processes");
    Map<String, Integer> counts = perPid();
    assertTrue(rows.size() > 1);
    for (List<Object> row : rows) {
      assertEquals(1, counts.get(row.get(0).toString()),
          "process " + row.get(0) + " opened " + counts.get(row.get(0).toString()) + " files");
    }
  }

  @Test
  void nameReadsCmdlineOnlyForTruncatedUserProcessNames() throws Exception {
    List<List<Object>> rows = query("SELECT pid, name FROM processes");
    Map<String, Integer> counts = perPid();
    for (List<Object> row : rows) {
      String pid = row.get(0).toString();
      int expected = 1 + (truncatedUserComm(pid) ? 1 : 0);
      Integer actual = counts.get(pid);
      if (actual != null) {
        assertTrue(actual <= expected, "process " + pid + " opened " + actual + " files");
      }
    }
  }

  private static boolean truncatedUserComm(String pid) {
    try {
      PidStat s = PidStat.parse(Files.readAllBytes(Path.of("/proc", pid, "stat")));
      return s.comm().length() >= 15 && !s.isKernelThread();
    } catch (IOException e) {
      return true;
    }
  }

  @Test
  void perProcessTablesReadOnlyThePinnedProcess() throws Exception {
    for (String table : new String[] {"process_args", "process_environ", "process_open_files",
        "process_memory_maps", "process_threads", "process_rlimits", "net_connections"}) {
      opened.clear();
      List<List<Object>> rows = query("SELECT * FROM " + table + " WHERE pid = ?", SELF);
      assertTrue(!rows.isEmpty(), table + " has rows for the test JVM");
      assertEquals(List.of(Integer.toString(SELF)), new ArrayList<>(perPid().keySet()),
          table + " touched " + perPid());
    }
    // Ancestors read the chain up, and nothing else.
    opened.clear();
    List<List<Object>> chain = query("SELECT ancestor_pid FROM process_ancestors WHERE pid = ?",
        SELF);
    java.util.Set<String> allowed = new java.util.HashSet<>();
    allowed.add(Integer.toString(SELF));
    allowed.add("-"); // /proc/stat for the boot time, read once
    chain.forEach(r -> allowed.add(r.get(0).toString()));
    assertTrue(allowed.containsAll(perPid().keySet()), "touched " + perPid());
  }

  @Test
  void guardsRejectBeforeExpensiveColumnsAreRead() throws Exception {
    // name = 'x' is decided from stat; no process is called x, so no cmdline, exe or fd is read.
    List<List<Object>> rows = query("SELECT pid, cmdline, exe, num_fds FROM processes "
        + "WHERE name = 'no-such-process-name'");
    assertEquals(List.of(), rows);
    for (String path : opened) {
      assertTrue(path.endsWith("/stat") || path.endsWith("/cmdline") || !path.contains("/"),
          "opened " + path);
    }
  }

  @Test
  void orBranchOnAnExpensiveColumnIsReadOnlyWhereTheCheapBranchFails() throws Exception {
    String me = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/comm")).strip();
    List<List<Object>> rows = query("SELECT pid, name FROM processes WHERE name = '" + me
        + "' OR cmdline LIKE '%hostsql-no-such-argument%'");
    assertTrue(rows.contains(List.of(SELF, me)), "finds the test JVM: " + rows);
    rows.forEach(r -> assertEquals(me, r.get(1), "every row is named " + me + ": " + r));
    java.util.Set<String> cmdlines = new java.util.TreeSet<>();
    for (String path : opened) {
      if (path.endsWith("/cmdline")) {
        cmdlines.add(path.substring(0, path.indexOf('/')));
      }
    }
    assertTrue(!cmdlines.contains(Integer.toString(SELF)), "the test JVM's name decides its "
        + "row, so its cmdline is not read: " + cmdlines);
    assertTrue(cmdlines.size() > 1, "the other processes' cmdlines are tested: " + cmdlines);
    // A column the query returns is read whatever the filter decides.
    opened.clear();
    query("SELECT pid, cmdline FROM processes WHERE pid = " + SELF + " AND (name = '" + me
        + "' OR cmdline LIKE '%x%')");
    assertTrue(opened.contains(SELF + "/cmdline"), "opened " + opened);
  }

  @Test
  void groupByACheapColumnReadsOnlyItsFile() throws Exception {
    // name and status both come from /proc/PID/stat; only a name the kernel cut at 15
    // characters is completed from cmdline, as psutil does. Nothing else is opened.
    List<List<Object>> rows = query(
        "SELECT name, status, count(*) FROM processes GROUP BY name, status");
    assertTrue(rows.size() > 1, "groups: " + rows);
    for (String path : opened) {
      if (path.endsWith("/cmdline")) {
        java.nio.file.Path comm = java.nio.file.Path.of("/proc",
            path.substring(0, path.indexOf('/')), "comm");
        assertTrue(!java.nio.file.Files.exists(comm)
            || java.nio.file.Files.readString(comm).strip().length() >= 15, "opened " + path);
      } else {
        assertTrue(path.endsWith("/stat") || !path.contains("/"), "opened " + path);
      }
    }
  }

  @Test
  void countStarOpensNoPerProcessFile() throws Exception {
    List<List<Object>> rows = query("SELECT count(*) FROM processes");
    assertTrue(((Number) rows.get(0).get(0)).longValue() > 1);
    assertEquals(Map.of(), perPid(), "count(*) opened " + opened);
  }

  @Test
  void longInListsStillReachTheScan() throws Exception {
    StringBuilder in = new StringBuilder(Integer.toString(SELF));
    for (int i = 0; i < 40; i++) {
      in.append(", ").append(2_000_000_000 + i);
    }
    List<List<Object>> rows = query("SELECT pid, name FROM processes WHERE pid IN (" + in + ")");
    assertEquals(1, rows.size());
    for (String pid : perPid().keySet()) {
      assertTrue(pid.equals(Integer.toString(SELF)) || pid.startsWith("20000000"), pid);
    }
  }

  @Test
  void nonexistentPidAndThreadIdGiveNoRow() throws Exception {
    Thread t = new Thread(() -> {
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    t.start();
    try {
      String[] tasks = new java.io.File("/proc/" + SELF + "/task").list();
      int tid = java.util.Arrays.stream(tasks).mapToInt(Integer::parseInt)
          .filter(x -> x != SELF).findFirst().orElseThrow();
      assertEquals(List.of(), query("SELECT pid FROM processes WHERE pid = " + tid));
      assertEquals(List.of(), query("SELECT pid, name FROM processes WHERE pid = 2147483646"));
    } finally {
      t.interrupt();
      t.join();
    }
  }

  @Test
  void explainShowsWhatReachedTheScan() throws Exception {
    try (Connection c = LinuxConnections.open(fs); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery(
             "EXPLAIN PLAN FOR SELECT name FROM processes WHERE pid = 1 AND rss > 0")) {
      rs.next();
      String plan = rs.getString(1);
      assertTrue(plan.contains("OsTableScan(table=[[os, processes]], "
          + "filters=[[=($0, 1), >($25, 0)]], projects=[[0, 3, 25]], filterOnly=[[0, 25]])"), plan);
    }
  }

  @Test
  void partlyPushedAndStillFiltersTheRest() throws Exception {
    List<List<Object>> rows = query(
        "SELECT pid FROM processes WHERE pid = " + SELF + " AND name = 'no-such-name'");
    assertEquals(List.of(), rows);
    List<List<Object>> self = query(
        "SELECT pid FROM processes WHERE (pid = " + SELF + " OR pid = 1) AND ppid >= 0 "
            + "ORDER BY pid");
    assertTrue(self.contains(List.of(SELF)), self.toString());
  }
}
