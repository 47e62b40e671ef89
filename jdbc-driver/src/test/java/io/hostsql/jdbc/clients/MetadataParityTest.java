package io.hostsql.jdbc.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The DatabaseMetaData answers the issue found different remotely (product name and version,
 * URL, identifier case, keys, tables and columns): jdbc:hostsql:remote: gives the embedded
 * driver's, and Avatica's stock driver differs only where its client answers without asking
 * the server (what the README lists). Identifier answers are checked against queries.
 */
class MetadataParityTest {

  /** The answers that describe the database, by name. */
  private static List<String> facts(DatabaseMetaData md) throws SQLException {
    return List.of("product=" + md.getDatabaseProductName(),
        "productVersion=" + md.getDatabaseProductVersion(),
        "driver=" + md.getDriverName(), "driverVersion=" + md.getDriverVersion(),
        "supportsMixedCase=" + md.supportsMixedCaseIdentifiers(),
        "storesUpper=" + md.storesUpperCaseIdentifiers(),
        "storesLower=" + md.storesLowerCaseIdentifiers(),
        "storesMixed=" + md.storesMixedCaseIdentifiers(),
        "supportsMixedCaseQuoted=" + md.supportsMixedCaseQuotedIdentifiers(),
        "storesUpperQuoted=" + md.storesUpperCaseQuotedIdentifiers(),
        "storesLowerQuoted=" + md.storesLowerCaseQuotedIdentifiers(),
        "storesMixedQuoted=" + md.storesMixedCaseQuotedIdentifiers(),
        "quote=" + md.getIdentifierQuoteString(), "readOnly=" + md.isReadOnly());
  }

  private static List<String> rows(ResultSet rs, String... columns) throws SQLException {
    try (rs) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (String c : columns) {
          row.append(c).append('=').append(rs.getString(c)).append(' ');
        }
        out.add(row.toString());
      }
      return out;
    }
  }

  private static List<String> tables(DatabaseMetaData md) throws SQLException {
    return rows(md.getTables(null, null, null, null), "TABLE_SCHEM", "TABLE_NAME",
        "TABLE_TYPE");
  }

  private static List<String> columns(DatabaseMetaData md) throws SQLException {
    return rows(md.getColumns(null, "os", null, null), "TABLE_NAME", "COLUMN_NAME",
        "DATA_TYPE", "TYPE_NAME", "COLUMN_SIZE", "DECIMAL_DIGITS", "NULLABLE",
        "ORDINAL_POSITION");
  }

  private static List<String> keys(DatabaseMetaData md) throws SQLException {
    return rows(md.getPrimaryKeys(null, null, null), "TABLE_SCHEM", "TABLE_NAME",
        "COLUMN_NAME", "KEY_SEQ", "PK_NAME");
  }

  @Test
  void hostsqlRemoteAnswersAsEmbedded() throws Exception {
    try (Connection e = Target.EMBEDDED.connect(); Connection r = Target.HOSTSQL_REMOTE.connect()) {
      DatabaseMetaData em = e.getMetaData();
      DatabaseMetaData rm = r.getMetaData();
      List<String> facts = facts(em);
      assertEquals("product=hostsql", facts.get(0));
      assertEquals(facts, facts(rm));
      assertEquals("jdbc:hostsql:", em.getURL());
      assertEquals(Target.HOSTSQL_REMOTE.url(), rm.getURL());
      assertEquals(tables(em), tables(rm));
      assertEquals(columns(em), columns(rm));
      List<String> keys = keys(em);
      assertFalse(keys.isEmpty());
      assertEquals(keys, keys(rm));
    }
  }

  @Test
  void stockAvaticaDiffersOnlyWhereItsClientAnswersItself() throws Exception {
    try (Connection e = Target.EMBEDDED.connect(); Connection a = Target.AVATICA_REMOTE.connect()) {
      DatabaseMetaData em = e.getMetaData();
      DatabaseMetaData am = a.getMetaData();
      // Its own name, its URL and Avatica's default identifier rules (upper case, sensitive):
      // AvaticaDatabaseMetaData reads them from the client, never from the server.
      assertEquals("Avatica", am.getDatabaseProductName());
      assertEquals(Target.AVATICA_REMOTE.url(), am.getURL());
      assertTrue(am.storesUpperCaseIdentifiers());
      // Its protocol has no request for keys or functions: it answers none.
      assertEquals(List.of(), keys(am));
      try (ResultSet rs = am.getFunctions(null, null, null)) {
        assertFalse(rs.next());
      }
      // What it does ask the server is the same.
      assertEquals(tables(em), tables(am));
      assertEquals(columns(em), columns(am));
    }
  }

  /** What the identifier answers claim, as queries see it, embedded. */
  @Test
  void identifiersMatchInAnyCaseAndKeepTheirCase() throws Exception {
    try (Connection c = Target.EMBEDDED.connect()) {
      DatabaseMetaData md = c.getMetaData();
      assertTrue(md.storesMixedCaseIdentifiers() && md.storesMixedCaseQuotedIdentifiers());
      assertFalse(md.supportsMixedCaseIdentifiers() || md.supportsMixedCaseQuotedIdentifiers());
      for (String sql : new String[] {"SELECT Pid FROM Processes WHERE pid = 1",
          "SELECT \"Pid\" FROM \"PROCESSES\" WHERE pid = 1"}) {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
          assertTrue(rs.next(), sql);
          assertEquals(1, rs.getInt(1));
          assertEquals("Pid", rs.getMetaData().getColumnLabel(1), "kept as typed: " + sql);
        }
      }
    }
  }
}
