package io.hostsql.calcite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.apache.calcite.jdbc.CalciteConnection;

/**
 * Calcite connections prepared as hostsql prepares them, with the os schema over a chosen
 * {@link io.hostsql.os.Platform}, for adapter tests (of any OS: one OS's tests reach their
 * backend's fixtures through a helper of their own package).
 */
public final class OsConnections {
  private OsConnections() {
  }

  /** Every row of a (prepared) query, each as a list of column values. */
  public static java.util.List<java.util.List<Object>> rows(Connection c, String sql,
      Object... params) throws SQLException {
    try (java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        java.util.List<java.util.List<Object>> out = new java.util.ArrayList<>();
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          java.util.List<Object> row = new java.util.ArrayList<>();
          for (int i = 1; i <= n; i++) {
            row.add(rs.getObject(i));
          }
          out.add(row);
        }
        return out;
      }
    }
  }

  /** As {@link #open(io.hostsql.os.Platform)}, with pid lookup joins on or off. */
  public static Connection open(io.hostsql.os.Platform platform, boolean pidLookups)
      throws SQLException {
    Connection c = open(platform);
    c.unwrap(CalciteConnection.class).getRootSchema().getSubSchema(OsSchema.NAME)
        .unwrap(OsSchema.class).withPidLookups(pidLookups);
    return c;
  }

  /** As {@link #open(io.hostsql.os.Platform)}, with the osquery schema's views registered too. */
  public static Connection openWithOsquery(io.hostsql.os.Platform platform)
      throws SQLException {
    Connection c = open(platform);
    io.hostsql.calcite.osquery.OsqueryViews.register(
        c.unwrap(CalciteConnection.class).getRootSchema());
    return c;
  }

  /** A connection that prepares statements as hostsql does, with no schema of its own yet. */
  public static Connection prepared() throws SQLException {
    Properties info = io.hostsql.calcite.plan.SqlDialect.defaults();
    return new org.apache.calcite.jdbc.Driver()
        .withPrepareFactory(io.hostsql.calcite.plan.HostsqlPrepare::new)
        .connect("jdbc:calcite:", info);
  }

  /** Over a platform: the running one, for tests any platform must pass. */
  public static Connection open(io.hostsql.os.Platform platform) throws SQLException {
    Connection c = prepared();
    CalciteConnection calcite = c.unwrap(CalciteConnection.class);
    calcite.getRootSchema().add(OsSchema.NAME, new OsSchema(platform,
        OsSchema.DEFAULT_SAMPLING_WINDOW));
    io.hostsql.calcite.functions.SqliteFunctions.register(calcite.getRootSchema());
    calcite.setSchema(OsSchema.NAME);
    return c;
  }
}
