package io.hostsql.jdbc.server;

import io.hostsql.jdbc.HostsqlDriver;
import io.hostsql.jdbc.QueryLimits;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.Set;
import org.apache.calcite.avatica.jdbc.JdbcMeta;

/**
 * Avatica's JDBC-backed Meta over embedded hostsql connections, with the server's rules
 * applied where a client cannot reach them: only hostsql's own harmless connection properties
 * pass from the client (Calcite's model, parserFactory or schemaFactory would let a client
 * load classes or open files on the server), and the denied tables are absent from every
 * connection; every statement runs under the server's time and memory limits, which cover its
 * planning too (Avatica's protocol does not carry a client's setQueryTimeout).
 */
final class ServerMeta extends JdbcMeta {
  /** What a remote client may set. */
  private static final Set<String> CLIENT_PROPERTIES = Set.of(
      "schema", HostsqlDriver.SAMPLING_WINDOW, HostsqlDriver.PID_LOOKUPS);

  private final Set<String> denied;
  private final QueryLimits limits;

  ServerMeta(Set<String> denied, QueryLimits limits, Properties cacheSettings)
      throws SQLException {
    super(HostsqlDriver.PREFIX, cacheSettings);
    this.denied = denied;
    this.limits = limits;
  }

  @Override
  protected Connection createConnection(String url, Properties info) throws SQLException {
    Properties allowed = new Properties();
    for (String key : CLIENT_PROPERTIES) {
      String value = info.getProperty(key);
      if (value != null) {
        allowed.setProperty(key, value);
      }
    }
    // SQL's USER is the authenticated client; without --users, the server's own account
    // (never an anonymous session's owner: its cookie token would be answered as USER).
    String owner = RequestOwner.current();
    if (!owner.equals(RequestOwner.ANONYMOUS) && !SessionOwner.isSession(owner)) {
      allowed.setProperty("user", owner);
    }
    return new HostsqlDriver().connectHiding(HostsqlDriver.PREFIX, allowed, denied, limits);
  }

  /**
   * What a client's connection is, read-only included: Avatica's client keeps the values it
   * set, so the server's answer must restate that setReadOnly(false) changed nothing.
   */
  @Override
  public ConnectionProperties connectionSync(ConnectionHandle ch, ConnectionProperties props) {
    return super.connectionSync(ch, props).setReadOnly(true);
  }

  /** Connections open now (clients that never closed theirs expire after the idle time). */
  long openConnections() {
    getConnectionCache().cleanUp();
    return getConnectionCache().size();
  }

  /** Whether Avatica still holds the connection of that (server-side) id. */
  boolean isOpen(String connectionId) {
    return getConnectionCache().getIfPresent(connectionId) != null;
  }

  /** Whether Avatica still holds the statement of that id. */
  boolean hasStatement(int statementId) {
    return getStatementCache().getIfPresent(statementId) != null;
  }

  /** Closes every connection (the cache's removal listener closes each one it drops). */
  void closeAll() {
    getConnectionCache().invalidateAll();
    getConnectionCache().cleanUp();
  }
}
