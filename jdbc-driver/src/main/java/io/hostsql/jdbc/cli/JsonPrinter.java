package io.hostsql.jdbc.cli;

import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;

/** A JSON array with one object per row; numbers and booleans unquoted, NULL as null. */
final class JsonPrinter implements ResultPrinter {
  @Override
  public long print(ResultSet rs, PrintStream out) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    int n = md.getColumnCount();
    StringBuilder sb = new StringBuilder();
    long count = 0;
    out.print('[');
    while (rs.next()) {
      sb.setLength(0);
      sb.append(count == 0 ? "\n  {" : ",\n  {");
      for (int i = 1; i <= n; i++) {
        if (i > 1) {
          sb.append(", ");
        }
        appendString(sb, md.getColumnLabel(i));
        sb.append(": ");
        String v = rs.getString(i);
        if (v == null) {
          sb.append("null");
        } else if (isBare(md.getColumnType(i)) && isFinite(v)) {
          sb.append(v);
        } else {
          appendString(sb, v);
        }
      }
      sb.append('}');
      out.print(sb);
      count++;
    }
    out.println(count == 0 ? "]" : "\n]");
    return count;
  }

  private static boolean isFinite(String v) {
    return !v.equals("NaN") && !v.contains("Infinity");
  }

  private static boolean isBare(int type) {
    return switch (type) {
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.REAL, Types.FLOAT,
          Types.DOUBLE, Types.DECIMAL, Types.NUMERIC, Types.BOOLEAN -> true;
      default -> false;
    };
  }

  private static void appendString(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
