package io.hostsql.jdbc.face;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.util.regex.Pattern;
import org.apache.calcite.avatica.AvaticaSqlException;

/**
 * Gives every error leaving the driver an SQLState from the standard classes (42 syntax and
 * unknown names, 22 data, 57 cancel and timeout, 08 connection, 28 authorization, 0A feature)
 * and a message that says why, so that Spring, jOOQ and BI tools can classify it without
 * digging through causes. Calcite and Avatica give none (null embedded, 00000 remotely) and
 * hide the reason of a failed prepare in the cause.
 */
public final class SqlStates {
  /** Syntax error or access rule violation: what a statement that will never run gets. */
  public static final String SYNTAX = "42000";
  /** A table or view that does not exist. */
  public static final String NO_TABLE = "42S02";
  /** A column that does not exist. */
  public static final String NO_COLUMN = "42S22";
  /** A value of the wrong form for its type (setString("x") for an INTEGER). */
  public static final String BAD_VALUE = "22018";
  /** A number outside its type's range. */
  public static final String OUT_OF_RANGE = "22003";
  /** Division by zero. */
  public static final String DIVISION_BY_ZERO = "22012";
  /** A statement cancelled or stopped by its timeout. */
  public static final String CANCELLED = "57014";
  /** The server cannot be reached or the connection is gone. */
  public static final String CONNECTION = "08006";
  /** A wrong user or password. */
  public static final String AUTHORIZATION = "28000";
  /** Something JDBC allows a driver not to support. */
  public static final String NOT_SUPPORTED = "0A000";
  /** Anything else. */
  public static final String GENERAL = "HY000";
  /** A statement stopped by its memory limit (QueryBudget's), or a heap exhausted. */
  public static final String OUT_OF_MEMORY = "53200";

  private static final Pattern AVATICA_PREFIX =
      Pattern.compile("^(Error -?\\d+ \\([0-9A-Z]{5}\\) : )+");
  private static final Pattern SERVER_MESSAGE =
      Pattern.compile("Messs?age: '(.*?)', Error code: ");
  private static final String REMOTE_MARK = "Remote driver error: ";

  private SqlStates() {
  }

