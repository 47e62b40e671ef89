package io.hostsql.jdbc.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ErrorsTest {
  @Test
  void theInnermostReasonWithoutTheParsersTokenList() {
    SQLException wrapped = new SQLException("Error while preparing statement [x]",
        new RuntimeException("Encountered \"uuid AS\" at line 1, column 8.\nWas expecting one "
            + "of:\n    \"/*+\" ...\n    \"UNION\" ..."));
    assertEquals("Encountered \"uuid AS\" at line 1, column 8.", Errors.message(wrapped));
    assertEquals("Column 'nope' not found in any table", Errors.message(new SQLException(
        "Error while preparing statement", new RuntimeException("Column 'nope' not found in "
            + "any table"))));
    assertEquals("java.lang.IllegalStateException", Errors.message(
        new IllegalStateException()));
  }
}
