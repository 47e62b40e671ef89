package io.hostsql.jdbc.server;

import io.hostsql.jdbc.face.SqlStates;
import java.sql.SQLException;
import org.apache.calcite.avatica.AvaticaSeverity;
import org.apache.calcite.avatica.NoSuchConnectionException;
import org.apache.calcite.avatica.remote.AvaticaRuntimeException;

/**
 * What a client is told when its request fails: the reason and an SQLState of the standard
 * classes, as the embedded driver gives them ({@link SqlStates}), and no server stack trace
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
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof Error error) {
        // A stack or heap exhausted by one query: said plainly, without the frames.
        String state = error instanceof StackOverflowError ? "54001"
            : error instanceof OutOfMemoryError ? "53200" : SqlStates.GENERAL;
        return stackless(new AvaticaRuntimeException(replace(describe(error), internalId,
            clientId), 0, state, AvaticaSeverity.ERROR));
      }
    }
    // The state from the standard classes and the reason in the message, as the embedded
    // driver reports them (SqlStates), so a remote client classifies errors the same way.
    SQLException e = SqlStates.classify(failure);
    return stackless(new AvaticaRuntimeException(replace(e.getMessage(), internalId, clientId),
        e.getErrorCode(), e.getSQLState(), AvaticaSeverity.ERROR));
  }

  private static String describe(Throwable t) {
    if (t instanceof StackOverflowError) {
      return "the statement needed more stack than the server allows (too deeply nested?)";
    }
    if (t instanceof OutOfMemoryError) {
      return "the server's Java heap ran out answering this request (" + t.getMessage() + ")";
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
