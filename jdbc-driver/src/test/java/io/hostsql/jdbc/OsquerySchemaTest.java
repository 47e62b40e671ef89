package io.hostsql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.testing.QueryRows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The osquery schema against /proc and a child with known facts. */
class OsquerySchemaTest {
  private static java.lang.Process child;
  private static long started;

  @BeforeAll
  static void spawn() throws Exception {
    started = System.currentTimeMillis() / 1000;
    ProcessBuilder pb = new ProcessBuilder("sleep", "60");
    pb.environment().put("HOSTSQL_OSQ", "marker-value");
    child = pb.start();
    Path comm = Path.of("/proc/" + child.pid() + "/comm");
    for (int i = 0; i < 200 && !Files.readString(comm).strip().equals("sleep"); i++) {
      Thread.sleep(10);
    }
  }

  @AfterAll
  static void reap() throws InterruptedException {
    child.destroyForcibly();
    child.waitFor();
  }

  private static List<List<String>> rows(Connection c, String sql) throws Exception {
    return QueryRows.of(c, sql);
  }

  @Test
  void processesUseOsqueryNamesAndConventions() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:hostsql:")) {
      List<List<String>> rows = rows(c, "SELECT pid, name, path, state, parent, threads, "
          + "on_disk, user_time, start_time, resident_size, wired_size "
          + "FROM osquery.processes WHERE pid = " + child.pid());
      assertEquals(1, rows.size(), rows.toString());
      List<String> r = rows.get(0);
      assertEquals(Long.toString(child.pid()), r.get(0));
      assertEquals("sleep", r.get(1));
      assertEquals(Path.of("/proc/" + child.pid() + "/exe").toRealPath().toString(), r.get(2));
      assertEquals("S", r.get(3), "a sleeping process is state S");
      assertEquals(Long.toString(ProcessHandle.current().pid()), r.get(4));
      assertEquals("1", r.get(5));
      assertEquals("1", r.get(6), "its executable exists");
      assertTrue(Long.parseLong(r.get(7)) < 1000, "user_time in milliseconds: " + r.get(7));
      long start = Long.parseLong(r.get(8));
      assertTrue(Math.abs(start - started) <= 3, "start_time in epoch seconds: " + start
          + " vs " + started);
      long vmRss = 0;
      for (String line : Files.readAllLines(Path.of("/proc/" + child.pid() + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          vmRss = Long.parseLong(line.replaceAll("\\D", "")) * 1024;
        }
      }
      assertEquals(vmRss, Long.parseLong(r.get(9)), "resident_size is VmRSS in bytes");
      assertEquals("0", r.get(10), "Linux has no wired memory");
      String plan = rows(c, "EXPLAIN PLAN FOR SELECT name FROM osquery.processes WHERE pid = "
          + child.pid()).get(0).get(0);
      assertTrue(plan.contains("OsTableScan(table=[[os, processes]], filters=[[=(CAST($0)"),
          "the pid filter reaches the native scan: " + plan);
    }
  }

  @Test
  void environmentLoadAndUptime() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:hostsql:")) {
      assertEquals(List.of(List.of("marker-value")), rows(c, "SELECT value FROM "
          + "osquery.process_envs WHERE pid = " + child.pid() + " AND key = 'HOSTSQL_OSQ'"));
      String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
      List<List<String>> avg = rows(c, "SELECT period, average FROM osquery.load_average");
      assertEquals(List.of("1m", "5m", "15m"), avg.stream().map(r -> r.get(0)).toList());
      for (int i = 0; i < 3; i++) {
        String a = avg.get(i).get(1);
        assertTrue(a.matches("\\d+\\.\\d{6}"), "six decimals as osquery prints: " + a);
        assertTrue(Math.abs(Double.parseDouble(a) - Double.parseDouble(load[i])) < 0.5,
            a + " vs /proc/loadavg " + load[i]);
      }
      double up = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
      List<String> u = rows(c, "SELECT days, hours, minutes, seconds, total_seconds "
          + "FROM osquery.uptime").get(0);
      long total = Long.parseLong(u.get(4));
      assertTrue(Math.abs(total - up) < 3, total + " vs /proc/uptime " + up);
      assertEquals(total, Long.parseLong(u.get(0)) * 86400 + Long.parseLong(u.get(1)) * 3600
          + Long.parseLong(u.get(2)) * 60 + Long.parseLong(u.get(3)));
    }
  }

  @Test
  void schemaPropertyMakesOsqueryTheDefault() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:hostsql:schema=osquery")) {
      assertTrue(c.getWarnings() == null, "schema is Calcite's own property");
      assertEquals(List.of(List.of(Long.toString(ProcessHandle.current().pid()))),
          rows(c, "SELECT parent FROM processes WHERE pid = " + child.pid()));
    }
  }
}
