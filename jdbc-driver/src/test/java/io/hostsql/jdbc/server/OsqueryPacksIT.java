package io.hostsql.jdbc.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.testing.Commands;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * osquery's Linux pack queries over the tables hostsql has (test resource
 * osquery-pack-queries.sql), exactly as the packs write them, through the embedded driver,
 * hostsql's remote URL, Avatica's stock driver and the shell. Each must run; the rootkit
 * checks ({@code file WHERE path IN (...)}) must return exactly the listed paths that exist,
 * as lstat (the JDK's, not following links) finds them.
 */
class OsqueryPacksIT {
  private static final Path JAR = Path.of(System.getProperty("user.dir"))
      .resolve("target/hostsql.jar");
  private static final Pattern IN_LIST = Pattern.compile(
      "^select \\* from file where path in \\((.*)\\);$");
  private static HostsqlServer server;
  @TempDir
  static Path dir;

  @BeforeAll
  static void start() throws Exception {
    // Loopback, no users: this test's own JVM is the only client (allowLocalUsers).
    server = HostsqlServer.start(new ServerConfig("127.0.0.1", 0, null, null, null, Set.of(),
        ServerConfig.DEFAULT_MAX_REQUEST_BYTES, ServerConfig.DEFAULT_QUERY_TIMEOUT,
        ServerLimits.DEFAULT, true));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Map<String, String> corpus() throws Exception {
    Map<String, String> out = new LinkedHashMap<>();
    String name = null;
    try (var in = OsqueryPacksIT.class.getResourceAsStream("/osquery-pack-queries.sql")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("-- ") && line.contains("/") && line.indexOf(' ', 3) < 0) {
          name = line.substring(3);
        } else if (!line.isBlank() && !line.startsWith("--")) {
          out.put(name, line);
        }
      }
    }
    return out;
  }

  /** The paths an IN list names that exist, sorted, as osquery's file table returns them. */
  static List<String> existing(String inList) {
    TreeSet<String> out = new TreeSet<>();
    for (String quoted : inList.split(",")) {
      String p = quoted.strip();
      p = p.substring(1, p.length() - 1).replace("''", "'");
      if (Files.exists(Path.of(p), LinkOption.NOFOLLOW_LINKS)) {
        out.add(p);
      }
    }
    return new ArrayList<>(out);
  }

  private static void runAll(String url) throws Exception {
    Map<String, String> corpus = corpus();
    assertEquals(75, corpus.size());
    try (Connection c = DriverManager.getConnection(url)) {
      c.setSchema("osquery");
      for (Map.Entry<String, String> q : corpus.entrySet()) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(q.getValue())) {
          List<String> paths = new ArrayList<>();
          boolean hasPath = rs.getMetaData().getColumnLabel(1).equalsIgnoreCase("path");
          while (rs.next()) {
            if (hasPath) {
              paths.add(rs.getString(1));
            }
          }
          Matcher m = IN_LIST.matcher(q.getValue());
          if (m.matches()) {
            assertEquals(existing(m.group(1)), paths, q.getKey());
          }
        } catch (SQLException e) {
          throw new AssertionError(q.getKey() + ": " + q.getValue() + " (" + url + ")", e);
        }
      }
    }
  }

  @Test
  void embedded() throws Exception {
    runAll("jdbc:hostsql:");
  }

  @Test
  void hostsqlRemote() throws Exception {
    runAll("jdbc:hostsql:remote:url=" + server.url());
  }

  @Test
  void avaticaRemote() throws Exception {
    runAll("jdbc:avatica:remote:url=" + server.url() + ";serialization=PROTOBUF");
  }

  @Test
  void shell() throws Exception {
    // The shell runs a script of all the queries, one after another.
    StringBuilder script = new StringBuilder();
    for (Map.Entry<String, String> q : corpus().entrySet()) {
      script.append("-- ").append(q.getKey()).append('\n').append(q.getValue()).append('\n');
    }
    Path file = Files.writeString(dir.resolve("packs.sql"), script);
    Commands.Result r = Commands.runAllowingFailure("java", "-jar", JAR.toString(),
        "--url", "jdbc:hostsql:schema=osquery", "--format", "csv", "-f", file.toString());
    assertEquals(0, r.exitCode(), r.stderr());
    // The csv headers of the queries over osquery_schedule's interval and the time table.
    assertTrue(r.stdout().contains("name,interval,executions,"), r.stdout());
    assertTrue(r.stdout().contains(",counter\n"), r.stdout());
  }
}
