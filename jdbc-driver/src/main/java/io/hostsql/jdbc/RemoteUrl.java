package io.hostsql.jdbc;

import io.hostsql.jdbc.face.JdbcFace;
import io.hostsql.jdbc.face.Side;
import io.hostsql.jdbc.face.TimeModel;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import org.apache.calcite.avatica.ConnectStringParser;

/**
 * {@code jdbc:hostsql:remote:url=http://host:8765;user=u;password=p}: a connection to a
 * {@code hostsql serve} server through Avatica's remote driver, with hostsql's defaults
 * (protobuf, and HTTP BASIC when a user is given) so the URL stays short. Public for the Trino
 * connector, which connects to many servers and needs nothing of the embedded engine.
 */
public final class RemoteUrl {
  /** The URL prefix of remote connections. */
  public static final String PREFIX = HostsqlDriver.PREFIX + "remote:";

  private RemoteUrl() {
  }

  /** Connects to the server a {@code jdbc:hostsql:remote:} URL names. */
  public static Connection connect(String url, Properties info) throws SQLException {
    Properties props = new Properties();
    if (info != null) {
      props.putAll(info);
    }
    props = ConnectStringParser.parse(url.substring(PREFIX.length()), props);
    if (props.getProperty("url") == null) {
      throw new SQLException("a remote URL needs the server's address: " + PREFIX
          + "url=http://host:8765");
    }
    props.putIfAbsent("serialization", "PROTOBUF");
    // Timestamps arrive as UTC wall times (see TimeModel): read them in UTC.
    props.setProperty("timeZone", TimeModel.ZONE);
    String user = (String) props.remove("user");
    String password = (String) props.remove("password");
    if (user != null && !user.isEmpty()) {
      props.putIfAbsent("authentication", "BASIC");
      props.putIfAbsent("avatica_user", user);
      props.putIfAbsent("avatica_password", password == null ? "" : password);
    }
    try {
      Connection connection = JdbcFace.connection(
          new org.apache.calcite.avatica.remote.Driver().connect("jdbc:avatica:remote:", props),
          url.replaceAll("(?i)(password|avatica_password|truststore_password)=[^;]*",
              "$1=***"), Side.REMOTE, List.of());
      // Avatica's client keeps its schema property to itself (it is one of its own): the
      // server's connection is told with setSchema, which it does send.
      String schema = props.getProperty("schema");
      if (schema != null) {
        try {
          connection.setSchema(schema);
        } catch (SQLException e) {
          connection.close();
          throw e;
        }
      }
      return connection;
    } catch (RuntimeException e) {
      // Avatica reports HTTP failures as bare RuntimeExceptions; a JDBC caller expects this.
      String why = String.valueOf(e.getMessage());
      String hint = why.contains("HTTP/401") ? "wrong or missing user and password (HTTP 401)"
          : why.contains("HTTP/403") ? "the user lacks the server's hostsql role (HTTP 403)"
          : why;
      throw new SQLException("cannot connect to " + props.getProperty("url") + ": " + hint,
          "08001", e);
    }
  }
}
