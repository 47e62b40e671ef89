package io.hostsql.jdbc.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import org.apache.calcite.avatica.QueryState;
import org.apache.calcite.avatica.remote.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacks of a second user on the same server (issue 17), each against a running server
 * on loopback with two users: the attack fails and the victim's work is intact and answering.
 * Every loop is bounded and every socket, connection and thread is closed.
 */
class ServerAttackIT {
  private static final long SELF = ProcessHandle.current().pid();
  private static final ServerLimits LIMITS = new ServerLimits(16, 64, 8, 64);
  private static final int TIMEOUT_SECONDS = 30;
  @TempDir
  static Path dir;
  private static HostsqlServer server;

  @BeforeAll
  static void start() throws Exception {
    Path users = Files.writeString(dir.resolve("users.properties"),
        "alice: secret,hostsql\nbob: hunter2,hostsql\n");
    server = HostsqlServer.start(new ServerConfig("127.0.0.1", 0, users, null, null,
        Set.of("process_environ"), ServerConfig.DEFAULT_MAX_REQUEST_BYTES, TIMEOUT_SECONDS,
        LIMITS, false));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static RawAvatica alice() {
    return new RawAvatica(server.url(), "alice", "secret");
  }

  private static RawAvatica bob() {
    return new RawAvatica(server.url(), "bob", "hunter2");
  }

  private static Connection aliceJdbc() throws SQLException {
    return DriverManager.getConnection("jdbc:hostsql:remote:url=" + server.url()
        + ";user=alice;password=secret");
  }

  private static String selfName(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT name FROM processes WHERE pid = " + SELF)) {
      assertTrue(rs.next());
      return rs.getString(1);
    }
  }

  @Test
  void anotherUsersStatementsAndConnectionsAnswerAsIdsThatDoNotExist() throws Exception {
    hijackFails(alice(), bob());
  }

  /**
   * {@code bob} fetches, re-runs, syncs and closes {@code alice}'s statement and closes and
   * reopens her connection, by their ids: every attempt answers as for an id that does not
   * exist, and alice's rows are where she left them.
   */
  static void hijackFails(RawAvatica alice, RawAvatica bob) throws Exception {
    String conn = UUID.randomUUID().toString();
    assertInstanceOf(Service.OpenConnectionResponse.class,
        alice.send(new Service.OpenConnectionRequest(conn, Map.of())));
    int id = ((Service.CreateStatementResponse) alice.send(
        new Service.CreateStatementRequest(conn))).statementId;
    Service.ExecuteResponse first = (Service.ExecuteResponse) alice.send(
        new Service.PrepareAndExecuteRequest(conn, id, "VALUES 101, 102, 103", -1, 1));
    String firstRows = first.results.get(0).firstFrame.rows.toString();
    assertTrue(firstRows.contains("101") && !firstRows.contains("102"), firstRows);
    int unknown = id + 1_000_000;
    List<IntFunction<Service.Request>> attacks = List.of(
        s -> new Service.FetchRequest(conn, s, 1, 100),
        s -> new Service.PrepareAndExecuteRequest(conn, s, "VALUES 666", -1, 10),
        s -> new Service.SyncResultsRequest(conn, s, new QueryState("VALUES 666"), 0),
        s -> new Service.FetchRequest("no-such-connection", s, 1, 100),
        s -> new Service.CloseStatementRequest(conn, s));
    for (IntFunction<Service.Request> attack : attacks) {
      String onUnknown = bob.outcome(attack.apply(unknown));
      assertEquals(onUnknown, bob.outcome(attack.apply(id)), "no oracle, no effect");
    }
    // The connection id: closing it and opening one of that id answer as for a fresh id.
    assertEquals(bob.outcome(new Service.CloseConnectionRequest(UUID.randomUUID().toString())),
        bob.outcome(new Service.CloseConnectionRequest(conn)));
    assertEquals("OpenConnectionResponse",
        bob.outcome(new Service.OpenConnectionRequest(conn, Map.of())));
    int bobs = ((Service.CreateStatementResponse) bob.send(
        new Service.CreateStatementRequest(conn))).statementId;
    String bobsRows = bob.outcome(new Service.PrepareAndExecuteRequest(conn, bobs,
        "VALUES 666", -1, 10));
    assertTrue(bobsRows.startsWith("execute missingStatement=false"), bobsRows);
    // Alice's statement is where she left it: the rest of her rows, none of bob's.
    String rest = alice.outcome(new Service.FetchRequest(conn, id, 1, 100));
    assertTrue(rest.contains("102") && rest.contains("103") && !rest.contains("666")
        && !rest.contains("missingStatement=true"), rest);
    // And the owner is still told when an id of theirs is wrong.
    assertNotEquals(rest, alice.outcome(new Service.FetchRequest(conn, unknown, 1, 100)));
    alice.send(new Service.CloseConnectionRequest(conn));
    bob.send(new Service.CloseConnectionRequest(conn));
  }

