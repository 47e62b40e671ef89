package io.hostsql.jdbc.linux;

import io.hostsql.calcite.OsSchema;
import io.hostsql.os.linux.LinuxPlatform;
import io.hostsql.os.linux.ProcFs;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.jdbc.CalciteConnection;

/** Embedded connections whose os schema reads a fixture procfs, for the file-reading tables. */
public final class FixtureConnections {
  private FixtureConnections() {
  }

  /** A connection whose os schema reads {@code procRoot} (and the rootfs below it). */
  public static Connection over(Path procRoot) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:hostsql:");
    c.unwrap(CalciteConnection.class).getRootSchema()
        .add(OsSchema.NAME, new OsSchema(LinuxPlatform.over(new ProcFs(procRoot)),
            OsSchema.DEFAULT_SAMPLING_WINDOW));
    return c;
  }

  /** The warnings a query's statement collected while its rows were read. */
  public static List<String> warnings(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeQuery(sql).close();
      List<String> out = new ArrayList<>();
      for (SQLWarning w = s.getWarnings(); w != null; w = w.getNextWarning()) {
        out.add(w.getMessage());
      }
      return out;
    }
  }
}
