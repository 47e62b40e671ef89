package io.hostsql.jdbc.server;

import java.sql.SQLException;
import org.apache.calcite.avatica.AvaticaSeverity;
import org.apache.calcite.avatica.NoSuchConnectionException;
import org.apache.calcite.avatica.remote.AvaticaRuntimeException;

/**
 * What a client is told when its request fails: the messages of the failure's causes, the
 * SQLState and vendor code of the first SQLException among them, and no server stack trace
 * (Avatica would send every frame to the client). A Java Error (a stack or heap exhausted by
 * one query) is reported to the client that caused it like any failure, so that Avatica's
 * handler does not answer with a reply the client cannot decode.
 */
final class ClientErrors {
  private static final StackTraceElement[] NO_FRAMES = new StackTraceElement[0];

  private ClientErrors() {
  }

  /**
   * {@code failure} as the client should see it, with the server-side connection id replaced
   * by the one the client chose.
   */
  static RuntimeException translate(Throwable failure, String internalId, String clientId) {
    if (failure instanceof NoSuchConnectionException) {
      return stackless(new NoSuchConnectionException(
          replace(failure.getMessage(), internalId, clientId)));
    }
    if (failure instanceof AvaticaRuntimeException a && a.getStackTrace().length == 0) {
      return a;
    }
    int code = 0;
    String state = "HY000";
    StringBuilder chain = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && code == 0 && "HY000".equals(state)) {
        code = sql.getErrorCode();
        state = sql.getSQLState() == null ? state : sql.getSQLState();
      }
      if (!chain.isEmpty()) {
        chain.append(" -> ");
      }
      chain.append(t.getClass().getSimpleName()).append(": ").append(describe(t));
    }
    return stackless(new AvaticaRuntimeException(
        replace(chain.toString(), internalId, clientId), code, state, AvaticaSeverity.ERROR));
  }

  private static String describe(Throwable t) {
    if (t instanceof StackOverflowError) {
      return "the statement needed more stack than the server allows (too deeply nested?)";
    }
    if (t instanceof OutOfMemoryError) {
      return "the server ran out of memory answering this request";
    }
    return t.getMessage() == null ? "(no message)" : t.getMessage();
  }

  private static String replace(String message, String internalId, String clientId) {
    if (message == null || internalId == null || clientId == null) {
      return message;
    }
    return message.replace(internalId, clientId);
  }

  /** {@code e} without frames: what is sent is only what the message says. */
  static <E extends Throwable> E stackless(E e) {
    e.setStackTrace(NO_FRAMES);
    return e;
  }
}
