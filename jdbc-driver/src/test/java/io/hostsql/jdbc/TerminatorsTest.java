package io.hostsql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Statements ending as SQLite lets them end, through every entry point of the embedded driver.
 * The expected rows are constants and this JVM's own pid.
 */
class TerminatorsTest {
  private static final long SELF = ProcessHandle.current().pid();
  private static final String[] ENDINGS = {";", " ; ", ";\n", ";;", "; -- the end\n",
      ";/* c */", "\n;\n-- trailing\n"};

  private static long single(ResultSet rs) throws SQLException {
    try (rs) {
      assertTrue(rs.next());
      long v = rs.getLong(1);
      assertTrue(!rs.next());
      return v;
    }
  }

  @Test
  void executeQueryExecuteAndPrepareAcceptATerminator() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:hostsql:");
         Statement s = c.createStatement()) {
      for (String end : ENDINGS) {
        String sql = "SELECT pid FROM processes WHERE pid = " + SELF + end;
        assertEquals(SELF, single(s.executeQuery(sql)), sql);
        assertTrue(s.execute(sql), sql);
        assertEquals(SELF, single(s.getResultSet()), sql);
        try (var ps = c.prepareStatement("SELECT pid FROM processes WHERE pid = ?" + end)) {
          ps.setLong(1, SELF);
          assertEquals(SELF, single(ps.executeQuery()), end);
        }
      }
    }
  }

  @Test
  void aSecondStatementFailsNamingWhereItBegins() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:hostsql:");
         Statement s = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class,
          () -> s.executeQuery("SELECT 1;\nSELECT 2;"));
      assertTrue(messages(e).contains("a second statement begins at line 2, column 1"),
          messages(e));
      SQLException p = assertThrows(SQLException.class,
          () -> c.prepareStatement("SELECT 1; SELECT 2"));
      assertTrue(messages(p).contains("line 1, column 11"), messages(p));
    }
  }

  @Test
  void aBatchedStatementMayEndInATerminator() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:hostsql:");
         Statement s = c.createStatement()) {
      s.addBatch("SELECT 1;");
      s.addBatch("SELECT 2 ; -- two");
      assertEquals(2, s.executeBatch().length);
      s.addBatch("SELECT 1; SELECT 2");
      // Avatica's executeBatch lets a Meta's failure through unwrapped (any failing batch
      // does, a syntax error too), so this is the message, not the class, that is checked.
      Exception f = assertThrows(Exception.class, s::executeBatch);
      assertTrue(messages(f).contains("a second statement begins"), messages(f));
    }
  }

  static String messages(Throwable e) {
    StringBuilder b = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      b.append(t.getMessage()).append('\n');
    }
    return b.toString();
  }
}
