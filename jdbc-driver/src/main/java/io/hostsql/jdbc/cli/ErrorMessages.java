package io.hostsql.jdbc.cli;

import java.sql.SQLException;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Turns a JDBC exception into one line a person can act on. Calcite's message repeats the whole
 * statement before naming the problem ("Error while executing SQL "...": Object 'FOO' not
 * found"); the shell drops the repetition and adds the position of a syntax error.
 */
final class ErrorMessages {
  private ErrorMessages() {
  }

  static String describe(SQLException e, String sql) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String prefix = "Error while executing SQL \"" + sql + "\": ";
    if (message.startsWith(prefix)) {
      message = message.substring(prefix.length());
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
}
