package io.hostsql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.testing.Children;
import io.hostsql.os.testing.Commands;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The processes table through jdbc:hostsql:, checked against procps. */
class DriverTest {
  private static final int SELF = (int) ProcessHandle.current().pid();
  private Connection connection;

  @BeforeEach
  void connect() throws SQLException {
    // Through DriverManager, as a tool would: proves the service registration.
    connection = DriverManager.getConnection("jdbc:hostsql:");
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @Test
  void ownPidAgreesWithPs() throws Exception {
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT pid, ppid, name FROM processes WHERE pid = ?")) {
      ps.setInt(1, SELF);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        String[] expected = Commands.run("ps", "-o", "ppid=,comm=", "-p", Integer.toString(SELF))
            .trim().split("\\s+", 2);
        assertEquals(SELF, rs.getInt("pid"));
        assertEquals(Integer.parseInt(expected[0]), rs.getInt("ppid"));
        assertEquals(expected[1], rs.getString("name"));
        assertTrue(!rs.next(), "one row only");
      }
    }
  }

  @Test
  void everyPidPsListsIsARow() throws Exception {
    String[] ps = Commands.run("ps", "-e", "-o", "pid=").trim().split("\\s+");
    Set<Integer> rows = new HashSet<>();
    try (Statement s = connection.createStatement();
         ResultSet rs = s.executeQuery("SELECT pid FROM processes")) {
      while (rs.next()) {
        rows.add(rs.getInt(1));
      }
    }
    for (String p : ps) {
      int pid = Integer.parseInt(p);
      // ps itself and anything else that exited in between may be missing.
      assertTrue(rows.contains(pid) || !new java.io.File("/proc/" + pid).exists(),
          "pid " + pid + " is alive and listed by ps, but has no row");
    }
  }

  @Test
  void rssOfALongLivedChildMatchesPs() throws Exception {
    try (Children children = new Children()) {
      int pid = (int) children.sleeper().pid();
      waitForExec(pid, "sleep");
      long expected = Long.parseLong(Commands.run("ps", "-o", "rss=", "-p",
          Integer.toString(pid)).trim()) * 1024;
      try (PreparedStatement ps = connection.prepareStatement(
          "SELECT rss, vms, username, status, ppid FROM processes WHERE pid = ?")) {
        ps.setInt(1, pid);
        try (ResultSet rs = ps.executeQuery()) {
          assertTrue(rs.next());
          assertEquals(expected, rs.getLong("rss"));
          assertEquals(SELF, rs.getInt("ppid"));
          assertEquals(Commands.run("ps", "-o", "user=", "-p", Integer.toString(pid)).trim(),
              rs.getString("username"));
        }
      }
    }
  }

  private static void waitForExec(int pid, String name) throws Exception {
    for (int i = 0; i < 100; i++) {
      String comm = Commands.run("ps", "-o", "comm=", "-p", Integer.toString(pid)).trim();
      if (comm.equals(name)) {
        return;
      }
      Thread.sleep(20);
    }
  }

  @Test
  void unquotedIdentifiersMatchInAnyCaseAndTheSchemaIsOs() throws Exception {
    try (Statement s = connection.createStatement()) {
      for (String sql : new String[] {
          "select NAME from Processes where PID = " + SELF,
          "select name from os.processes where pid = " + SELF,
          "SELECT Name FROM OS.PROCESSES WHERE Pid = " + SELF}) {
        try (ResultSet rs = s.executeQuery(sql)) {
          assertTrue(rs.next(), sql);
          assertEquals("java", rs.getString(1), sql);
        }
      }
    }
  }

  @Test
  void badQueriesNameTheProblemAndLeaveTheConnectionUsable() throws Exception {
    assertError("SELEC pid FROM processes", "parse failed");
    assertError("SELECT pid FROM no_such_table", "Object 'no_such_table' not found");
    assertError("SELECT no_such_column FROM processes",
        "Column 'no_such_column' not found in any table");
    assertError("SELECT pid FROM processes WHERE",
        "Incorrect syntax near the keyword 'WHERE' at line 1, column 27");
    try (Statement s = connection.createStatement();
         ResultSet rs = s.executeQuery("SELECT count(*) FROM processes")) {
      assertTrue(rs.next());
      assertTrue(rs.getLong(1) > 0);
    }
  }

  private void assertError(String sql, String fragment) {
    SQLException e = assertThrows(SQLException.class, () -> {
      try (Statement s = connection.createStatement()) {
        s.executeQuery(sql).close();
      }
    }, sql);
    assertTrue(messages(e).contains(fragment), "message for '" + sql + "' was: " + messages(e));
  }

  private static String messages(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      sb.append(t.getMessage()).append(" / ");
    }
    return sb.toString();
  }

  @Test
  void cpuPercentSeesABusyLoopAndASleeper() throws Exception {
    try (Children children = new Children()) {
      int busy = (int) children.start("sh", "-c", "while :; do :; done").pid();
      int idle = (int) children.sleeper().pid();
      java.util.Properties p = new java.util.Properties();
      p.setProperty("samplingWindow", "400");
      try (Connection c = DriverManager.getConnection("jdbc:hostsql:", p);
           PreparedStatement ps = c.prepareStatement(
               "SELECT pid, cpu_percent FROM processes WHERE pid IN (?, ?) ORDER BY pid")) {
        ps.setInt(1, busy);
        ps.setInt(2, idle);
        java.util.Map<Integer, Double> pct = new java.util.HashMap<>();
        // The kernel's own count of the spinner's CPU ticks around the query: its share of the
        // time that encloses the sampling window, which on a loaded machine is well below 100.
        long ticksBefore = cpuTicks(busy);
        long wallBefore = System.nanoTime();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            pct.put(rs.getInt(1), rs.getDouble(2));
          }
        }
        double around = (cpuTicks(busy) - ticksBefore) * 1e9 / CLOCK_TICKS
            / (System.nanoTime() - wallBefore) * 100;
        // A shell spinning on one CPU of two: close to 100 % of one CPU on an idle machine,
        // never above 200; on a busy one, near what the kernel counted around the window.
        assertTrue(pct.get(busy) <= 200, "busy " + pct);
        assertTrue(pct.get(busy) > 50 || Math.abs(pct.get(busy) - around) < 25 + around / 2,
            "busy " + pct + ", the kernel counted " + around + " % around the query");
        assertTrue(pct.get(idle) < 5, "idle " + pct);
      }
    }
  }

  /** USER_HZ, the unit of /proc/PID/stat's times (getconf CLK_TCK). */
  private static final long CLOCK_TICKS =
      Long.parseLong(Commands.run("getconf", "CLK_TCK").trim());

  /** utime + stime of a process, read from /proc/PID/stat past its parenthesised comm. */
  private static long cpuTicks(int pid) throws java.io.IOException {
    String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }

  @Test
  void badSamplingWindowIsRefusedByName() {
    SQLException e = assertThrows(SQLException.class,
        () -> DriverManager.getConnection("jdbc:hostsql:samplingWindow=soon").close());
    assertTrue(e.getMessage().contains("samplingWindow"), e.getMessage());
  }

  @Test
  void pidLookupsPropertySwitchesThePlanAndRefusesOtherValues() throws Exception {
    String sql = "EXPLAIN PLAN FOR SELECT p.name, f.path FROM processes p "
        + "JOIN process_open_files f ON f.pid = p.pid WHERE p.name = 'init'";
    for (String value : new String[] {"true", "false"}) {
      try (Connection c = DriverManager.getConnection("jdbc:hostsql:pidLookups=" + value);
           Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
        assertTrue(c.getWarnings() == null, "pidLookups is a known property");
        assertTrue(rs.next());
        assertEquals(value.equals("true"), rs.getString(1).contains("OsLookupJoin"),
            rs.getString(1));
      }
    }
    SQLException e = assertThrows(SQLException.class,
        () -> DriverManager.getConnection("jdbc:hostsql:pidLookups=maybe").close());
    assertTrue(e.getMessage().contains("pidLookups"), e.getMessage());
  }

  @Test
  void misspelledPropertyIsAWarningAndStandardOnesAreNot() throws Exception {
    java.util.Properties p = new java.util.Properties();
    p.setProperty("user", "me");
    p.setProperty("password", "secret");
    try (Connection c = DriverManager.getConnection("jdbc:hostsql:samplingWindw=5", p)) {
      java.sql.SQLWarning w = c.getWarnings();
      assertTrue(w != null && w.getMessage().contains("'samplingWindw'"), String.valueOf(w));
      assertTrue(w.getNextWarning() == null, "user and password are not reported");
      try (Statement s = c.createStatement();
           ResultSet rs = s.executeQuery("SELECT count(*) FROM processes")) {
        assertTrue(rs.next());
      }
      c.clearWarnings();
      assertTrue(c.getWarnings() == null);
    }
    try (Connection c = DriverManager.getConnection("jdbc:hostsql:samplingWindow=50", p)) {
      assertTrue(c.getWarnings() == null, "known properties give no warning");
    }
  }

  @Test
  void driverReportsItself() throws Exception {
    var md = connection.getMetaData();
    assertEquals("hostsql", md.getDatabaseProductName());
    assertEquals("hostsql JDBC Driver", md.getDriverName());
    assertTrue(DriverManager.getDriver("jdbc:hostsql:") instanceof HostsqlDriver);
    assertEquals("os", connection.getSchema());
  }
}
