package io.hostsql.jdbc.cli;

import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * CSV (quoted as RFC 4180 asks) or TSV (tabs and newlines in values become spaces): a header
 * line, then one line per row; NULL is an empty field.
 */
final class DelimitedPrinter implements ResultPrinter {
  private final char separator;
  private final boolean quote;

  DelimitedPrinter(char separator, boolean quote) {
    this.separator = separator;
    this.quote = quote;
  }

  @Override
  public long print(ResultSet rs, PrintStream out) throws SQLException {
    int n = rs.getMetaData().getColumnCount();
    StringBuilder line = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      if (i > 1) {
        line.append(separator);
      }
      line.append(field(rs.getMetaData().getColumnLabel(i)));
    }
    out.println(line);
    long count = 0;
    while (rs.next()) {
      line.setLength(0);
      for (int i = 1; i <= n; i++) {
        if (i > 1) {
          line.append(separator);
        }
        String v = rs.getString(i);
        line.append(v == null ? "" : field(v));
      }
      out.println(line);
      count++;
    }
    return count;
  }

  private String field(String v) {
    if (!quote) {
      return v.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
    boolean needs = v.indexOf(separator) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0;
    return needs ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }
}
