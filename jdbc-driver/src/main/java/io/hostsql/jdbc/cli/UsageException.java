package io.hostsql.jdbc.cli;

/** The command line itself is wrong: the shell prints the message and usage, and exits 2. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
