package io.hostsql.jdbc.server;

import io.hostsql.jdbc.face.SqlStates;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import org.apache.calcite.avatica.AvaticaSeverity;
import org.apache.calcite.avatica.NoSuchConnectionException;
import org.apache.calcite.avatica.NoSuchStatementException;
import org.apache.calcite.avatica.remote.AvaticaRuntimeException;
import org.apache.calcite.avatica.remote.Service;

/**
 * The server's Service with every failure sent as an error that carries its SQLState and its
 * reason (Avatica sends -1 and 00000, the reason buried in a stack trace) and nothing of the
 * server's own stack: a client learns why its statement failed, not how the server is built.
 */
final class ClientErrors {
  private ClientErrors() {
  }

  static Service wrap(Service service) {
    return (Service) Proxy.newProxyInstance(ClientErrors.class.getClassLoader(),
        new Class<?>[] {Service.class}, (proxy, method, args) -> {
          try {
            return method.invoke(service, args);
          } catch (InvocationTargetException e) {
            throw forClient(e.getCause());
          }
        });
  }

  private static Throwable forClient(Throwable cause) {
    if (cause instanceof Error || cause instanceof AvaticaRuntimeException
        || cause instanceof NoSuchConnectionException
        || cause instanceof NoSuchStatementException) {
      // Avatica's own protocol errors: clients react to their codes (a lost connection).
      return cause;
    }
    SQLException e = SqlStates.classify(cause);
    AvaticaRuntimeException sent = new AvaticaRuntimeException(e.getMessage(),
        e.getErrorCode(), e.getSQLState(), AvaticaSeverity.ERROR);
    sent.setStackTrace(new StackTraceElement[0]);
    return sent;
  }
}
