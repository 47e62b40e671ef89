package io.hostsql.trino;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import java.util.Set;

/** Says in one line why a host failed, from the chain of causes a JDBC call threw. */
final class Errors {
  /** Longer messages are cut: a host's error text is not trusted to be short. */
  private static final int MAX_LENGTH = 600;

  private Errors() {
  }

  static String describe(Throwable e) {
    Set<String> parts = new LinkedHashSet<>();
    for (Throwable t = e; t != null && parts.size() < 6; t = t.getCause() == t ? null : t.getCause()) {
      String m = t.getMessage();
      if (t instanceof SocketTimeoutException || t.getClass().getName().endsWith("TimeoutException")) {
        parts.add("no answer in time (" + (m == null ? t.getClass().getSimpleName() : m) + ")");
      } else if (t instanceof ConnectException) {
        parts.add("connection refused (" + m + ")");
      } else if (t instanceof UnknownHostException) {
        parts.add("unknown host " + m);
      } else if (m != null && !m.isBlank() && parts.stream().noneMatch(p -> p.contains(m.strip()))) {
        parts.add(m.strip());
      }
    }
    String s = parts.isEmpty() ? e.getClass().getName() : String.join(": ", parts);
    s = s.replaceAll("\\s+", " ");
    return s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH) + "..." : s;
  }

  /** Whether the failure is the host being away or mute rather than its answer an error. */
  static boolean unreachable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String m = String.valueOf(t.getMessage());
      if (t instanceof java.io.IOException || m.contains("HTTP/401") || m.contains("HTTP/403")
          || t instanceof java.sql.SQLException s && "08001".equals(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
