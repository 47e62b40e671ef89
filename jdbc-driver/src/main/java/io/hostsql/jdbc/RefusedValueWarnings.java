package io.hostsql.jdbc;

import io.hostsql.calcite.table.RefusedValues;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLWarning;
import java.sql.Statement;

/**
 * Statements that say when the OS refused values their rows show as NULL: getWarnings adds
 * "n values not readable as uid U: run as root for all", n counted by {@link RefusedValues}
 * from the last execute to now (rows are read as they are fetched, so ask after reading
 * them). The connection is wrapped so that every statement it creates is.
 */
final class RefusedValueWarnings {
  /** The SQLState of the warning: 01000, a warning with no more specific class. */
  static final String SQL_STATE = "01000";

  private RefusedValueWarnings() {
  }

  /** The connection, creating statements that report refused values. */
  static Connection wrap(Connection connection) {
    return Proxies.of(connection, (proxy, method, args) -> {
      Object result = Proxies.call(connection, method, args);
      return result instanceof Statement s ? Proxies.of(s, new StatementHandler(s)) : result;
    });
  }

  /** The warning for n refused values, read as the effective uid of this JVM. */
  static SQLWarning warning(long n) {
    try {
      return new SQLWarning(n + " values not readable as uid " + effectiveUid()
          + ": run as root for all", SQL_STATE);
    } catch (io.hostsql.os.OsException e) {
      // Windows has no uids: the warning must still come, not fail getWarnings.
      return new SQLWarning(n + " values not readable by this account: run elevated for all",
          SQL_STATE);
    }
  }

  private static long effectiveUid() {
    return io.hostsql.os.Process.of((int) ProcessHandle.current().pid()).uids().effective();
  }

  private static final class StatementHandler implements InvocationHandler {
    private final Statement delegate;
    private long since = RefusedValues.count();

    StatementHandler(Statement delegate) {
      this.delegate = delegate;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      if (name.startsWith("execute")) {
        since = RefusedValues.count();
      } else if (name.equals("clearWarnings")) {
        since = RefusedValues.count();
      } else if (name.equals("getWarnings")) {
        long n = RefusedValues.count() - since;
        SQLWarning inner = delegate.getWarnings();
        if (n <= 0) {
          return inner;
        }
        SQLWarning w = warning(n);
        if (inner != null) {
          w.setNextWarning(inner);
        }
        return w;
      }
      return Proxies.call(delegate, method, args);
    }
  }
}
