package io.hostsql.os.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A query's rows as text, for comparing with what a tool, /proc or another query gave. */
public final class QueryRows {
  private QueryRows() {
  }

  /** Each row as its columns' text (getString; null for SQL NULL). */
  public static List<List<String>> of(Connection c, String sql) throws Exception {
    List<List<String>> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(rs.getString(i));
        }
        out.add(row);
      }
    }
    return out;
  }

  /** Each row as one line, every value followed by '|' ("1|java|"), in result order. */
  public static List<String> joined(Connection c, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    for (List<String> row : of(c, sql)) {
      StringBuilder b = new StringBuilder();
      for (String v : row) {
        b.append(v).append('|');
      }
      out.add(b.toString());
    }
    return out;
  }
}
