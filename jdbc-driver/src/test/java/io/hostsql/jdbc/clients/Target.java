package io.hostsql.jdbc.clients;

import io.hostsql.jdbc.HostsqlDriver;
import io.hostsql.jdbc.server.HostsqlServer;
import io.hostsql.jdbc.server.ServerConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;

/** The three ways a client reaches hostsql; the remote two share one loopback server. */
enum Target {
  /** {@code jdbc:hostsql:} in the client's own JVM. */
  EMBEDDED,
  /** {@code jdbc:hostsql:remote:} to a {@code hostsql serve}. */
  HOSTSQL_REMOTE,
  /** Avatica's stock driver to the same server, as BI tools that bundle Avatica use it. */
  AVATICA_REMOTE;

  private static HostsqlServer server;

  static synchronized HostsqlServer server() throws SQLException {
    if (server == null) {
      // Without users, as root, the server must be told that local users may see what root sees.
      server = HostsqlServer.start(new ServerConfig("127.0.0.1", 0, null, null, null, Set.of(),
          ServerConfig.DEFAULT_MAX_REQUEST_BYTES, ServerConfig.DEFAULT_QUERY_TIMEOUT,
          io.hostsql.jdbc.server.ServerLimits.DEFAULT, true));
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }
    return server;
  }

  String url() throws SQLException {
    return switch (this) {
      case EMBEDDED -> HostsqlDriver.PREFIX;
      case HOSTSQL_REMOTE -> HostsqlDriver.PREFIX + "remote:url=" + server().url();
      // Avatica's driver reads a TIMESTAMP in the zone its timeZone property names: hostsql's
      // are UTC wall times (README, "Time").
      case AVATICA_REMOTE -> "jdbc:avatica:remote:url=" + server().url()
          + ";serialization=PROTOBUF;timeZone=UTC";
    };
  }

  Connection connect() throws SQLException {
    try {
      Class.forName(HostsqlDriver.class.getName());
      Class.forName("org.apache.calcite.avatica.remote.Driver");
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
    return DriverManager.getConnection(url());
  }

  /** Whether the JDBC objects are hostsql's own (the stock driver's are Avatica's). */
  boolean hostsqlClient() {
    return this != AVATICA_REMOTE;
  }
}
