package io.hostsql.jdbc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code hostsql serve} as its own process (the shaded jar, {@code java -jar}), as an attacker
 * on the machine meets it (issue 17): SIGTERM stops it within 2 s whatever runs; queries past
 * the memory limit are refused, each with SQLState 53200, on a small heap while another client
 * still gets answers; a real StackOverflowError and a real OutOfMemoryError inside a query
 * reach their client as SQLExceptions and the server keeps serving.
 */
class ServeProcessIT {
  private static final Path JAR = Path.of(System.getProperty("user.dir"))
      .resolve("target/hostsql.jar");
  private static final String JAVA = ProcessHandle.current().info().command()
      .orElse("java");

  /** A running server process and its URL; closing kills it if it still runs. */
  private record Server(Process process, String url, BufferedReader stderr)
      implements AutoCloseable {
    static Server start(List<String> jvm, String... options) throws Exception {
      assertTrue(Files.isRegularFile(JAR), "the shaded jar is built by mvn package: " + JAR);
      List<String> command = new ArrayList<>(List.of(JAVA));
      command.addAll(jvm);
      command.addAll(List.of("-jar", JAR.toString(), "serve", "--port", "0",
          "--allow-local-users"));
      command.addAll(List.of(options));
      Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(),
          StandardCharsets.UTF_8));
      String banner = err.readLine();
      if (banner == null || !banner.startsWith("hostsql: serving http://127.0.0.1:")) {
        p.destroyForcibly();
        throw new AssertionError("the server did not start: " + banner);
      }
      return new Server(p, banner.replaceAll(".*serving (\\S+) .*", "$1"), err);
    }

    Connection connect() throws SQLException {
      return DriverManager.getConnection("jdbc:hostsql:remote:url=" + url);
    }

    @Override
    public void close() throws InterruptedException {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      assertTrue(rs.next());
      return rs.getLong(1);
    }
  }

  /** Runs each query on its own connection in its own thread; what each ended with. */
  private static List<String> concurrently(Server server, List<String> queries)
      throws InterruptedException {
    ConcurrentLinkedQueue<String> outcomes = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (String q : queries) {
      Thread t = new Thread(() -> {
        try (Connection c = server.connect()) {
          outcomes.add("answered " + count(c, q));
        } catch (SQLException e) {
          outcomes.add(e.getSQLState() + " " + e.getMessage());
        }
      });
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join(120_000);
    }
    return new ArrayList<>(outcomes);
  }

  @Test
  void sigtermStopsTheServerWithinTwoSecondsWhateverRuns() throws Exception {
    try (Server server = Server.start(List.of("-Xmx256m"), "--query-timeout", "600")) {
      // A query that runs for hours, one that runs a pattern over every row of a cross join,
      // and 200 requests whose bodies never arrive.
      List<Thread> running = new ArrayList<>();
      for (String q : List.of("SELECT count(*) FROM processes a, processes b, processes c, "
          + "processes d, processes e", "SELECT count(*) FROM processes a, processes b, "
          + "processes c WHERE a.cmdline || b.cmdline LIKE '%a%a%a%a%a%a%a%a%a%a%a%a%b'")) {
        Thread t = new Thread(() -> {
          try (Connection c = server.connect()) {
            count(c, q);
          } catch (SQLException e) {
            // the server went away: expected
          }
        });
        t.setDaemon(true);
        running.add(t);
        t.start();
      }
      int port = Integer.parseInt(server.url().replaceAll(".*:", ""));
      List<Socket> slow = new ArrayList<>();
      try {
        for (int i = 0; i < 200; i++) {
          Socket s = new Socket("127.0.0.1", port);
          slow.add(s);
          OutputStream out = s.getOutputStream();
          out.write(("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/"
              + "octet-stream\r\nContent-Length: 1000\r\n\r\n0123456789")
              .getBytes(StandardCharsets.US_ASCII));
          out.flush();
        }
        Thread.sleep(3_000); // the queries are deep in their work
        assertTrue(server.process().isAlive());
        long start = System.nanoTime();
        new ProcessBuilder("kill", "-TERM", Long.toString(server.process().pid())).start()
            .waitFor(10, TimeUnit.SECONDS);
        assertTrue(server.process().waitFor(10, TimeUnit.SECONDS), "the server exited");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 2_000, "exited " + millis + " ms after SIGTERM");
      } finally {
        for (Socket s : slow) {
          s.close();
        }
      }
    }
  }

  @Test
  void queriesPastTheDefaultMemoryLimitAreRefusedOnASmallHeapAndOthersAreAnswered()
      throws Exception {
    // No --query-memory: the default, a quarter of the heap (64 MiB), and half the heap for
    // all queries together.
    try (Server server = Server.start(List.of("-Xmx256m"))) {
      List<String> heavy = List.of(
          // a sort, a grouping, a window and a hash join that would keep every pair of
          // processes with a long text (each keeps the text: an ORDER BY in a subquery, or a
          // length computed below the window, would let the planner keep nothing)
          "SELECT CHAR_LENGTH(t) FROM (SELECT REPEAT(a.name, 2000) || b.name AS t "
              + "FROM processes a, processes b) ORDER BY t",
          "SELECT count(*) FROM (SELECT REPEAT(a.name, 2000) || b.name AS t, count(*) "
              + "FROM processes a, processes b GROUP BY REPEAT(a.name, 2000) || b.name)",
          "SELECT r FROM (SELECT ROW_NUMBER() OVER (ORDER BY t) AS r FROM (SELECT "
              + "REPEAT(a.name, 2000) || b.name AS t FROM processes a, processes b))",
          "SELECT count(*) FROM (SELECT REPEAT(a.name, 2000) || b.pid AS t FROM processes a, "
              + "processes b) x JOIN (SELECT REPEAT(a.name, 2000) || b.pid AS t "
              + "FROM processes a, processes b) y ON x.t = y.t",
          "SELECT count(DISTINCT REPEAT(a.name, 100000) || b.pid) FROM processes a, "
              + "processes b",
          // texts of millions of characters, one per process (a constant this long would be
          // folded while planning, which no kept-rows limit sees: the time limit stops that,
          // and --query-allocation)
          "SELECT CHAR_LENGTH(t) FROM (SELECT REPEAT(a.name || 'x', 200000) AS t "
              + "FROM processes a) ORDER BY t");
      List<String> queries = new ArrayList<>(heavy);
      queries.add("SELECT count(*) FROM processes"); // a victim, at the same time
      List<String> outcomes = concurrently(server, queries);
      assertEquals(queries.size(), outcomes.size(), outcomes.toString());
      assertEquals(1, outcomes.stream().filter(o -> o.startsWith("answered ")).count(),
          outcomes.toString());
      for (String o : outcomes) {
        // the limit stopped each, not an exhausted heap
        assertTrue(o.startsWith("answered ") || o.startsWith("53200 ")
            && o.contains("memory limit (queryMemory") && o.contains("--query-memory"), o);
      }
      try (Connection victim = server.connect()) {
        assertTrue(count(victim, "SELECT count(*) FROM processes") > 0);
        // A listing that keeps nothing streams past any limit: every mapping of every
        // process, every column read, and a query that allocates 1.5 MB per process (some
        // hundred MB) and keeps nothing.
        try (Statement s = victim.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM process_memory_maps")) {
          int columns = rs.getMetaData().getColumnCount();
          long rows = 0;
          while (rs.next()) {
            for (int i = 1; i <= columns; i++) {
              rs.getObject(i);
            }
            rows++;
          }
          assertTrue(rows > 10, rows + " mappings");
        }
        assertTrue(count(victim, "SELECT sum(CHAR_LENGTH(REPEAT(a.name, 100000))) "
            + "FROM processes a") > 0);
      }
      assertTrue(server.process().isAlive());
      assertTrue(peakRssBytes(server.process().pid()) < 1L << 30,
          "the server's peak RSS stayed under 1 GiB");
    }
  }

  @Test
  void aRealStackOverflowAndARealOutOfMemoryBecomeSqlExceptions() throws Exception {
    // No memory limit, a string limit past the heap: REPEAT asks the heap for more than it has.
    try (Server server = Server.start(List.of("-Xmx128m"), "--query-memory", "0",
        "--max-string-length", "400000000")) {
      String chain = "SELECT " + String.join(" + ", java.util.Collections.nCopies(1240, "pid"))
          + " FROM processes";
      List<String> outcomes = concurrently(server, List.of(
          "SELECT CHAR_LENGTH(REPEAT('x', 300000000)) FROM (VALUES 1)", chain));
      assertEquals(2, outcomes.size(), outcomes.toString());
      assertTrue(outcomes.stream().anyMatch(o -> o.startsWith("53200 ")
          && o.contains("heap")), outcomes.toString());
      assertTrue(outcomes.stream().anyMatch(o -> o.startsWith("54001 ")
          && o.contains("stack")), outcomes.toString());
      try (Connection victim = server.connect()) {
        assertTrue(count(victim, "SELECT count(*) FROM processes") > 0);
      }
      assertTrue(server.process().isAlive());
    }
  }

  /** VmHWM of the process: the most memory it has had resident. */
  private static long peakRssBytes(long pid) throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
      }
    }
    throw new AssertionError("no VmHWM in /proc/" + pid + "/status");
  }
}
