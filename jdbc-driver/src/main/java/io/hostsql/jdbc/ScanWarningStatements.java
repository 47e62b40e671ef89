package io.hostsql.jdbc;

import io.hostsql.calcite.table.ScanWarnings;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.jdbc.StatementFlags;

/**
 * Makes what a scan could not read ({@link ScanWarnings}: a malformed line, a file only root
 * may read) the SQLWarnings of the statement that ran it. Avatica's statements keep no
 * warnings of their own, so the connection's statements are wrapped: getWarnings adds the
 * scans' messages to the statement's own, and each execution starts with none, as JDBC asks.
 */
final class ScanWarningStatements {
  private ScanWarningStatements() {
  }

  /** The connection, whose statements report their scans' warnings. */
  static Connection wrap(Connection connection) {
    return proxy(connection, Connection.class, (proxy, method, args) -> {
      Object result = call(connection, method, args);
      return result instanceof Statement s ? statement(s) : result;
    });
  }

  private static Statement statement(Statement statement) throws java.sql.SQLException {
    AtomicBoolean flag = StatementFlags.of(statement);
    SQLWarning[] kept = new SQLWarning[1];
    return proxy(statement, Statement.class, (proxy, method, args) -> {
      String name = method.getName();
      if (name.startsWith("execute")) {
        kept[0] = null;
        ScanWarnings.take(flag);
      }
      switch (name) {
        case "getWarnings" -> {
          for (String m : ScanWarnings.take(flag)) {
            SQLWarning w = new SQLWarning(m, "01000");
            if (kept[0] == null) {
              kept[0] = w;
            } else {
              kept[0].setNextWarning(w);
            }
          }
          // Avatica's statements report none of their own; any they gain come first.
          return kept[0] != null ? kept[0] : statement.getWarnings();
        }
        case "clearWarnings" -> {
          kept[0] = null;
          ScanWarnings.take(flag);
          statement.clearWarnings();
          return null;
        }
        case "close" -> ScanWarnings.take(flag);
        default -> {
        }
      }
      return call(statement, method, args);
    });
  }

  private static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(T target, Class<T> type, InvocationHandler handler) {
    Set<Class<?>> interfaces = new LinkedHashSet<>();
    interfaces.add(type);
    for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
      interfaces.addAll(List.of(c.getInterfaces()));
    }
    return (T) Proxy.newProxyInstance(HostsqlDriver.class.getClassLoader(),
        interfaces.toArray(new Class<?>[0]), handler);
  }
}
