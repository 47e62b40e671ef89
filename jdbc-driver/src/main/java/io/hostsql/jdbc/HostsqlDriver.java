package io.hostsql.jdbc;

import io.hostsql.calcite.OsSchema;
import io.hostsql.calcite.meta.DescribedColumns;
import io.hostsql.calcite.meta.DescribedTables;
import io.hostsql.calcite.plan.HostsqlPrepare;
import io.hostsql.calcite.plan.SqlDialect;
import io.hostsql.jdbc.face.JdbcFace;
import io.hostsql.jdbc.face.Side;
import io.hostsql.jdbc.face.TimeModel;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.apache.calcite.avatica.DriverVersion;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.schema.SchemaPlus;

/**
 * The {@code jdbc:hostsql:} driver: Calcite's driver with the {@code os} schema mounted and made
 * the default, and SQL settings a person at a prompt expects (unquoted identifiers match in any
 * case).
 */
public class HostsqlDriver extends org.apache.calcite.jdbc.Driver {
  /** The URL prefix this driver answers. */
  public static final String PREFIX = "jdbc:hostsql:";

  static {
    new HostsqlDriver().register();
    io.hostsql.calcite.osquery.OsqueryRuntime.setVersion(version());
  }

  public HostsqlDriver() {
    super(HostsqlPrepare::new);
  }

  @Override
  protected String getConnectStringPrefix() {
    return PREFIX;
  }

  @Override
  protected DriverVersion createDriverVersion() {
    String version = version();
    String[] parts = version.split("[.-]");
    int major = parts.length > 0 ? parseOrZero(parts[0]) : 0;
    int minor = parts.length > 1 ? parseOrZero(parts[1]) : 0;
    return new DriverVersion("hostsql JDBC Driver", version, "hostsql", version, true, major,
        minor, major, minor);
  }

  private static int parseOrZero(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The project version baked in at build time. */
  public static String version() {
    try (InputStream in = HostsqlDriver.class.getResourceAsStream("/io-hostsql-jdbc.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "0.0.0");
    } catch (IOException e) {
      return "0.0.0";
    }
  }

  /** DatabaseMetaData with the declared descriptions as REMARKS, and primary keys. */
  @Override
  public org.apache.calcite.avatica.Meta createMeta(
      org.apache.calcite.avatica.AvaticaConnection connection) {
    return new org.apache.calcite.jdbc.HostsqlMetaImpl((CalciteConnection) connection,
        DescribedTables.INSTANCE, DescribedColumns.INSTANCE);
  }

  /** The connection property that turns pid lookup joins off ("false"); on by default. */
  public static final String PID_LOOKUPS = "pidLookups";

  /** The connection property naming the first scan's CPU sampling window, in milliseconds. */
  public static final String SAMPLING_WINDOW = "samplingWindow";

  private static java.time.Duration samplingWindow(Properties props) throws SQLException {
    String v = props.getProperty(SAMPLING_WINDOW);
    if (v == null) {
      return OsSchema.DEFAULT_SAMPLING_WINDOW;
    }
    try {
      long ms = Long.parseLong(v.trim());
      if (ms < 0 || ms > 60_000) {
        throw new NumberFormatException();
      }
      return java.time.Duration.ofMillis(ms);
    } catch (NumberFormatException e) {
      throw new SQLException(SAMPLING_WINDOW + " must be a number of milliseconds from 0 to "
          + "60000, got '" + v + "'");
    }
  }

  private static boolean pidLookups(Properties props) throws SQLException {
    String v = props.getProperty(PID_LOOKUPS);
    if (v == null || v.trim().equalsIgnoreCase("true")) {
      return true;
    }
    if (v.trim().equalsIgnoreCase("false")) {
      return false;
    }
    throw new SQLException(PID_LOOKUPS + " must be true or false, got '" + v + "'");
  }

  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    if (url.startsWith(RemoteUrl.PREFIX)) {
      return RemoteUrl.connect(url, info);
    }
    return open(url, info, java.util.Set.of(), Side.EMBEDDED, null);
  }

  /**
   * An embedded connection whose {@code os} schema lacks the named tables: the server's
   * --deny-table, applied where no connection property can undo it.
   */
  public Connection connectHiding(String url, Properties info, java.util.Set<String> hidden)
      throws SQLException {
    return open(url, info, hidden, Side.SERVED, null);
  }

  /**
   * As {@link #connectHiding(String, Properties, java.util.Set)}, every statement under the
   * server's {@code limits} (whatever the client's properties say).
   */
  public Connection connectHiding(String url, Properties info, java.util.Set<String> hidden,
      QueryLimits limits) throws SQLException {
    return open(url, info, hidden, Side.SERVED, limits);
  }

  private Connection open(String url, Properties info, java.util.Set<String> hidden, Side side,
      QueryLimits limits) throws SQLException {
    Properties props = SqlDialect.defaults();
    if (info != null) {
      props.putAll(info);
    }
    // The time model: every TIMESTAMP, CURRENT_TIMESTAMP included, is a UTC wall time, and
    // results are read in UTC, so that clients in every zone see the same instants.
    props.setProperty("timeZone", TimeModel.ZONE);
    // USER, CURRENT_USER and SESSION_USER (SessionConvertlets read Avatica's user property):
    // the user the connection was opened for (a remote client's authenticated name), else the
    // account whose rights the scans read with, rather than Calcite's fixed "sa".
    String user = props.getProperty("user");
    props.setProperty("avatica_user",
        user == null || user.isEmpty() ? System.getProperty("user.name") : user);
    QueryLimits statementLimits = limits != null ? limits : QueryLimits.of(props);
    Connection connection = super.connect(url, props);
    CalciteConnection calcite = connection.unwrap(CalciteConnection.class);
    SchemaPlus root = calcite.getRootSchema();
    java.time.Duration window = samplingWindow(calcite.getProperties());
    io.hostsql.os.Platform platform;
    try {
      platform = PlatformRoots.platform(calcite.getProperties(), side == Side.SERVED);
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    root.add(OsSchema.NAME, new OsSchema(platform, window)
        .withPidLookups(pidLookups(calcite.getProperties())).without(hidden));
    io.hostsql.calcite.osquery.OsqueryViews.register(root);
    io.hostsql.calcite.meta.InformationSchema.register(root);
    io.hostsql.calcite.functions.SqliteFunctions.register(root);
    // Calcite's schema property picks the default schema (schema=osquery); os otherwise.
    String schema = calcite.getProperties().getProperty("schema");
    calcite.setSchema(schema == null ? OsSchema.NAME : schema);
    return StatementBudgets.wrap(RefusedValueWarnings.wrap(ScanWarningStatements.wrap(
        JdbcFace.connection(connection, url, side,
        ConnectionProperties.unknown(calcite.getProperties())))),
        statementLimits);
  }
}
