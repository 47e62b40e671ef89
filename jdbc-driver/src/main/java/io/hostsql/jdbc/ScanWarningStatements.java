package io.hostsql.jdbc;

import io.hostsql.calcite.table.ScanWarnings;
import java.sql.Connection;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.jdbc.StatementFlags;

/**
 * Makes what a scan could not read ({@link ScanWarnings}: a malformed line, a file only root
 * may read) the SQLWarnings of the statement that ran it. Avatica's statements keep no
 * warnings of their own, so the connection's statements are wrapped: getWarnings adds the
 * scans' messages to the statement's own, and each execution starts with none, as JDBC asks.
 */
final class ScanWarningStatements {
  private ScanWarningStatements() {
  }

  /** The connection, whose statements report their scans' warnings. */
  static Connection wrap(Connection connection) {
    return Proxies.of(connection, (proxy, method, args) -> {
      Object result = Proxies.call(connection, method, args);
      return result instanceof Statement s ? statement(s) : result;
    });
  }

  private static Statement statement(Statement statement) throws java.sql.SQLException {
    AtomicBoolean flag = StatementFlags.of(statement);
    SQLWarning[] kept = new SQLWarning[1];
    return Proxies.of(statement, (proxy, method, args) -> {
      String name = method.getName();
      if (name.startsWith("execute")) {
        kept[0] = null;
        ScanWarnings.take(flag);
      }
      switch (name) {
        case "getWarnings" -> {
          for (String m : ScanWarnings.take(flag)) {
            SQLWarning w = new SQLWarning(m, "01000");
            if (kept[0] == null) {
              kept[0] = w;
            } else {
              kept[0].setNextWarning(w);
            }
          }
          // Avatica's statements report none of their own; any they gain come first.
          return kept[0] != null ? kept[0] : statement.getWarnings();
        }
        case "clearWarnings" -> {
          kept[0] = null;
          ScanWarnings.take(flag);
          statement.clearWarnings();
          return null;
        }
        case "close" -> ScanWarnings.take(flag);
        default -> {
        }
      }
      return Proxies.call(statement, method, args);
    });
  }
}