  @Test
  void aFloodOfConnectionsIsRefusedAndEvictsNobody() throws Exception {
    try (Connection victim = aliceJdbc()) {
      assertEquals("java", selfName(victim));
      RawAvatica bob = bob();
      List<String> opened = new ArrayList<>();
      String refusal = null;
      for (int i = 0; i < 500; i++) {
        String id = UUID.randomUUID().toString();
        Service.Response r = bob.send(new Service.OpenConnectionRequest(id, Map.of()));
        if (r instanceof Service.ErrorResponse e) {
          refusal = e.errorMessage;
        } else {
          opened.add(id);
        }
      }
      assertEquals(LIMITS.connectionsPerUser(), opened.size());
      assertTrue(refusal != null && refusal.contains("too many open connections"), refusal);
      // The victim's idle connection was not evicted and still answers.
      assertEquals("java", selfName(victim));
      for (String id : opened) {
        bob.send(new Service.CloseConnectionRequest(id));
      }
      // Closed connections no longer count.
      String again = UUID.randomUUID().toString();
      assertEquals("OpenConnectionResponse",
          bob.outcome(new Service.OpenConnectionRequest(again, Map.of())));
      bob.send(new Service.CloseConnectionRequest(again));
    }
  }

  @Test
  void statementsPastTheLimitAreRefused() throws Exception {
    RawAvatica bob = bob();
    String conn = UUID.randomUUID().toString();
    bob.send(new Service.OpenConnectionRequest(conn, Map.of()));
    int made = 0;
    String refusal = null;
    for (int i = 0; i < 2 * LIMITS.statementsPerUser(); i++) {
      Service.Response r = bob.send(new Service.CreateStatementRequest(conn));
      if (r instanceof Service.ErrorResponse e) {
        refusal = e.errorMessage;
      } else {
        made++;
      }
    }
    assertEquals(LIMITS.statementsPerUser(), made);
    assertTrue(refusal != null && refusal.contains("too many open statements"), refusal);
    bob.send(new Service.CloseConnectionRequest(conn));
    try (Connection victim = aliceJdbc()) {
      assertEquals("java", selfName(victim));
    }
  }

  @Test
  void slowBodiesHoldNoThreadAndAreDropped() throws Exception {
    String auth = "Basic " + Base64.getEncoder().encodeToString(
        "bob:hunter2".getBytes(StandardCharsets.UTF_8));
    try (Connection victim = aliceJdbc()) {
      assertEquals("java", selfName(victim));
      List<Socket> slow = new ArrayList<>();
      try {
        for (int i = 0; i < 200; i++) {
          Socket s = new Socket("127.0.0.1", server.port());
          slow.add(s);
          s.getOutputStream().write(("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n"
              + "Authorization: " + auth + "\r\n\r\n0123456789")
              .getBytes(StandardCharsets.US_ASCII));
          s.getOutputStream().flush();
        }
        long start = System.nanoTime();
        try (Statement st = victim.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM processes")) {
          assertTrue(rs.next());
          assertTrue(rs.getLong(1) > 0);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 2_000, "the victim waited " + millis + " ms");
        // Past the deadline each slow request is answered 408 and closed.
        Socket one = slow.get(0);
        one.setSoTimeout((int) RequestLimitHandler.BODY_DEADLINE_MILLIS + 5_000);
        String reply = new String(readAll(one.getInputStream()), StandardCharsets.UTF_8);
        assertTrue(reply.startsWith("HTTP/1.1 408"), reply);
        assertFalse(reply.contains("Exception"), reply);
      } finally {
        for (Socket s : slow) {
          s.close();
        }
      }
      assertEquals("java", selfName(victim));
    }
  }

