package io.hostsql.jdbc;

import io.hostsql.calcite.OsSchema;
import io.hostsql.os.Platform;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.jdbc.CalciteConnection;

/** Embedded connections whose os schema is another platform's (a replayed Windows, say). */
final class PlatformConnections {
  private PlatformConnections() {
  }

  /** A connection through the driver whose os schema reads {@code platform}. */
  static Connection over(Platform platform) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:hostsql:");
    c.unwrap(CalciteConnection.class).getRootSchema().add(OsSchema.NAME,
        new OsSchema(platform, OsSchema.DEFAULT_SAMPLING_WINDOW));
    return c;
  }

  /** The messages of the statement's warnings, in order. */
  static List<String> warnings(Statement s) throws SQLException {
    List<String> out = new ArrayList<>();
    for (SQLWarning w = s.getWarnings(); w != null; w = w.getNextWarning()) {
      out.add(w.getMessage());
    }
    return out;
  }
}
