package io.hostsql.jdbc.server;

/**
 * Who sent the request this thread is answering: the authenticated user, or the anonymous
 * client's session ({@link SessionOwner}). The HTTP layer sets it; the ownership layer reads
 * it, as Avatica's Service interface carries no caller.
 */
final class RequestOwner {
  /** A request no owner was found for (none reaches Avatica that way: the HTTP layer sets one). */
  static final String ANONYMOUS = "";
  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private RequestOwner() {
  }

  /** Runs {@code work} as {@code owner}. */
  static void runAs(String owner, Runnable work) {
    String previous = CURRENT.get();
    CURRENT.set(owner == null ? ANONYMOUS : owner);
    try {
      work.run();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  /** The current request's owner; refuses to guess when no request is being answered. */
  static String current() {
    String owner = CURRENT.get();
    if (owner == null) {
      throw new IllegalStateException("no request is being answered on this thread");
    }
    return owner;
  }
}