  private static byte[] readAll(InputStream in) throws java.io.IOException {
    return in.readNBytes(64 * 1024);
  }

  @Test
  void noReplyCarriesAStackTrace() throws Exception {
    for (String header : new String[] {"Basic !!!!", "Basic", "Basic " + Base64.getEncoder()
        .encodeToString("no-colon".getBytes(StandardCharsets.UTF_8)), "Digest x"}) {
      HttpRequest r = HttpRequest.newBuilder(URI.create(server.url()))
          .timeout(Duration.ofSeconds(10)).header("Authorization", header)
          .POST(HttpRequest.BodyPublishers.ofString("x")).build();
      HttpResponse<String> reply = HttpClient.newHttpClient().send(r,
          HttpResponse.BodyHandlers.ofString());
      assertTrue(reply.statusCode() >= 400, header + ": " + reply.statusCode());
      assertFalse(reply.body().contains("at org.") || reply.body().contains("Exception")
          || reply.body().contains("java."), header + ": " + reply.body());
    }
    // A failing statement's reply: the error's messages, no server frames.
    RawAvatica alice = alice();
    String conn = UUID.randomUUID().toString();
    alice.send(new Service.OpenConnectionRequest(conn, Map.of()));
    int id = ((Service.CreateStatementResponse) alice.send(
        new Service.CreateStatementRequest(conn))).statementId;
    Service.ErrorResponse e = (Service.ErrorResponse) alice.send(
        new Service.PrepareAndExecuteRequest(conn, id, "SELECT * FROM no_such_table", -1, 10));
    assertTrue(e.errorMessage.contains("no_such_table"), e.errorMessage);
    String sent = String.join("\n", e.exceptions);
    assertFalse(sent.contains("\tat ") || sent.contains(conn.equals("") ? "x" : "org.apache"
        + ".calcite.avatica.jdbc.JdbcMeta"), sent);
    alice.send(new Service.CloseConnectionRequest(conn));
  }

  private static java.util.TreeSet<String> tables(java.sql.DatabaseMetaData md)
      throws SQLException {
    java.util.TreeSet<String> names = new java.util.TreeSet<>();
    try (ResultSet rs = md.getTables(null, null, "%", null)) {
      while (rs.next()) {
        names.add(rs.getString("TABLE_SCHEM") + "." + rs.getString("TABLE_NAME"));
      }
    }
    return names;
  }

  @Test
  void aDeniedTableAndTheViewsOverItAreLeftOutOfEveryMetadataCall() throws Exception {
    java.util.TreeSet<String> all;
    try (Connection embedded = DriverManager.getConnection("jdbc:hostsql:")) {
      all = tables(embedded.getMetaData());
    }
    assertTrue(all.contains("os.process_environ") && all.contains("osquery.process_envs"),
        all.toString());
    try (Connection c = aliceJdbc()) {
      java.sql.DatabaseMetaData md = c.getMetaData();
      java.util.TreeSet<String> expected = new java.util.TreeSet<>(all);
      expected.remove("os.process_environ");
      expected.remove("osquery.process_envs");
      assertEquals(expected, tables(md));
      for (String schema : new String[] {null, "os", "osquery"}) {
        java.util.Set<String> seen = new java.util.TreeSet<>();
        try (ResultSet rs = md.getColumns(null, schema, "%", "%")) {
          while (rs.next()) {
            seen.add(rs.getString("TABLE_SCHEM") + "." + rs.getString("TABLE_NAME"));
          }
        }
        assertFalse(seen.isEmpty(), String.valueOf(schema));
        assertFalse(seen.contains("os.process_environ") || seen.contains("osquery.process_envs"),
            seen.toString());
      }
      try (Statement s = c.createStatement();
           ResultSet rs = s.executeQuery("SELECT count(*) FROM \"metadata\".COLUMNS WHERE "
               + "\"tableName\" IN ('process_environ', 'process_envs')")) {
        assertTrue(rs.next());
        assertEquals(0, rs.getLong(1));
      }
      assertEquals("java", selfName(c));
    }
  }

