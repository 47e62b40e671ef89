package io.hostsql.jdbc.cli;

import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Aligned columns under a header, numbers right-aligned, then a row count, like psql. Rows are
 * buffered: widths depend on every value. Values are printed through {@link TerminalText}: a
 * control character in a process name shows as an escape instead of acting on the terminal,
 * and wide and combining characters keep the columns aligned.
 */
final class TablePrinter implements ResultPrinter {
  private static final String NULL = "NULL";

  @Override
  public long print(ResultSet rs, PrintStream out) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    int n = md.getColumnCount();
    String[] header = new String[n];
    boolean[] numeric = new boolean[n];
    int[] width = new int[n];
    for (int i = 0; i < n; i++) {
      header[i] = md.getColumnLabel(i + 1);
      numeric[i] = isNumeric(md.getColumnType(i + 1));
      header[i] = TerminalText.visible(header[i]);
      width[i] = TerminalText.width(header[i]);
    }
    List<String[]> rows = new ArrayList<>();
    while (rs.next()) {
      String[] row = new String[n];
      for (int i = 0; i < n; i++) {
        String v = rs.getString(i + 1);
        row[i] = v == null ? NULL : TerminalText.visible(v);
        width[i] = Math.max(width[i], TerminalText.width(row[i]));
      }
      rows.add(row);
    }
    StringBuilder line = new StringBuilder();
    appendRow(line, header, width, new boolean[n]);
    out.println(line);
    line.setLength(0);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        line.append("-+-");
      }
      line.append("-".repeat(width[i]));
    }
    out.println(line);
    for (String[] row : rows) {
      line.setLength(0);
      appendRow(line, row, width, numeric);
      out.println(line);
    }
    out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
    return rows.size();
  }

  private static void appendRow(StringBuilder line, String[] cells, int[] width,
      boolean[] rightAlign) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        line.append(" | ");
      }
      String pad = " ".repeat(width[i] - TerminalText.width(cells[i]));
      if (rightAlign[i]) {
        line.append(pad).append(cells[i]);
      } else {
        line.append(cells[i]);
        if (i < cells.length - 1) {
          line.append(pad);
        }
      }
    }
  }

  private static boolean isNumeric(int type) {
    return switch (type) {
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.REAL, Types.FLOAT,
          Types.DOUBLE, Types.DECIMAL, Types.NUMERIC -> true;
      default -> false;
    };
  }
}
