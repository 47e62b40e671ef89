package io.hostsql.jdbc.face;

/** Where a faced connection sits, which decides a few answers. */
public enum Side {
  /** An embedded connection a program uses directly. */
  EMBEDDED,
  /**
   * An embedded connection behind {@code hostsql serve}: its metadata travels through
   * Avatica's protocol, whose clients read a TIMESTAMP's precision as its digits after the
   * second, so that precision is passed on as Calcite gives it.
   */
  SERVED,
  /** Avatica's remote connection, opened by {@code jdbc:hostsql:remote:}. */
  REMOTE
}
