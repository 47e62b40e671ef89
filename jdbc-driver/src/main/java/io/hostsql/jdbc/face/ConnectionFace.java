package io.hostsql.jdbc.face;

import java.sql.Connection;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What a hostsql connection answers itself: the warnings found while it was opened (unknown
 * properties; Avatica's connections cannot hold one), the type map and client info that tools
 * set and read back (Calcite throws), and setReadOnly taken as the hint JDBC makes it.
 */
final class ConnectionFace {
  /** The client info names DatabaseMetaData.getClientInfoProperties lists. */
  static final List<String> CLIENT_INFO = List.of("ApplicationName", "ClientUser",
      "ClientHostname");

  final Side side;
  final String url;
  private final Connection delegate;
  private SQLWarning warnings;
  private final Properties clientInfo = new Properties();

  ConnectionFace(Connection delegate, String url, Side side, List<SQLWarning> opened) {
    this.delegate = delegate;
    this.url = url;
    this.side = side;
    for (SQLWarning w : opened) {
      if (warnings == null) {
        warnings = w;
      } else {
        warnings.setNextWarning(w);
      }
    }
  }

  public SQLWarning getWarnings() throws SQLException {
    SQLWarning inner = delegate.getWarnings();
    if (warnings == null) {
      return inner;
    }
    if (inner != null) {
      warnings.setNextWarning(inner);
    }
    return warnings;
  }

  public void clearWarnings() throws SQLException {
    warnings = null;
    delegate.clearWarnings();
  }

  /** Read-only whatever was asked: the database has nothing to write to. */
  public void setReadOnly(boolean readOnly) throws SQLException {
    delegate.isReadOnly();
  }

  public boolean isReadOnly() throws SQLException {
    delegate.isReadOnly();
    return true;
  }

  public Map<String, Class<?>> getTypeMap() throws SQLException {
    delegate.isClosed();
    return new HashMap<>();
  }

  /** No user-defined types exist, so only an empty map can be set. */
  public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
    if (map != null && !map.isEmpty()) {
      throw SqlStates.create("hostsql has no user-defined types to map",
          SqlStates.NOT_SUPPORTED, null);
    }
  }

  public void setClientInfo(String name, String value) throws SQLClientInfoException {
    if (name == null) {
      throw new SQLClientInfoException("a client info property needs a name", Map.of());
    }
    if (value == null) {
      clientInfo.remove(name);
    } else {
      clientInfo.setProperty(name, value);
    }
  }

  public void setClientInfo(Properties properties) throws SQLClientInfoException {
    clientInfo.clear();
    if (properties != null) {
      for (String name : properties.stringPropertyNames()) {
        clientInfo.setProperty(name, properties.getProperty(name));
      }
    }
  }

  public String getClientInfo(String name) {
    return clientInfo.getProperty(name);
  }

  public Properties getClientInfo() {
    Properties copy = new Properties();
    copy.putAll(clientInfo);
    return copy;
  }
}
