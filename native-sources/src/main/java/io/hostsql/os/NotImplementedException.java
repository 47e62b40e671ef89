package io.hostsql.os;

/**
 * A value this platform's backend does not read yet (on Windows: a reader still to be
 * written). Not a refusal and not a vanished process: the value is unknown here, so a table
 * shows NULL for it and tells the statement once what is missing, instead of failing.
 */
public class NotImplementedException extends OsException {
  private static final long serialVersionUID = 1L;

  /** @param message what is not read, and on which platform */
  public NotImplementedException(String message) {
    super(message);
  }
}
