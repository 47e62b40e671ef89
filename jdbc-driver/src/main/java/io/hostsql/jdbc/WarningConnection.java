package io.hostsql.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLWarning;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
    Set<Class<?>> interfaces = new LinkedHashSet<>();
    for (Class<?> c = connection.getClass(); c != null; c = c.getSuperclass()) {
      interfaces.addAll(List.of(c.getInterfaces()));
    }
    return (Connection) Proxy.newProxyInstance(HostsqlDriver.class.getClassLoader(),
        interfaces.toArray(new Class<?>[0]), new WarningConnection(connection, warnings));
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
        try {
          return method.invoke(delegate, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }
    }
  }
}
