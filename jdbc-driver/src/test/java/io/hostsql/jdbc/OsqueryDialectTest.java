package io.hostsql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Queries written in osquery's SQLite habits, run unchanged on the osquery schema, against
 * the same question asked of the native schema. Three quiet children keep the rows stable.
 */
class OsqueryDialectTest {
  private static final long SELF = ProcessHandle.current().pid();
  private static final List<java.lang.Process> CHILDREN = new ArrayList<>();

  @BeforeAll
  static void spawn() throws Exception {
    for (int i = 0; i < 3; i++) {
      ProcessBuilder pb = new ProcessBuilder("sleep", "6" + i);
      pb.environment().put("HOSTSQL_DIALECT", "child" + i);
      CHILDREN.add(pb.start());
    }
    for (java.lang.Process p : CHILDREN) {
      Path comm = Path.of("/proc/" + p.pid() + "/comm");
      for (int i = 0; i < 200 && !Files.readString(comm).strip().equals("sleep"); i++) {
        Thread.sleep(10);
      }
    }
  }

  @AfterAll
  static void reap() throws InterruptedException {
    for (java.lang.Process p : CHILDREN) {
      p.destroyForcibly();
      p.waitFor();
    }
  }

  private static List<String> rows(Connection c, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          b.append(rs.getString(i)).append('|');
        }
        out.add(b.toString());
      }
    }
    return out;
  }

  /** Each pair: the osquery-dialect query, and the native one that must return the same. */
  private static final String[][] PAIRS = {
      {"SELECT pid, name FROM processes WHERE parent = " + SELF + " ORDER BY pid",
          "SELECT pid, name FROM os.processes WHERE ppid = " + SELF + " ORDER BY pid"},
      {"SELECT count(*) FROM processes WHERE parent = " + SELF + " AND name != 'java'",
          "SELECT count(*) FROM os.processes WHERE ppid = " + SELF + " AND name <> 'java'"},
      {"SELECT pid, name || ':' || state FROM processes WHERE parent = " + SELF + " ORDER BY 1",
          "SELECT pid, name || ':S' FROM os.processes WHERE ppid = " + SELF + " ORDER BY 1"},
      {"SELECT UPPER(name), LOWER(state) FROM processes WHERE parent = " + SELF + " LIMIT 1",
          "SELECT 'SLEEP', 's' FROM os.processes WHERE ppid = " + SELF + " LIMIT 1"},
      {"SELECT DISTINCT(name) FROM processes WHERE parent = " + SELF,
          "SELECT DISTINCT name FROM os.processes WHERE ppid = " + SELF},
      {"SELECT GROUP_CONCAT(cmdline) FROM (SELECT cmdline FROM processes WHERE parent = "
          + SELF + " ORDER BY cmdline)",
          "SELECT 'sleep 60,sleep 61,sleep 62'"},
      {"SELECT IFNULL(path, ''), COALESCE(cwd, '') FROM processes WHERE parent = " + SELF
          + " LIMIT 1",
          "SELECT COALESCE(exe, ''), COALESCE(cwd, '') FROM os.processes WHERE ppid = " + SELF
          + " LIMIT 1"},
      {"SELECT p.pid, e.value FROM processes p JOIN process_envs e USING (pid) "
          + "WHERE p.parent = " + SELF + " AND e.key = 'HOSTSQL_DIALECT' ORDER BY e.value",
          "SELECT p.pid, e.value FROM os.processes p JOIN os.process_environ e USING (pid) "
          + "WHERE p.ppid = " + SELF + " AND e.name = 'HOSTSQL_DIALECT' ORDER BY e.value"},
      {"SELECT pid FROM processes WHERE pid IN (SELECT pid FROM process_envs WHERE key = "
          + "'HOSTSQL_DIALECT' AND value = 'child1')",
          "SELECT pid FROM os.process_environ WHERE name = 'HOSTSQL_DIALECT' "
          + "AND value = 'child1'"},
      {"SELECT (SELECT count(*) FROM processes WHERE parent = " + SELF + ") AS n",
          "SELECT count(*) FROM os.processes WHERE ppid = " + SELF},
      {"SELECT datetime(start_time, 'unixepoch') = datetime(start_time, 'unixepoch') "
          + "FROM processes WHERE parent = " + SELF + " AND on_disk = 1 LIMIT 1",
          "SELECT true"},
      {"SELECT pid FROM processes WHERE parent = " + SELF + " AND threads = 1 AND "
          + "user_time >= 0 AND resident_size > 0 ORDER BY pid",
          "SELECT pid FROM os.processes WHERE ppid = " + SELF + " ORDER BY pid"},
  };

  @Test
  void osqueryHabitsRunUnchangedAndAgreeWithTheNativeSchema() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:hostsql:schema=osquery")) {
      for (String[] pair : PAIRS) {
        List<String> got = rows(c, pair[0]);
        assertTrue(!got.isEmpty(), pair[0]);
        assertEquals(rows(c, pair[1]), got, pair[0]);
      }
    }
  }

  @Test
  void datetimeFormatsEpochSecondsAsSqliteDoes() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:hostsql:schema=osquery")) {
      // 1700000000 is 2023-11-14 22:13:20 UTC (date -u -d @1700000000).
      assertEquals(List.of("2023-11-14 22:13:20|"),
          rows(c, "SELECT datetime(1700000000, 'unixepoch')"));
      assertEquals(List.of("null|"), rows(c, "SELECT datetime(1700000000, 'no-such-modifier')"));
    }
  }
}
