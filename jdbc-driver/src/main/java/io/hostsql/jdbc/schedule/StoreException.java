package io.hostsql.jdbc.schedule;

/** The result store cannot be opened, read or written; the message says which file and why. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
