package io.hostsql.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLWarning;
import java.util.List;

/**
 * A connection that also reports warnings found while it was opened (unknown properties):
 * Avatica's connections have no way to add one, so getWarnings and clearWarnings are
 * answered here and everything else goes to the real connection.
 */
final class WarningConnection implements InvocationHandler {
  private final Connection delegate;
  private SQLWarning warnings;

  private WarningConnection(Connection delegate, List<SQLWarning> warnings) {
    this.delegate = delegate;
    for (SQLWarning w : warnings) {
      if (this.warnings == null) {
        this.warnings = w;
      } else {
        this.warnings.setNextWarning(w);
      }
    }
  }

  /** The connection itself when there is nothing to warn about, else a wrapper. */
  static Connection wrap(Connection connection, List<SQLWarning> warnings) {
    if (warnings.isEmpty()) {
      return connection;
    }
    return Proxies.of(connection, new WarningConnection(connection, warnings));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    switch (method.getName()) {
      case "getWarnings" -> {
        SQLWarning inner = delegate.getWarnings();
        if (warnings == null) {
          return inner;
        }
        if (inner != null) {
          warnings.setNextWarning(inner);
        }
        return warnings;
      }
      case "clearWarnings" -> {
        warnings = null;
        delegate.clearWarnings();
        return null;
      }
      default -> {
        return Proxies.call(delegate, method, args);
      }
    }
  }
}
