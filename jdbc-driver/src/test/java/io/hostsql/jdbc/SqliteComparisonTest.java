package io.hostsql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.testing.QueryRows;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Comparisons of columns with constants of the other kind, as SQLite's affinity rules decide
 * them (sqlite.org/datatype3.html, 4.2): the expected answers are what sqlite3 gives for the
 * same comparison of a TEXT or INTEGER column, written down by hand.
 */
class SqliteComparisonTest {
  private static Process child;

  @BeforeAll
  static void spawn() throws Exception {
    ProcessBuilder pb = new ProcessBuilder("sleep", "60");
    pb.environment().put("HOSTSQL_N", "5");
    pb.environment().put("HOSTSQL_R", "0.5");
    child = pb.start();
    Thread.sleep(200);
  }

  @AfterAll
  static void reap() throws Exception {
    child.destroyForcibly();
    child.waitFor();
  }

  private static List<String> values(Connection c, String where) throws Exception {
    return QueryRows.joined(c, "SELECT name FROM process_environ WHERE pid = " + child.pid()
        + " AND name IN ('HOSTSQL_N', 'HOSTSQL_R') AND (" + where + ") ORDER BY name");
  }

  @Test
  void aTextColumnAgainstANumberComparesAsText() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:hostsql:")) {
      // value is TEXT: SQLite turns 5 into '5', 5.0 into '5.0', 0.5 into '0.5'.
      assertEquals(List.of("HOSTSQL_N|"), values(c, "value = 5"));
      assertEquals(List.of("HOSTSQL_N|"), values(c, "5 = value"));
      assertEquals(List.of(), values(c, "value = 5.0"));
      assertEquals(List.of("HOSTSQL_R|"), values(c, "value = 0.5"));
      assertEquals(List.of("HOSTSQL_R|"), values(c, "value <> 5"));
      // As text, '5' > '10' and '0.5' < '10'.
      assertEquals(List.of("HOSTSQL_N|"), values(c, "value > 10"));
      assertEquals(List.of("HOSTSQL_R|"), values(c, "value < 10"));
      // No name is a number: every one compares false, none fails.
      assertEquals(List.of(), QueryRows.joined(c, "SELECT pid FROM processes WHERE name = 5"));
      assertEquals(List.of(), QueryRows.joined(c,
          "SELECT pid FROM osquery.processes WHERE name = -1"));
    }
  }

  @Test
  void aNumericColumnAgainstTextComparesAsANumber() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:hostsql:")) {
      assertEquals(List.of("1|"), QueryRows.joined(c, "SELECT pid FROM processes WHERE "
          + "pid = '1'"));
      assertEquals(List.of("1|"), QueryRows.joined(c, "SELECT pid FROM osquery.processes "
          + "WHERE pid = ' 1 ' AND parent < '1'"));
      SQLException e = assertThrows(SQLException.class,
          () -> QueryRows.joined(c, "SELECT pid FROM processes WHERE ppid = 'abc'"));
      String m = TerminatorsTest.messages(e);
      assertTrue(m.contains("'abc'") && m.contains("ppid"), m);
      // SQLite reads '1.0' and '1e0' as the integer 1 for an INTEGER column.
      assertEquals(List.of("1|"), QueryRows.joined(c, "SELECT pid FROM processes WHERE "
          + "pid = '1.0'"));
      assertEquals(List.of("1|"), QueryRows.joined(c, "SELECT pid FROM processes WHERE "
          + "pid = '1e0'"));
    }
  }

  @Test
  void inListsMixingTypesFollowTheColumnsAffinity() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:hostsql:")) {
      // A TEXT column: each number becomes text, as for '='.
      assertEquals(List.of("HOSTSQL_N|"), values(c, "value IN (5, 'x')"));
      assertEquals(List.of("HOSTSQL_N|"), values(c, "value IN ('x', 5)"));
      assertEquals(List.of("HOSTSQL_R|"), values(c, "value IN (0.5, 7)"));
      assertEquals(List.of(), values(c, "value IN (5.0, 'x')"));
      assertEquals(List.of("HOSTSQL_R|"), values(c, "NOT (value IN (5, 'x'))"));
      // An INTEGER column: each text becomes a number, as for '='.
      assertEquals(List.of("1|"), QueryRows.joined(c, "SELECT pid FROM processes WHERE "
          + "pid IN (1, '1') ORDER BY pid"));
      assertEquals(List.of("1|", child.pid() + "|"), QueryRows.joined(c, "SELECT pid FROM "
          + "processes WHERE pid IN ('1', " + child.pid() + ") ORDER BY pid"));
      assertEquals(List.of("1|", child.pid() + "|"), QueryRows.joined(c, "SELECT pid FROM "
          + "processes WHERE pid IN (' 1 ', '" + child.pid() + ".0') ORDER BY pid"));
      assertEquals(List.of("1|"), QueryRows.joined(c, "SELECT pid FROM processes WHERE "
          + "pid IN ('1e0', -7)"));
      // A path list with a number: the number is the text '1', which names no file here.
      assertEquals(List.of("/etc/passwd|"), QueryRows.joined(c, "SELECT path FROM "
          + "osquery.file WHERE path IN ('/etc/passwd', 1)"));
      // Text no number reads as is refused naming it, as for '=' (SQLite: never equal).
      for (String list : new String[] {"(1, 'abc')", "(1, '1.5')"}) {
        SQLException e = assertThrows(SQLException.class, () -> QueryRows.joined(c,
            "SELECT pid FROM processes WHERE pid IN " + list));
        String m = TerminatorsTest.messages(e);
        assertTrue(m.contains("Wrong type") && m.contains(list.substring(4, list.length() - 1)),
            m);
      }
    }
  }
}
