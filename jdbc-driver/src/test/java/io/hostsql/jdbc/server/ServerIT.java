package io.hostsql.jdbc.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.testing.Commands;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * hostsql serve in this JVM, reached the ways a client would: hostsql's remote URL, the stock
 * Avatica remote driver, the real sqlline, and raw HTTP for what a client should not send.
 */
class ServerIT {
  private static final long SELF = ProcessHandle.current().pid();
  private static final Path JAR = Path.of(System.getProperty("user.dir"))
      .resolve("target/hostsql.jar");
  @TempDir
  static Path dir;
  private static HostsqlServer server;

  @BeforeAll
  static void start() throws Exception {
    Path users = Files.writeString(dir.resolve("users.properties"),
        "alice: secret,hostsql\nmallory: pw,guest\n");
    server = HostsqlServer.start(new ServerConfig("127.0.0.1", 0, users, null, null,
        Set.of("process_environ"), ServerConfig.DEFAULT_MAX_REQUEST_BYTES,
        ServerConfig.DEFAULT_QUERY_TIMEOUT));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String hostsqlUrl() {
    return "jdbc:hostsql:remote:url=" + server.url() + ";user=alice;password=secret";
  }

  private static String avaticaUrl() {
    return "jdbc:avatica:remote:url=" + server.url() + ";serialization=PROTOBUF"
        + ";authentication=BASIC;avatica_user=alice;avatica_password=secret";
  }

  private static List<String> column(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  @Test
  void hostsqlRemoteUrlAvaticaDriverAndSqllineAllQueryTheServer() throws Exception {
    String sql = "SELECT name FROM processes WHERE pid = " + SELF;
    try (Connection c = DriverManager.getConnection(hostsqlUrl())) {
      assertEquals(List.of("java"), column(c, sql));
      try (var ps = c.prepareStatement("SELECT ppid FROM processes WHERE pid = ?")) {
        ps.setInt(1, (int) SELF);
        try (ResultSet rs = ps.executeQuery()) {
          assertTrue(rs.next());
          assertEquals(ProcessHandle.current().parent().orElseThrow().pid(), rs.getLong(1));
        }
      }
    }
    try (Connection c = DriverManager.getConnection(avaticaUrl())) {
      assertEquals(List.of("java"), column(c, sql));
    }
    Commands.Result r = Commands.runAllowingFailure("java", "-cp", JAR.toString(),
        "sqlline.SqlLine", "-u", avaticaUrl(), "-n", "alice", "-p", "secret",
        "--outputformat=csv", "-e", sql + ";");
    assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
    assertTrue(r.stdout().contains("'name'") && r.stdout().contains("'java'"), r.stdout());
  }

  private static HttpResponse<String> post(String url, String authorization, byte[] body)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
        .getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void wrongOrMissingCredentialsGet401AndNoData() throws Exception {
    byte[] body = "x".getBytes(StandardCharsets.UTF_8);
    for (String auth : new String[] {null, basic("alice", "wrong"), basic("nobody", "x"),
        "Bearer abc"}) {
      HttpResponse<String> r = post(server.url(), auth, body);
      assertEquals(401, r.statusCode(), String.valueOf(auth));
      assertFalse(r.body().contains("process"), r.body());
    }
    // A known user without the hostsql role is authenticated but not allowed.
    assertEquals(403, post(server.url(), basic("mallory", "pw"), body).statusCode());
    SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(
        "jdbc:hostsql:remote:url=" + server.url() + ";user=alice;password=nope")
        .createStatement().executeQuery("SELECT 1"));
    assertTrue(e.getMessage().contains("wrong or missing user and password (HTTP 401)"),
        e.getMessage());
  }

  @Test
  void aDeniedTableCannotBeReadDirectlyThroughAViewOrAJoin() throws Exception {
    try (Connection c = DriverManager.getConnection(hostsqlUrl())) {
      for (String sql : new String[] {
          "SELECT * FROM process_environ",
          "SELECT * FROM os.process_environ WHERE pid = " + SELF,
          "SELECT * FROM osquery.process_envs WHERE pid = " + SELF,
          "SELECT p.name, e.value FROM processes p JOIN process_environ e ON e.pid = p.pid",
          "SELECT count(*) FROM (SELECT pid FROM processes UNION ALL "
              + "SELECT pid FROM process_environ)"}) {
        SQLException e = assertThrows(SQLException.class, () -> column(c, sql), sql);
        // The view over the denied table is absent too (process_envs not found).
        assertTrue(e.getMessage().contains("process_environ")
            || e.getMessage().contains("'process_envs' not found"), e.getMessage());
      }
      try (ResultSet rs = c.getMetaData().getTables(null, "os", "process_environ", null)) {
        assertFalse(rs.next(), "the metadata does not list it either");
      }
      // Everything else still answers on the same connection.
      assertEquals(List.of("java"), column(c, "SELECT name FROM processes WHERE pid = " + SELF));
    }
    // Embedded connections in the same JVM are not affected: the rule is the server's.
    try (Connection c = DriverManager.getConnection("jdbc:hostsql:")) {
      assertFalse(column(c, "SELECT name FROM process_environ WHERE pid = " + SELF).isEmpty());
    }
  }

  @Test
  void clientsCannotWriteNorLoadModelsNorParsers() throws Exception {
    try (Connection c = DriverManager.getConnection(hostsqlUrl())) {
      for (String sql : new String[] {"DELETE FROM processes WHERE pid = " + SELF,
          "UPDATE processes SET nice = 5 WHERE pid = " + SELF,
          "INSERT INTO processes (pid) VALUES (1)"}) {
        assertThrows(SQLException.class, () -> c.createStatement().execute(sql), sql);
      }
      assertEquals(List.of("java"), column(c, "SELECT name FROM processes WHERE pid = " + SELF));
    }
    // Calcite's model property would mount schemas of the client's choosing on the server.
    String model = "inline:{version:'1.0',schemas:[{name:'EVIL',tables:[{name:'T',type:'view',"
        + "sql:'VALUES 1'}]}]}";
    try (Connection c = DriverManager.getConnection(hostsqlUrl() + ";model=\"" + model + "\"")) {
      SQLException e = assertThrows(SQLException.class, () -> column(c, "SELECT * FROM EVIL.T"));
      assertTrue(e.getMessage().contains("EVIL"), e.getMessage());
    }
  }

  @Test
  void badRequestsGetClearErrorsAndTheServerKeepsServing() throws Exception {
    String auth = basic("alice", "secret");
    HttpResponse<String> garbage = post(server.url(), auth,
        "\u0000\u00ffnot protobuf at all".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(500, garbage.statusCode());
    HttpResponse<String> oversized = post(server.url(), auth,
        new byte[(int) ServerConfig.DEFAULT_MAX_REQUEST_BYTES + 1]);
    assertEquals(413, oversized.statusCode());
    assertTrue(oversized.body().contains("exceeds"), oversized.body());
    // A client that sends half a request and hangs up.
    try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
      s.getOutputStream().write(("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n"
          + "Authorization: " + auth + "\r\n\r\nabc").getBytes(StandardCharsets.US_ASCII));
    }
    try (Connection c = DriverManager.getConnection(hostsqlUrl())) {
      SQLException bad = assertThrows(SQLException.class, () -> column(c, "SELEC pid"));
      assertTrue(bad.getMessage().contains("SELEC"), bad.getMessage());
      SQLException unknown = assertThrows(SQLException.class,
          () -> column(c, "SELECT * FROM no_such_table"));
      assertTrue(unknown.getMessage().contains("no_such_table"), unknown.getMessage());
      assertEquals(List.of("java"), column(c, "SELECT name FROM processes WHERE pid = " + SELF));
    }
  }

  @Test
  void theServersQueryTimeoutStopsARemoteRunawayQuery() throws Exception {
    // Avatica does not send the client's setQueryTimeout; the server's own limit applies.
    // The limit covers planning and code generation too: at 1 s the follow-up query itself
    // timed out on a machine at load 20, so the limit leaves room for it.
    try (HostsqlServer limited = HostsqlServer.start(new ServerConfig("127.0.0.1", 0, null,
        null, null, Set.of(), ServerConfig.DEFAULT_MAX_REQUEST_BYTES, 5, ServerLimits.DEFAULT,
        true));
         Connection c = DriverManager.getConnection("jdbc:hostsql:remote:url="
             + limited.url())) {
      SQLException e = assertThrows(SQLException.class, () -> column(c, "SELECT count(*) FROM "
          + "processes a, processes b, processes c, processes d, processes e, processes f"));
      assertTrue(e.getMessage().contains("timed out after 5 s"), e.getMessage());
      assertEquals(List.of("java"), column(c, "SELECT name FROM processes WHERE pid = " + SELF));
    }
  }

  @Test
  void tlsWithAKeystoreServesHttpsOnly(@TempDir Path tmp) throws Exception {
    Path keystore = tmp.resolve("server.p12");
    Commands.run("keytool", "-genkeypair", "-keystore", keystore.toString(), "-storetype",
        "PKCS12", "-storepass", "changeit", "-keypass", "changeit", "-alias", "hostsql",
        "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost",
        "-ext", "SAN=ip:127.0.0.1,dns:localhost");
    Path users = Files.writeString(tmp.resolve("users"), "alice: secret,hostsql\n");
    try (HostsqlServer tls = HostsqlServer.start(new ServerConfig("127.0.0.1", 0, users,
        keystore, "changeit", Set.of(), ServerConfig.DEFAULT_MAX_REQUEST_BYTES,
        ServerConfig.DEFAULT_QUERY_TIMEOUT))) {
      assertTrue(tls.url().startsWith("https://"), tls.url());
      String url = "jdbc:hostsql:remote:url=" + tls.url() + ";user=alice;password=secret"
          + ";truststore=" + keystore + ";truststore_password=changeit";
      try (Connection c = DriverManager.getConnection(url)) {
        assertEquals(List.of("java"), column(c, "SELECT name FROM processes WHERE pid = "
            + SELF));
      }
      // Plain HTTP to the TLS port gets no answer (Jetty waits for a handshake).
      HttpRequest plain = HttpRequest.newBuilder(URI.create(tls.url().replace("https://",
          "http://"))).timeout(java.time.Duration.ofSeconds(3))
          .header("Authorization", basic("alice", "secret"))
          .POST(HttpRequest.BodyPublishers.ofString("x")).build();
      assertThrows(java.io.IOException.class, () -> HttpClient.newHttpClient().send(plain,
          HttpResponse.BodyHandlers.ofString()));
    }
  }
}
