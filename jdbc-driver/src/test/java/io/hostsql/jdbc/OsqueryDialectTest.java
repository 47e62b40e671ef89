package io.hostsql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import io.hostsql.os.testing.QueryRows;
import java.sql.Connection;
import java.sql.DriverManager;
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
  private static java.net.ServerSocket listener;
  private static java.net.Socket client;
  private static java.net.Socket accepted;
  private static int port;

  @BeforeAll
  static void spawn() throws Exception {
    listener = new java.net.ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress());
    port = listener.getLocalPort();
    client = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port);
    accepted = listener.accept();
    for (int i = 0; i < 3; i++) {
      ProcessBuilder pb = new ProcessBuilder("sleep", "60" + i);
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
  static void reap() throws Exception {
    accepted.close();
    client.close();
    listener.close();
    for (java.lang.Process p : CHILDREN) {
      p.destroyForcibly();
      p.waitFor();
    }
  }

  private static List<String> rows(Connection c, String sql) throws Exception {
    return QueryRows.joined(c, sql);
  }

  /** Each pair: the osquery-dialect query, and the native one that must return the same. */
  private static String[][] pairs() {
    String child = Long.toString(CHILDREN.get(0).pid());
    return new String[][] {
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
          "SELECT 'sleep 600,sleep 601,sleep 602'"},
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
      // The tables beyond processes, joins among them included.
      {"SELECT p.name, l.port, l.protocol FROM listening_ports l JOIN processes p USING (pid) "
          + "WHERE l.port = " + port,
          "SELECT p.name, c.laddr_port, 6 FROM os.net_connections c JOIN os.processes p "
          + "ON p.pid = c.pid WHERE c.status = 'LISTEN' AND c.laddr_port = " + port},
      {"SELECT s.local_port, s.state FROM process_open_sockets s WHERE s.pid = " + SELF
          + " AND s.remote_port = " + port,
          "SELECT laddr_port, status FROM os.net_connections WHERE pid = " + SELF
          + " AND raddr_port = " + port},
      {"SELECT p.name, u.username, s.local_port FROM process_open_sockets s "
          + "JOIN processes p USING (pid) JOIN users u ON u.uid = p.uid "
          + "WHERE s.state = 'LISTEN' AND s.local_port = " + port,
          "SELECT p.name, a.name, c.laddr_port FROM os.net_connections c "
          + "JOIN os.processes p ON p.pid = c.pid JOIN os.user_accounts a ON a.uid = p.uid "
          + "WHERE c.status = 'LISTEN' AND c.laddr_port = " + port},
      {"SELECT count(*) FROM process_open_files WHERE pid = " + SELF
          + " AND path LIKE '%.jar'",
          "SELECT count(*) FROM os.process_fds WHERE pid = " + SELF
          + " AND target LIKE '%.jar'"},
      {"SELECT p.name, f.fd FROM processes p JOIN process_open_files f USING (pid) "
          + "WHERE p.pid = " + SELF + " AND f.path LIKE '%.jar' ORDER BY f.fd",
          "SELECT p.name, f.fd FROM os.processes p JOIN os.process_fds f ON f.pid = p.pid "
          + "WHERE p.pid = " + SELF + " AND f.target LIKE '%.jar' ORDER BY f.fd"},
      {"SELECT count(*) FROM process_memory_map WHERE pid = " + child
          + " AND path LIKE '%libc%' AND permissions LIKE '%x%'",
          "SELECT count(*) FROM os.process_mappings WHERE pid = " + child
          + " AND path LIKE '%libc%' AND perms LIKE '%x%'"},
      {"SELECT DISTINCT path FROM process_memory_map WHERE pid = " + child + " AND pseudo = 1 "
          + "AND path = '[stack]'",
          "SELECT DISTINCT path FROM os.process_mappings WHERE pid = " + child
          + " AND inode = 0 AND path = '[stack]'"},
      {"SELECT username, directory FROM users WHERE uid = 0",
          "SELECT name, home FROM os.user_accounts WHERE uid = 0"},
      {"SELECT DISTINCT u.username FROM processes p JOIN users u ON p.uid = u.uid "
          + "WHERE p.parent = " + SELF,
          "SELECT DISTINCT a.name FROM os.processes p JOIN os.user_accounts a ON p.uid = a.uid "
          + "WHERE p.ppid = " + SELF},
      {"SELECT count(*) FROM logged_in_users",
          "SELECT count(*) FROM os.users"},
      {"SELECT path, type, blocks_size * blocks FROM mounts WHERE path = '/'",
          "SELECT mountpoint, fstype, block_size * blocks FROM os.mounts "
          + "WHERE mountpoint = '/'"},
      {"SELECT a.interface, a.address, d.mtu FROM interface_addresses a "
          + "JOIN interface_details d USING (interface) WHERE a.address = '127.0.0.1'",
          "SELECT a.nic, a.address, s.mtu FROM os.net_if_addrs a JOIN os.net_if_stats s "
          + "ON s.nic = a.nic WHERE a.address = '127.0.0.1'"},
      {"SELECT interface FROM interface_details WHERE (flags & 8) > 0",
          "SELECT nic FROM os.net_if_stats WHERE flags LIKE '%loopback%'"},
      {"SELECT hostname, cpu_logical_cores, cpu_brand FROM system_info",
          "SELECT hostname, cpu_count_logical, cpu_brand FROM os.host"},
      {"SELECT platform, codename, arch FROM os_version",
          "SELECT (SELECT value FROM os.os_release WHERE name = 'ID'), "
          + "(SELECT value FROM os.os_release WHERE name = 'VERSION_CODENAME'), machine "
          + "FROM os.host"},
      {"SELECT count(*) FROM cpu_time",
          "SELECT count(*) FROM os.cpu_times WHERE cpu <> 'total'"},
      {"SELECT memory_total, swap_total FROM memory_info",
          "SELECT (SELECT value FROM os.meminfo WHERE name = 'MemTotal'), "
          + "(SELECT value FROM os.meminfo WHERE name = 'SwapTotal')"},
      {"SELECT count(*) FROM load_average WHERE period IN ('1m', '5m', '15m')",
          "SELECT 3"},
      // A bare user is the column, as in SQLite, not SQL's session-user function.
      {"SELECT count(*) FROM cpu_time WHERE user > 0",
          "SELECT count(*) FROM os.cpu_times WHERE cpu <> 'total' AND user_time > 0"},
      {"SELECT count(DISTINCT user), max(user) IS NULL FROM logged_in_users",
          "SELECT count(DISTINCT name), max(name) IS NULL FROM os.users"},
      {"SELECT user FROM (VALUES ('x')) AS t(\"user\")", "SELECT 'x'"},
    };
  }

  @Test
  void osqueryHabitsRunUnchangedAndAgreeWithTheNativeSchema() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:hostsql:schema=osquery")) {
      for (String[] pair : pairs()) {
        List<String> got = rows(c, pair[0]);
        assertTrue(!got.isEmpty(), pair[0]);
        assertEquals(rows(c, pair[1]), got, pair[0]);
      }
    }
  }

  @Test
  void aSelectAliasFiltersInWhereUnlessAColumnHasItsName() throws Exception {
    // SQLite resolves a WHERE name against the select list's aliases when no column has it
    // (osquery's vuln-management pack filters python_packages on "package_name").
    String comm = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/comm")).strip();
    try (Connection c = DriverManager.getConnection("jdbc:hostsql:schema=osquery")) {
      assertEquals(List.of(SELF + "|" + comm + "|"), rows(c, "SELECT pid, name AS process_name"
          + " FROM processes WHERE pid = " + SELF + " AND process_name = '" + comm + "';"));
      assertEquals(List.of(), rows(c, "SELECT pid, name AS process_name FROM processes"
          + " WHERE pid = " + SELF + " AND process_name = 'not-" + comm + "'"));
      // A column of that name wins: here "name" is the process's name, not the pid aliased.
      assertEquals(List.of(SELF + "|"), rows(c, "SELECT pid AS name FROM processes"
          + " WHERE pid = " + SELF + " AND name = '" + comm + "'"));
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
