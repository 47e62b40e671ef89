package io.hostsql.calcite;

import io.hostsql.os.linux.ProcFs;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.apache.calcite.jdbc.CalciteConnection;

/**
 * Calcite connections prepared as hostsql prepares them, with the os schema over a chosen
 * procfs, for adapter tests.
 */
final class OsConnections {
  private OsConnections() {
  }

  static Connection open(ProcFs fs) throws SQLException {
    Properties info = io.hostsql.calcite.plan.SqlDialect.defaults();
    Connection c = new org.apache.calcite.jdbc.Driver()
        .withPrepareFactory(io.hostsql.calcite.plan.HostsqlPrepare::new)
        .connect("jdbc:calcite:", info);
    CalciteConnection calcite = c.unwrap(CalciteConnection.class);
    calcite.getRootSchema().add(OsSchema.NAME, new OsSchema(fs));
    calcite.setSchema(OsSchema.NAME);
    return c;
  }
}