  /**
   * The exception a caller should see for {@code e}: {@code e} itself when it already has a
   * state from a standard class, otherwise a new one of the right subclass with the reason in
   * its message and {@code e} as its cause.
   */
  public static SQLException classify(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof SQLException s && hasStandardState(s)) {
        String clean = clean(s.getMessage());
        // Avatica's remote exceptions open with "Error -1 (00000) : " and may carry the
        // server's stack trace after the first line: the caller gets the reason alone.
        // A failed remote prepare keeps the server's reason only in the server's text.
        if (s instanceof AvaticaSqlException a && !a.getStackTraces().isEmpty()) {
          String reason = serverReason(a.getStackTraces().get(0));
          if (!reason.isEmpty() && !clean.contains(reason)) {
            clean = clean + ": " + reason;
          }
        }
        String state = s.getSQLState();
        if (state.equals(GENERAL)) {
          // HY000 says only "an error": Calcite's "Error while executing SQL" wraps a limit's
          // stop (53200, 57014) that way, its reason kept in the message text alone.
          String specific = specificState(e);
          if (specific != null) {
            return create(clean, specific, s);
          }
        }
        return t == e && clean.equals(s.getMessage()) ? s : create(clean, state, s);
      }
    }
    Throwable root = e;
    String state = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      String found = stateOf(t);
      if (found != null && state == null) {
        state = found;
      }
      root = t;
      if (t.getCause() == t) {
        break;
      }
    }
    if (state == null) {
      state = e instanceof SQLFeatureNotSupportedException ? NOT_SUPPORTED : GENERAL;
    }
    String message = message(e, root);
    return create(message, state, e);
  }

  /** A state more telling than HY000 somewhere in {@code e}'s chain, or null. */
  private static String specificState(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      // An HY000 exception's class and state say nothing: only its message may. Any other
      // throwable is judged whole, its class included (an ArithmeticException is 22012).
      String found = t instanceof SQLException s && GENERAL.equals(s.getSQLState())
          ? stateOf(new RuntimeException(t.getMessage())) : stateOf(t);
      if (found != null && !found.equals(GENERAL)) {
        return found;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  /** The message of the server's error, out of AvaticaRuntimeException's toString. */
  private static String serverReason(String serverText) {
    var m = SERVER_MESSAGE.matcher(serverText);
    return m.find() ? clean(m.group(1)) : "";
  }

  private static boolean hasStandardState(SQLException s) {
    String state = s.getSQLState();
    return state != null && state.length() == 5 && !state.equals("00000");
  }

  /** The state a throwable stands for, or null when it says nothing about one. */
  private static String stateOf(Throwable t) {
    String name = t.getClass().getName();
    String text = String.valueOf(t.getMessage());
    if (t instanceof SQLException s && hasStandardState(s)) {
      return s.getSQLState();
    }
    if (t instanceof SQLTimeoutException || name.endsWith("SqlTimeoutException")
        || t instanceof java.util.concurrent.CancellationException
        || text.contains("cancelled") || text.contains("canceled")
        || text.contains("timed out") || text.contains("timeout")) {
      return CANCELLED;
    }
    if (text.contains("its memory limit (queryMemory")) {
      return OUT_OF_MEMORY;
    }
    if (t instanceof ArithmeticException) {
      return text.contains("zero") ? DIVISION_BY_ZERO : OUT_OF_RANGE;
    }
    if (t instanceof NumberFormatException || t instanceof ClassCastException
        || t instanceof java.time.DateTimeException) {
      return BAD_VALUE;
    }
    if (name.endsWith("SqlParseException")) {
      return SYNTAX;
    }
    if (name.endsWith("CalciteContextException") || name.endsWith("SqlValidatorException")) {
      if (text.contains("Column '") && text.contains("not found")) {
        return NO_COLUMN;
      }
      if (text.contains("Object '") && text.contains("not found")
          || text.contains("Table '") && text.contains("not found")) {
        return NO_TABLE;
      }
      return SYNTAX;
    }
    if (text.contains("HTTP/401") || text.contains("HTTP/403")) {
      return AUTHORIZATION;
    }
    if (t instanceof java.net.ConnectException || t instanceof java.net.SocketException
        || t instanceof java.net.http.HttpTimeoutException) {
      return CONNECTION;
    }
    return null;
  }

  /**
   * The outer message when it already tells the reason, else the outer message followed by
   * the deepest cause's. Avatica's "Error -1 (00000) : " and "Remote driver error: " prefixes
   * and anything after the first line of a remote message (a server stack trace) are dropped.
   */
  static String message(Throwable outer, Throwable root) {
    String top = clean(outer.getMessage());
    String reason = clean(root.getMessage());
    if (root == outer || reason.isEmpty() || top.contains(reason)) {
      return top.isEmpty() ? root.getClass().getSimpleName() : top;
    }
    if (top.isEmpty()) {
      return reason;
    }
    return top + ": " + reason;
  }

  private static String clean(String message) {
    if (message == null) {
      return "";
    }
    String m = message;
    int nl = m.indexOf('\n');
    if (nl >= 0) {
      m = m.substring(0, nl);
    }
    m = AVATICA_PREFIX.matcher(m).replaceFirst("");
    // A remote error as the client wraps it: "Error while executing SQL ...: Remote driver
    // error: " and the server's own message, which says the same and more.
    int remote = m.indexOf(REMOTE_MARK);
    if (remote >= 0) {
      m = m.substring(remote + REMOTE_MARK.length());
    }
    // Avatica's remote messages chain the causes as "A -> B -> C": the last is the reason.
    int arrow = m.lastIndexOf(" -> ");
    if (arrow >= 0) {
      m = m.substring(arrow + 4);
    }
    return m.strip();
  }

  /** A new exception of the subclass JDBC names for {@code state}. */
  public static SQLException create(String message, String state, Throwable cause) {
    String cls = state.substring(0, 2);
    SQLException e = switch (cls) {
      case "42" -> new SQLSyntaxErrorException(message, state);
      case "22" -> new SQLDataException(message, state);
      case "57" -> new SQLTimeoutException(message, state);
      case "08" -> new SQLNonTransientConnectionException(message, state);
      case "28" -> new SQLInvalidAuthorizationSpecException(message, state);
      case "0A" -> new SQLFeatureNotSupportedException(message, state);
      default -> new SQLException(message, state);
    };
    if (cause != null) {
      e.initCause(cause);
    }
    return e;
  }
}
