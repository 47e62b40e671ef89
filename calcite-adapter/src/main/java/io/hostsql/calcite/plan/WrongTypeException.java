package io.hostsql.calcite.plan;

/**
 * A constant of the wrong type in a comparison, found while the statement was prepared:
 * {@code WHERE pid = 'abc'}. Calcite reports it as a bare NumberFormatException ("For input
 * string: \"abc\""); this says what the user did wrong.
 */
public final class WrongTypeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private WrongTypeException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A text constant that cannot become the number type a comparison needs. */
  static WrongTypeException notANumber(String text, String type) {
    return new WrongTypeException("Wrong type: '" + text + "' is not a number, but is compared "
        + "with or cast to " + type, null);
  }

  /** A text constant compared with a numeric column that it cannot be read as. */
  static WrongTypeException notANumber(String text, String column, String type) {
    return new WrongTypeException("Wrong type: '" + text + "' is not a number, but is compared "
        + "with " + column + " (" + type + ")", null);
  }

  /** A text constant that is a number, but not the whole number an integer needs. */
  static WrongTypeException notAWholeNumber(String text, String type) {
    return new WrongTypeException("Wrong type: '" + text + "' is not a whole number, but is "
        + "compared with or cast to " + type, null);
  }

  /** The exception to throw for {@code e}: a type error if a number failed to parse, else e. */
  static RuntimeException explain(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof NumberFormatException nfe) {
        String text = String.valueOf(nfe.getMessage()).replaceFirst("^For input string: ", "");
        return new WrongTypeException("Wrong type: " + text + " is not a number, but is "
            + "compared with or cast to a numeric column or type", e);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return e;
  }
}
