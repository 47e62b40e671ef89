package io.hostsql.jdbc.schedule;

/** Query text as osquery's configurations write it. */
final class Sql {
  private Sql() {
  }

  /**
   * The text without the trailing {@code ;} (and blanks) that nearly every osquery query ends
   * with: SQLite accepts it, Calcite's parser does not.
   */
  static String withoutTerminator(String sql) {
    int end = sql.length();
    while (end > 0 && (Character.isWhitespace(sql.charAt(end - 1))
        || sql.charAt(end - 1) == ';')) {
      end--;
    }
    return sql.substring(0, end);
  }
}
