package io.hostsql.jdbc.server;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;

/**
 * A server connection whose every statement carries the server's query timeout. Avatica's
 * remote protocol does not carry the client's setQueryTimeout, so without this a remote
 * client's runaway query (a six-way cross join) would hold a server thread and a core for good.
 */
final class TimeoutConnection {
  private TimeoutConnection() {
  }

  static Connection wrap(Connection connection, int seconds) {
    if (seconds <= 0) {
      return connection;
    }
    return (Connection) Proxy.newProxyInstance(TimeoutConnection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          Object result;
          try {
            result = method.invoke(connection, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          if (result instanceof Statement s) {
            s.setQueryTimeout(seconds);
          }
          return result;
        });
  }
}
