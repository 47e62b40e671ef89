package io.hostsql.jdbc.schedule;

import java.sql.Types;

/**
 * Serializes the rows of one query as osquery does: an object of its columns, every value a
 * string. Built once per query run: each column's {@code "name":"} text is quoted once, not per
 * row, and a numeric or boolean column's values (digits, sign, point, exponent, true/false) are
 * appended without looking for characters to escape. On process_memory_map (some 40,000 rows a
 * run) quoting every name and scanning every value was a fifth of the scheduler's CPU.
 */
final class RowEncoder {
  /** Before each value: its column's quoted name, the colon and the value's opening quote. */
  private final String[] prefixes;
  /** Whether the column's values can never need an escape. */
  private final boolean[] plain;
  private final int fixedLength;

  /**
   * @param columns the column labels, in order
   * @param jdbcTypes each column's {@link Types} code, or null when unknown (every value is
   *     then checked)
   */
  RowEncoder(String[] columns, int[] jdbcTypes) {
    prefixes = new String[columns.length];
    plain = new boolean[columns.length];
    int length = 2;
    for (int i = 0; i < columns.length; i++) {
      StringBuilder b = new StringBuilder(columns[i].length() + 6);
      b.append(i == 0 ? "{" : "\",");
      LogLines.quote(b, columns[i]);
      b.append(":\"");
      prefixes[i] = b.toString();
      plain[i] = jdbcTypes != null && neverEscaped(jdbcTypes[i]);
      length += prefixes[i].length();
    }
    fixedLength = length;
  }

  private static boolean neverEscaped(int type) {
    return switch (type) {
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.BOOLEAN,
          Types.BIT, Types.REAL, Types.FLOAT, Types.DOUBLE, Types.DECIMAL, Types.NUMERIC -> true;
      default -> false;
    };
  }

  /** The row as one JSON object; {@code values} has one string per column, none null. */
  String encode(String[] values) {
    if (values.length == 0) {
      return "{}";
    }
    int size = fixedLength;
    for (String v : values) {
      size += v.length();
    }
    StringBuilder b = new StringBuilder(size);
    for (int i = 0; i < values.length; i++) {
      b.append(prefixes[i]);
      if (plain[i]) {
        b.append(values[i]);
      } else {
        LogLines.escapeInto(b, values[i]);
      }
    }
    return b.append("\"}").toString();
  }
}
