package io.hostsql.calcite.plan;

/**
 * The one statement in a piece of SQL text, as SQLite reads it: a trailing {@code ;}, and any
 * whitespace, comments or further {@code ;} after it, are not part of the statement. Calcite's
 * parser rejects the terminator, and osquery's queries (packs, documentation, people's
 * habits) all end in one. Text after the terminator that is more than that is a second
 * statement, refused with where it begins: running only the first would silently lose it.
 *
 * <p>The scan knows SQL's quoting (strings in {@code '}, identifiers in {@code "} or
 * {@code `}, each with its doubled-quote escape) and comments ({@code --} to the end of the
 * line, {@code /* ... *}{@code /}), so a {@code ;} inside any of them is text.
 */
public final class SingleStatement {
  private SingleStatement() {
  }

  /** A second statement in text given as one. */
  public static final class MultipleStatementsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MultipleStatementsException(String message) {
      super(message);
    }
  }

  /**
   * {@code sql} without its terminator and what follows it.
   *
   * @throws MultipleStatementsException if something other than whitespace, comments and
   *     {@code ;} follows the first top-level {@code ;}
   */
  public static String of(String sql) {
    int end = firstTerminator(sql);
    if (end < 0) {
      return sql;
    }
    int next = nextToken(sql, end);
    if (next < sql.length()) {
      throw new MultipleStatementsException("Only one statement can be run per call; a second "
          + "statement begins at " + position(sql, next) + ": "
          + excerpt(sql.substring(next)));
    }
    return sql.substring(0, end);
  }

  /** The offset of the first {@code ;} outside quotes and comments, or -1. */
  private static int firstTerminator(String sql) {
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (c == ';') {
        return i;
      } else if (c == '\'' || c == '"' || c == '`') {
        i = skipQuoted(sql, i, c);
      } else if (startsComment(sql, i)) {
        i = skipComment(sql, i);
      } else {
        i++;
      }
    }
    return -1;
  }

  /** The offset of the first character from {@code from} that is no blank, comment or ;. */
  private static int nextToken(String sql, int from) {
    int i = from;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (c == ';' || Character.isWhitespace(c)) {
        i++;
      } else if (startsComment(sql, i)) {
        i = skipComment(sql, i);
      } else {
        return i;
      }
    }
    return n;
  }

  private static boolean startsComment(String sql, int i) {
    if (i + 1 >= sql.length()) {
      return false;
    }
    char c = sql.charAt(i);
    char d = sql.charAt(i + 1);
    return c == '-' && d == '-' || c == '/' && d == '*';
  }

  /** Past the comment at {@code i}; an unclosed block comment runs to the end, as in SQLite. */
  private static int skipComment(String sql, int i) {
    if (sql.charAt(i) == '-') {
      int eol = sql.indexOf('\n', i);
      return eol < 0 ? sql.length() : eol + 1;
    }
    int close = sql.indexOf("*/", i + 2);
    return close < 0 ? sql.length() : close + 2;
  }

  /** Past the quoted run opened at {@code i}; a doubled quote is part of it. */
  private static int skipQuoted(String sql, int i, char quote) {
    int j = i + 1;
    int n = sql.length();
    while (j < n) {
      if (sql.charAt(j) == quote) {
        if (j + 1 < n && sql.charAt(j + 1) == quote) {
          j += 2;
          continue;
        }
        return j + 1;
      }
      j++;
    }
    // Unclosed: the parser reports it; nothing after it is a terminator.
    return n;
  }

  private static String position(String sql, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset; i++) {
      if (sql.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return "line " + line + ", column " + column;
  }

  private static String excerpt(String rest) {
    String oneLine = rest.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "...";
  }
}
