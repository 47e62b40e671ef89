package io.hostsql.calcite.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Terminators as SQLite's sqlite3_prepare reads them: expected texts written by hand. */
class SingleStatementTest {
  @Test
  void dropsTheTerminatorAndWhatMayFollowIt() {
    assertEquals("SELECT 1", SingleStatement.of("SELECT 1"));
    assertEquals("SELECT 1", SingleStatement.of("SELECT 1;"));
    assertEquals("SELECT 1 ", SingleStatement.of("SELECT 1 ;  \n\t"));
    assertEquals("SELECT 1", SingleStatement.of("SELECT 1;;; -- done\n/* and */ ;"));
    assertEquals("SELECT 1", SingleStatement.of("SELECT 1; /* unclosed comment"));
    assertEquals("SELECT 1", SingleStatement.of("SELECT 1; -- no newline at the end"));
  }

  @Test
  void aSemicolonInsideQuotesOrCommentsIsText() {
    assertEquals("SELECT ';' AS \"a;b\", `c;d` -- x;y\n /* ; */ FROM t",
        SingleStatement.of("SELECT ';' AS \"a;b\", `c;d` -- x;y\n /* ; */ FROM t;"));
    assertEquals("SELECT 'it''s; fine'", SingleStatement.of("SELECT 'it''s; fine';"));
    assertEquals("SELECT 'unclosed; x", SingleStatement.of("SELECT 'unclosed; x"));
  }

  @Test
  void aSecondStatementIsRefusedNamingWhereItBegins() {
    var e = assertThrows(SingleStatement.MultipleStatementsException.class,
        () -> SingleStatement.of("SELECT 1;\n  -- next\n  SELECT 2;"));
    assertTrue(e.getMessage().contains("line 3, column 3"), e.getMessage());
    assertTrue(e.getMessage().contains("SELECT 2;"), e.getMessage());
    var f = assertThrows(SingleStatement.MultipleStatementsException.class,
        () -> SingleStatement.of("SELECT 1; DROP TABLE x"));
    assertTrue(f.getMessage().contains("line 1, column 11"), f.getMessage());
  }
}
