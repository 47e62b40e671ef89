package io.hostsql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * IN lists of any length plan and run (the README's claim), in time that grows about
 * linearly: 10,000 pids and 10,000 names, answered as /proc says.
 */
class LongInListTest {
  private static final long SELF = ProcessHandle.current().pid();

  private static String pids(int n) {
    StringJoiner j = new StringJoiner(", ", "(", ")");
    j.add(Long.toString(SELF));
    for (int i = 1; i < n; i++) {
      j.add(Integer.toString(4_000_000 + i)); // above pid_max's 4194304 ceiling? no: unused
    }
    return j.toString();
  }

  private static String names(int n) {
    StringJoiner j = new StringJoiner(", ", "(", ")");
    j.add("'java'");
    for (int i = 1; i < n; i++) {
      j.add("'n" + i + "'");
    }
    return j.toString();
  }

  private static long millis(Connection c, String sql, List<Long> out) throws SQLException {
    long start = System.nanoTime();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getLong(1));
      }
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  @Test
  void tenThousandPidsAndTenThousandNames() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:hostsql:")) {
      List<Long> found = new ArrayList<>();
      long pidMillis = millis(c, "SELECT pid FROM processes WHERE pid IN " + pids(10_000),
          found);
      assertEquals(List.of(SELF), found);
      found.clear();
      long nameMillis = millis(c, "SELECT pid FROM processes WHERE name IN " + names(10_000)
          + " AND pid = " + SELF, found);
      assertEquals(List.of(SELF), found);
      System.out.println("10,000 pids: " + pidMillis + " ms, 10,000 names: " + nameMillis
          + " ms");
      assertTrue(pidMillis < 30_000 && nameMillis < 30_000, pidMillis + " / " + nameMillis);
    }
  }
}
