package io.hostsql.jdbc.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLWarning;
import java.sql.Statement;

/**
 * Runs one query through jdbc:hostsql: and prints its rows ('|' after each value) and then its
 * warnings ("warning: ..."), for tests that run it as another user.
 */
public final class QueryProbe {
  private QueryProbe() {
  }

  public static void main(String[] args) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:hostsql:");
         Statement s = c.createStatement();
         ResultSet rs = s.executeQuery(args[0])) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          b.append(rs.getString(i)).append('|');
        }
        System.out.println(b);
      }
      for (SQLWarning w = s.getWarnings(); w != null; w = w.getNextWarning()) {
        System.out.println("warning: " + w.getMessage());
      }
    }
  }
}
