package io.hostsql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * LIKE, SIMILAR TO and regular expressions: SQL's meaning (hand-written expectations), and
 * patterns that make a backtracking matcher run for minutes finish at once.
 */
class PatternsTest {
  private Connection c;

  @BeforeEach
  void connect() throws SQLException {
    c = DriverManager.getConnection("jdbc:hostsql:");
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  private String value(String expression) throws SQLException {
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT " + expression + " FROM (VALUES 1)")) {
      assertTrue(rs.next());
      return rs.getString(1);
    }
  }

  @Test
  void likeSimilarAndRegularExpressionsMeanWhatSqlSays() throws SQLException {
    String[][] cases = {
        {"'abc' LIKE 'a%'", "true"}, {"'abc' LIKE 'A%'", "false"},
        {"'abc' LIKE 'a_c'", "true"}, {"'abbc' LIKE 'a_c'", "false"},
        {"'a.c' LIKE 'a.c'", "true"}, {"'abc' LIKE 'a.c'", "false"},
        {"'a_c' LIKE 'a!_c' ESCAPE '!'", "true"}, {"'abc' LIKE 'a!_c' ESCAPE '!'", "false"},
        {"'100%' LIKE '100!%' ESCAPE '!'", "true"}, {"'a(b)*' LIKE 'a(b)*'", "true"},
        {"'abc' NOT LIKE 'a%'", "false"}, {"'line1\nline2' LIKE 'line1%'", "true"},
        {"'abd' SIMILAR TO 'ab(c|d)'", "true"}, {"'abe' SIMILAR TO 'ab(c|d)'", "false"},
        {"'abd' SIMILAR TO 'a[b-c]d'", "true"}, {"'a.d' SIMILAR TO 'a_d'", "true"},
        {"'axd' SIMILAR TO 'a.d'", "false"}, {"'aaa' SIMILAR TO 'a+'", "true"},
        {"'abc' NOT SIMILAR TO 'a%'", "false"},
        {"'abbbc' RLIKE 'b+c'", "true"}, {"'ac' RLIKE 'b+c'", "false"},
        {"'ac' NOT RLIKE 'b+c'", "true"},
        {"REGEXP_CONTAINS('pid=42', '[0-9]+')", "true"},
        {"REGEXP_REPLACE('a-b-c', '-', '+')", "a+b+c"},
        {"REGEXP_REPLACE('pid=42', 'pid=([0-9]+)', 'p$1')", "p42"},
        {"REGEXP_EXTRACT('pid=42 ppid=1', 'pid=([0-9]+)')", "42"},
        {"REGEXP_EXTRACT('abc', 'x')", null},
        {"CAST(NULL AS VARCHAR) LIKE 'a%'", null},
    };
    for (String[] t : cases) {
      assertEquals(t[1], value(t[0]), t[0]);
    }
  }

  @Test
  void patternsThatBacktrackForMinutesFinishAtOnce() throws Exception {
    // A process whose command line is 20,000 characters of 'a'.
    java.lang.Process longLine = new ProcessBuilder("bash", "-c", "sleep 600; :", "x",
        "a".repeat(20_000)).start();
    try {
      assertTrue(Files.readString(Path.of("/proc/" + longLine.pid() + "/cmdline"))
          .length() > 20_000);
      runaway(longLine.pid());
    } finally {
      longLine.destroyForcibly();
      longLine.waitFor();
    }
  }

  private void runaway(long pid) throws Exception {
    String pattern = "%a".repeat(200) + "%b";
    String[] queries = {
        "SELECT count(*) FROM processes WHERE pid = " + pid + " AND cmdline LIKE '" + pattern
            + "'",
        "SELECT count(*) FROM (VALUES 1) WHERE REGEXP_CONTAINS(REPEAT('a', 20000), "
            + "'^(a+)+b$')",
        "SELECT count(*) FROM (VALUES 1) WHERE REPEAT('a', 20000) SIMILAR TO '(a|aa)+b'"};
    try (Statement s = c.createStatement()) {
      for (String sql : queries) {
        long start = System.nanoTime();
        try (ResultSet rs = s.executeQuery(sql)) {
          assertTrue(rs.next());
          assertEquals(0, rs.getLong(1), sql);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println(millis + " ms: " + sql.substring(0, 60));
        // java.util.regex backtracks on each of these for minutes.
        assertTrue(millis < 8_000, millis + " ms: " + sql);
      }
    }
  }

  @Test
  void whatRe2CannotMatchIsRefusedWithAReason() {
    SQLException e = assertThrows(SQLException.class,
        () -> value("REGEXP_CONTAINS('aa', '(a)\\1')"));
    assertTrue(e.getMessage().contains("RE2"), e.getMessage());
    SQLException other = assertThrows(SQLException.class,
        () -> value("REGEXP_INSTR('abc', 'b')"));
    assertTrue(other.getMessage().contains("linear-time"), other.getMessage());
  }
}
