package io.hostsql.jdbc.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * 32 remote clients running mixed queries at once for 30 s (-Dhostsql.loadSeconds to change):
 * no query may fail, and afterwards the server holds no connection and no thread more than
 * before.
 */
class ServerLoadIT {
  private static final int CLIENTS = 32;
  private static final long SELF = ProcessHandle.current().pid();
  private static final String[] QUERIES = {
      "SELECT name, rss FROM processes ORDER BY rss DESC LIMIT 10",
      "SELECT count(*) FROM net_connections",
      "SELECT p.name, count(*) FROM processes p JOIN process_open_files f ON f.pid = p.pid "
          + "WHERE p.pid = " + SELF + " GROUP BY p.name",
      "SELECT * FROM osquery.listening_ports",
      "SELECT cpu, idle FROM cpu_times_percent",
      "SELECT * FROM load_average",
      "SELECT username, count(*) FROM processes GROUP BY username",
      "SELECT * FROM virtual_memory",
  };

  private static int threads() {
    return Thread.getAllStackTraces().size();
  }

  private static Map<String, Long> threadNames() {
    Map<String, Long> names = new java.util.TreeMap<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      names.merge(t.getName().replaceAll("\\d+", "#"), 1L, Long::sum);
    }
    return names;
  }

  @Test
  void thirtyTwoClientsForThirtySecondsFailNothingAndLeakNothing() throws Exception {
    long seconds = Long.getLong("hostsql.loadSeconds", 30);
    // Anonymous clients all count as one user: the per-user limits must admit all of them.
    try (HostsqlServer server = HostsqlServer.start(new ServerConfig("127.0.0.1", 0, null,
        null, null, Set.of(), ServerConfig.DEFAULT_MAX_REQUEST_BYTES,
        ServerConfig.DEFAULT_QUERY_TIMEOUT, new ServerLimits(CLIENTS, 8 * CLIENTS, CLIENTS,
        2 * CLIENTS), true))) {
      String url = "jdbc:hostsql:remote:url=" + server.url();
      try (Connection warm = DriverManager.getConnection(url);
           Statement s = warm.createStatement()) {
        s.executeQuery(QUERIES[0]).close();
      }
      Thread.sleep(2L * HostsqlServer.POOL_IDLE_MILLIS);
      int before = threads();
      Map<String, Long> namesBefore = threadNames();

      AtomicLong done = new AtomicLong();
      ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
      long deadline = System.nanoTime() + seconds * 1_000_000_000L;
      List<Thread> clients = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        int id = i;
        Thread t = new Thread(() -> {
          try (Connection c = DriverManager.getConnection(url);
               PreparedStatement byPid = c.prepareStatement(
                   "SELECT name, ppid FROM processes WHERE pid = ?")) {
            for (int n = id; System.nanoTime() < deadline; n++) {
              try {
                if (n % (QUERIES.length + 1) == QUERIES.length) {
                  byPid.setInt(1, (int) SELF);
                  try (ResultSet rs = byPid.executeQuery()) {
                    if (!rs.next() || !"java".equals(rs.getString(1))) {
                      failures.add("pid lookup of the test JVM found no java row");
                    }
                  }
                } else {
                  try (Statement s = c.createStatement();
                       ResultSet rs = s.executeQuery(QUERIES[n % (QUERIES.length + 1)])) {
                    while (rs.next()) {
                      rs.getObject(1);
                    }
                  }
                }
                done.incrementAndGet();
              } catch (Exception e) {
                failures.add(e.toString());
              }
            }
          } catch (Exception e) {
            failures.add("client " + id + ": " + e);
          }
        }, "load-client-" + i);
        clients.add(t);
        t.start();
      }
      for (Thread t : clients) {
        t.join();
      }
      assertTrue(failures.isEmpty(), failures.size() + " failed, first: " + failures.peek());
      assertTrue(done.get() > CLIENTS, "queries done: " + done.get());
      System.out.printf("ServerLoadIT: %d clients, %d s, %d queries (%.0f/s), 0 failed%n",
          CLIENTS, seconds, done.get(), done.get() / (double) seconds);

      assertEquals(0, server.openConnections(), "every client's connection is closed");
      int after = threads();
      for (int i = 0; i < 120 && after > before; i++) {
        // Jetty retires one idle request thread per POOL_IDLE_MILLIS.
        Thread.sleep(500);
        after = threads();
      }
      assertTrue(after <= before, "threads before " + before + " " + namesBefore + ", after "
          + after + " " + threadNames());
    }
  }
}
