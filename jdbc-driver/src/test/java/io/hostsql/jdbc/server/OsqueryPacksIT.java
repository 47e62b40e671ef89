package io.hostsql.jdbc.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.testing.Commands;
import io.hostsql.os.testing.QueryRows;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 *
 * <p>Then a corpus of osquery-dialect queries that name columns and tables by SQL words
 * ({@code time}, {@code end}, {@code offset}, {@code user}, {@code uuid}, {@code interval}),
 * unquoted and ended as SQLite lets them: each gives the rows of the same query written with
 * every such name double-quoted (what the names meant before they parsed unquoted), and the
 * time table's year is the clock's.
 */
class OsqueryPacksIT {
  private static final Path JAR = Path.of(System.getProperty("user.dir"))
      .resolve("target/hostsql.jar");
  private static final Pattern IN_LIST = Pattern.compile(
      "^select \\* from file where path in \\((.*)\\);$");
  private static HostsqlServer server;
  private static java.lang.Process child;
  @TempDir
  static Path dir;

  @BeforeAll
  static void start() throws Exception {
    // Loopback, no users: this test's own JVM is the only client (allowLocalUsers).
    server = HostsqlServer.start(new ServerConfig("127.0.0.1", 0, null, null, null, Set.of(),
        ServerConfig.DEFAULT_MAX_REQUEST_BYTES, ServerConfig.DEFAULT_QUERY_TIMEOUT,
        ServerLimits.DEFAULT, true));
    child = new ProcessBuilder("sleep", "600").start();
    Path comm = Path.of("/proc/" + child.pid() + "/comm");
    for (int i = 0; i < 200 && !Files.readString(comm).strip().equals("sleep"); i++) {
      Thread.sleep(10);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    child.destroyForcibly();
    child.waitFor();
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

  /** Pairs: the query as osquery users write it, and the same with the names quoted. */
  private static List<String[]> namesCorpus() {
    long pid = child.pid();
    return List.of(
        new String[] {"select year, month, day, timezone from time;",
            "SELECT \"year\", \"month\", \"day\", \"timezone\" FROM \"time\""},
        new String[] {"SELECT t.year FROM time AS t WHERE t.year > 2000 LIMIT 1 OFFSET 0; -- end",
            "SELECT \"t\".\"year\" FROM \"time\" AS \"t\" WHERE \"t\".\"year\" > 2000 "
                + "FETCH FIRST 1 ROWS ONLY"},
        new String[] {"select start, end, offset, permissions from process_memory_map where pid = "
            + pid + " order by start;",
            "SELECT \"start\", \"end\", \"offset\", \"permissions\" FROM \"process_memory_map\" "
                + "WHERE \"pid\" = " + pid + " ORDER BY \"start\""},
        new String[] {"select m.offset, count(*) as n from process_memory_map m join processes p "
            + "on p.pid = m.pid where p.pid = " + pid + " and m.offset = 0 group by m.offset;",
            "SELECT \"m\".\"offset\", COUNT(*) AS \"n\" FROM \"process_memory_map\" \"m\" JOIN "
                + "\"processes\" \"p\" ON \"p\".\"pid\" = \"m\".\"pid\" WHERE \"p\".\"pid\" = "
                + pid + " AND \"m\".\"offset\" = 0 GROUP BY \"m\".\"offset\""},
        new String[] {"select user, type, time from logged_in_users order by time, user;",
            "SELECT \"user\", \"type\", \"time\" FROM \"logged_in_users\" "
                + "ORDER BY \"time\", \"user\""},
        new String[] {"select uuid, username from users where uid = 0;;",
            "SELECT \"uuid\", \"username\" FROM \"users\" WHERE \"uid\" = 0"},
        new String[] {"select hostname, uuid from system_info",
            "SELECT \"hostname\", \"uuid\" FROM \"system_info\""},
        new String[] {"select name, interval from osquery_schedule where interval > 0 "
            + "order by interval desc;",
            "SELECT \"name\", \"interval\" FROM \"osquery_schedule\" WHERE \"interval\" > 0 "
                + "ORDER BY \"interval\" DESC"},
        new String[] {"select i.version, time.year from osquery_info i, time;",
            "SELECT \"i\".\"version\", \"time\".\"year\" FROM \"osquery_info\" \"i\", \"time\""});
  }

  private static void runAll(String url) throws Exception {
    Map<String, String> corpus = corpus();
    assertEquals(85, corpus.size());
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
      for (String[] q : namesCorpus()) {
        assertEquals(QueryRows.joined(c, q[1]), QueryRows.joined(c, q[0]), q[0] + " on " + url);
      }
      String year = String.valueOf(LocalDate.now(ZoneOffset.UTC).getYear());
      assertEquals(List.of(year + "|"), QueryRows.joined(c, "select year from time;"));
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
    String out = shell("packs.sql", script.toString());
    // The csv headers of the queries over osquery_schedule's interval and the time table.
    assertTrue(out.contains("name,interval,executions,"), out);
    assertTrue(out.contains(",counter\n"), out);
  }

  @Test
  void shellNames() throws Exception {
    // A script needs each statement ended; JDBC takes the one bare query as it is.
    String plain = shell("plain.sql", namesCorpus().stream()
        .map(q -> q[0].contains(";") ? q[0] : q[0] + ";").collect(Collectors.joining("\n")));
    String quoted = shell("quoted.sql",
        namesCorpus().stream().map(q -> q[1] + ";").collect(Collectors.joining("\n")));
    assertTrue(plain.contains("start,end,offset,permissions"), plain);
    assertEquals(quoted, plain);
  }

  private static String shell(String name, String script) throws Exception {
    Path file = Files.writeString(dir.resolve(name), script + "\n");
    Commands.Result r = Commands.runAllowingFailure("java", "-jar", JAR.toString(),
        "--url", "jdbc:hostsql:schema=osquery", "--format", "csv", "-f", file.toString());
    assertEquals(0, r.exitCode(), r.stderr());
    return r.stdout();
  }
}
