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

/** String functions that could fill the heap refuse past the limit; below it, SQL's meaning. */
class BoundedStringsTest {
  private static String value(Connection c, String expression) throws SQLException {
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT " + expression + " FROM (VALUES 1)")) {
      assertTrue(rs.next());
      return rs.getString(1);
    }
  }

  @Test
  void hugeResultsAreRefusedAndSmallOnesAreRight() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:hostsql:")) {
      String[][] cases = {{"REPEAT('ab', 3)", "ababab"}, {"REPEAT('ab', 0)", ""},
          {"'[' || SPACE(3) || ']'", "[   ]"}, {"LPAD('7', 3, '0')", "007"},
          {"RPAD('ab', 5, 'xy')", "abxyx"}, {"LPAD('abcdef', 3)", "abc"},
          {"'a' || 'b'", "ab"}, {"REPEAT(CAST(NULL AS VARCHAR), 3)", null}};
      for (String[] t : cases) {
        assertEquals(t[1], value(c, t[0]), t[0]);
      }
      for (String huge : new String[] {"REPEAT('x', 1000000000)", "SPACE(2000000000)",
          "LPAD('x', 1000000000, 'y')", "CHAR_LENGTH(REPEAT('x', 6000000) || "
              + "REPEAT('y', 6000000))"}) {
        SQLException e = assertThrows(SQLException.class, () -> value(c, huge), huge);
        assertTrue(e.getMessage().contains("more than the limit of 10000000"), e.getMessage());
      }
      assertEquals("x", value(c, "'x'"), "the connection still answers");
    }
  }
}
