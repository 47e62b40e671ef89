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
    if (m == null) {
      return e.toString();
    }
    // A parse error lists every token the parser would have taken: hundreds of words.
    int expecting = m.indexOf("Was expecting");
    if (expecting > 0) {
      m = m.substring(0, expecting).strip();
    }
    return m.replace('\n', ' ');
  }
}
