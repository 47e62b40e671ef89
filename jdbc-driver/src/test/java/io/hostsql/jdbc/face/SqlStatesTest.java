package io.hostsql.jdbc.face;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * The states given to hand-built exception chains shaped as Calcite wraps failures: an HY000
 * "Error while executing SQL" around the real cause.
 */
class SqlStatesTest {
  private static SQLException wrapped(Throwable cause) {
    return new SQLException("Error while executing SQL \"SELECT 1\": " + cause.getMessage(),
        "HY000", cause);
  }

  @Test
  void anHy000WrapperTakesItsCausesClass() {
    assertEquals("22012", SqlStates.classify(
        wrapped(new ArithmeticException("/ by zero"))).getSQLState());
    assertEquals("22003", SqlStates.classify(
        wrapped(new ArithmeticException("integer overflow"))).getSQLState());
    assertEquals("22018", SqlStates.classify(
        wrapped(new NumberFormatException("For input string: \"x\""))).getSQLState());
  }

  @Test
  void anHy000WrapperTakesAStateNamedOnlyInAMessage() {
    // A limit's stop reaches the client as text inside an HY000 exception.
    assertEquals("57014", SqlStates.classify(new SQLException(
        "Error while executing SQL: query timed out after 10 s", "HY000")).getSQLState());
    assertEquals("53200", SqlStates.classify(new SQLException("Error while executing SQL:"
        + " stopped at its memory limit (queryMemory=1048576)", "HY000")).getSQLState());
  }

  @Test
  void aDeeperStandardStateWinsOverHy000() {
    SQLException inner = new SQLException("no such column", "42S22");
    assertEquals("42S22", SqlStates.classify(
        new SQLException("Error while executing SQL", "HY000", inner)).getSQLState());
  }

  @Test
  void nothingTellingStaysHy000() {
    assertEquals("HY000", SqlStates.classify(
        wrapped(new IllegalStateException("something odd"))).getSQLState());
  }
}
