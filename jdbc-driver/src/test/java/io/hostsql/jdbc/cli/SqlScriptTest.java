package io.hostsql.jdbc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {
  @Test
  void splitsAtStatementEndsOnly() {
    String script = """
        -- first; not a statement end
        SELECT 'a;b' AS "x;y" FROM processes;
        /* block; comment */ SELECT 2;
        -- trailing comment only;
        """;
    assertEquals(List.of("-- first; not a statement end\nSELECT 'a;b' AS \"x;y\" FROM processes",
        "/* block; comment */ SELECT 2"), SqlScript.split(script));
  }

  @Test
  void doubledQuotesStayInsideTheLiteral() {
    assertEquals(List.of("SELECT 'it''s; fine'", "SELECT 3"),
        SqlScript.split("SELECT 'it''s; fine'; SELECT 3"));
  }

  @Test
  void noTrailingSemicolonNeeded() {
    assertEquals(List.of("SELECT 1"), SqlScript.split("  SELECT 1  "));
  }
}
