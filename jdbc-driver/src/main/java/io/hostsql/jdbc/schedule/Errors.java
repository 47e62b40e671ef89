package io.hostsql.jdbc.schedule;

/** One-line messages for the status log. */
final class Errors {
  private Errors() {
  }

  /**
   * The innermost message: JDBC wraps the reason ("Column 'nope' not found") in "Error while
   * preparing statement", which alone would not say what to fix.
   */
  static String message(Throwable e) {
    String m = e.getMessage();
    Throwable t = e;
    for (int depth = 0; t.getCause() != null && t.getCause() != t && depth < 20; depth++) {
      t = t.getCause();
      if (t.getMessage() != null) {
        m = t.getMessage();
      }
    }
    return m == null ? e.toString() : m.replace('\n', ' ');
  }
}
