package io.hostsql.os;

/**
 * Root of hostsql's unchecked exception family: anything native-sources raises about the
 * operating system is one of these, so a caller can catch one type and still tell the cases apart.
 */
public class OsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OsException(String message) {
    super(message);
  }

  public OsException(String message, Throwable cause) {
    super(message, cause);
  }
}
