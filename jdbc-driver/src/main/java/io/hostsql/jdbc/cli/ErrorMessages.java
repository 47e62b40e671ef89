package io.hostsql.jdbc.cli;

import java.sql.SQLException;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Turns a JDBC exception into one line a person can act on. Calcite's message repeats the whole
 * statement before naming the problem ("Error while executing SQL "...": Object 'FOO' not
 * found"); the shell drops the repetition and adds the position of a syntax error. A server's
 * error is reduced to its root cause.
 */
final class ErrorMessages {
  private ErrorMessages() {
  }

  static String describe(SQLException e, String sql) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    // A server's error arrives as Avatica's chain of every wrapper's message joined by " -> ";
    // the last link is the one that says what is wrong.
    int arrow = message.lastIndexOf(" -> ");
    if (message.contains("Remote driver error") && arrow >= 0) {
      message = message.substring(arrow + 4).replaceFirst("^[A-Za-z.]*Exception: ", "");
    }
    String prefix = "Error while executing SQL \"" + sql + "\": ";
    if (message.startsWith(prefix)) {
      message = message.substring(prefix.length());
    }
    if (fromServer(e)) {
      // A server's error names the problem alone, as its root cause did before the server
      // sent SQLStates and reasons (io.hostsql.jdbc.server.ClientErrors).
      message = message.replaceFirst("^(From|At) line \\d+, column \\d+"
          + "( to line \\d+, column \\d+)?: ", "");
    }
    if (message.startsWith("For input string: ")) {
      // Calcite compares a text column with a number by converting each row's text.
      message = "a text value is compared with a number and is not one (" + message
          + "); quote the number to compare as text, e.g. name = '5'";
    }
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof SqlParseException parse && parse.getPos() != null
          && parse.getPos() != SqlParserPos.ZERO) {
        message = message + " (at line " + parse.getPos().getLineNum() + ", column "
            + parse.getPos().getColumnNum() + ")";
        break;
      }
    }
    return message.strip();
  }

  private static boolean fromServer(SQLException e) {
    for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof org.apache.calcite.avatica.AvaticaSqlException) {
        return true;
      }
    }
    return false;
  }
}