  @Test
  void hugeStringsAreRefusedPerQueryAndTheServerKeepsServing() throws Exception {
    List<Thread> threads = new ArrayList<>();
    java.util.concurrent.ConcurrentLinkedQueue<String> outcomes =
        new java.util.concurrent.ConcurrentLinkedQueue<>();
    for (int i = 0; i < 6; i++) {
      Thread t = new Thread(() -> {
        try (Connection bob = DriverManager.getConnection("jdbc:hostsql:remote:url="
            + server.url() + ";user=bob;password=hunter2");
             Statement s = bob.createStatement();
             ResultSet rs = s.executeQuery("SELECT CHAR_LENGTH(REPEAT('x', 1000000000)) "
                 + "FROM (VALUES 1)")) {
          outcomes.add("answered " + rs.next());
        } catch (SQLException e) {
          outcomes.add(e.getMessage());
        }
      });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join(60_000);
    }
    assertEquals(6, outcomes.size(), outcomes.toString());
    for (String o : outcomes) {
      assertTrue(o.contains("more than the limit"), o);
    }
    try (Connection victim = aliceJdbc()) {
      assertEquals("java", selfName(victim));
    }
  }

  @Test
  void aBacktrackingPatternAnswersInLinearTimeAndACrossJoinOfItStopsAtTheTimeout()
      throws Exception {
    // The pattern ran for minutes on java.util.regex; a linear matcher answers at once.
    String pattern = "%" + "a%".repeat(200) + "b";
    try (Connection c = DriverManager.getConnection("jdbc:hostsql:remote:url=" + server.url()
        + ";user=bob;password=hunter2");
         Statement s = c.createStatement()) {
      long start = System.nanoTime();
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM processes WHERE cmdline LIKE '"
          + pattern + "'")) {
        assertTrue(rs.next());
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(millis < TIMEOUT_SECONDS * 1000L, "answered after " + millis + " ms");
      // Over every six processes it runs far past the limit, even on a machine of 70
      // processes (10^11 rows). Four were enough while each inner scan re-read /proc; since a
      // repeated scan is read once per statement, four answered 24 million rows in 2 s.
      start = System.nanoTime();
      SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM processes a, processes b, "
            + "processes c, processes d, processes e, processes f WHERE a.cmdline || b.cmdline"
            + " || c.name || d.name || e.name || f.name LIKE '" + pattern + "'")) {
          rs.next();
        }
      });
      millis = (System.nanoTime() - start) / 1_000_000;
      assertEquals("57014", e.getSQLState(), e.getMessage());
      assertTrue(millis < TIMEOUT_SECONDS * 1000L + 1_000, "stopped after " + millis + " ms");
    }
    try (Connection victim = aliceJdbc()) {
      assertEquals("java", selfName(victim));
    }
  }

  /** /proc's name for a process, or null when it has exited. */
  private static String commOrGone(long pid) throws java.io.IOException {
    try {
      return Files.readString(Path.of("/proc/" + pid + "/comm")).strip();
    } catch (java.nio.file.NoSuchFileException gone) {
      return null;
    }
  }

  @Test
  void tenThousandTermInListsAnswerThroughTheServer() throws Exception {
    StringBuilder pids = new StringBuilder(Long.toString(SELF));
    StringBuilder names = new StringBuilder("'java'");
    for (int i = 1; i < 10_000; i++) {
      pids.append(", ").append(SELF + i * 7919L);
      names.append(", 'no-such-name-").append(i).append('\'');
    }
    try (Connection c = aliceJdbc(); Statement s = c.createStatement()) {
      for (String sql : List.of("SELECT pid FROM processes WHERE pid IN (" + pids + ")",
          "SELECT pid FROM processes WHERE name IN (" + names + ")")) {
        long start = System.nanoTime();
        List<Long> found = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
          while (rs.next()) {
            found.add(rs.getLong(1));
          }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(found.contains(SELF), found.toString());
        for (long pid : found) {
          // Every row is a listed pid, or a process /proc calls java (unless it has exited
          // since: other builds start and stop JVMs all the time).
          assertTrue(pid == SELF || (pid - SELF) % 7919 == 0 || commOrGone(pid) == null
              || commOrGone(pid).equals("java"), pid + " from " + sql.substring(0, 40));
        }
        assertTrue(millis < TIMEOUT_SECONDS * 1000L, "answered after " + millis + " ms");
      }
    }
  }
}
