package io.hostsql.jdbc.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What tools ask of a session before they query (CURRENT_SCHEMA, USER) and the metadata they
 * read, each embedded, through jdbc:hostsql:remote: and through Avatica's stock driver, against
 * what was asked for, coreutils' id, /proc/stat and the embedded driver's own answers.
 */
class SessionProbesTest {

  private static String one(Connection c, String sql) throws SQLException {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      assertTrue(rs.next(), sql);
      String v = rs.getString(1);
      assertFalse(rs.next(), sql);
      return v;
    }
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void currentSchemaIsTheConnectionsSchema(Target target) throws Exception {
    long self = ProcessHandle.current().pid();
    try (Connection c = target.connect()) {
      assertEquals("os", one(c, "SELECT CURRENT_SCHEMA"));
      assertEquals("os", one(c, "SELECT current_schema FROM processes WHERE pid = 1"));
      c.setSchema("osquery");
      assertEquals("osquery", c.getSchema());
      assertEquals("osquery", one(c, "SELECT CURRENT_SCHEMA"));
      // path is a column of osquery's processes only
      assertEquals("osquery", one(c, "SELECT CURRENT_SCHEMA FROM processes WHERE pid = " + self
          + " AND path IS NOT NULL"));
    }
    if (target.hostsqlClient()) {
      // Avatica's stock client keeps a schema in its URL to itself; hostsql's passes it on.
      try (Connection c = DriverManager.getConnection(target.url()
          + (target == Target.EMBEDDED ? "schema=osquery" : ";schema=osquery"))) {
        assertEquals("osquery", c.getSchema());
        assertEquals("osquery", one(c, "SELECT CURRENT_SCHEMA FROM processes WHERE pid = "
            + self + " AND path IS NOT NULL"));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void bareUserIsTheSessionUserUnlessAColumnIsNamedSo(Target target) throws Exception {
    // The loopback test server has no users file: remote sessions are its own account's.
    String me = ProcFacts.userName();
    try (Connection c = target.connect()) {
      for (String probe : new String[] {"USER", "user", "CURRENT_USER", "SESSION_USER"}) {
        assertEquals(me, one(c, "SELECT " + probe), probe);
      }
      assertEquals(me, one(c, "SELECT USER FROM processes WHERE pid = 1"));
      assertEquals("1", one(c, "SELECT count(*) FROM processes WHERE pid = 1 AND USER = '"
          + me + "'"));
      // cpu_time has a column named user: a bare user is that column (CPU 0's user ticks),
      // CURRENT_USER still the session's, "user" always the column.
      long before = ProcFacts.userTicks(0);
      try (ResultSet rs = c.createStatement().executeQuery("SELECT user, CURRENT_USER AS cu,"
          + " \"user\" AS quoted, USER + 0 AS plus FROM osquery.cpu_time WHERE core = 0"
          + " ORDER BY user")) {
        long after = ProcFacts.userTicks(0);
        assertTrue(rs.next());
        long ticks = rs.getLong(1);
        assertTrue(ticks >= before - 1 && ticks <= after + 1,
            "cpu0 user " + ticks + " outside /proc/stat's " + before + ".." + after);
        assertEquals(me, rs.getString(2));
        assertEquals(ticks, rs.getLong(3));
        assertEquals(ticks, rs.getLong(4));
        assertFalse(rs.next());
      }
      assertEquals("1", one(c, "SELECT count(*) FROM osquery.cpu_time WHERE core = 0"
          + " AND user > 0 AND USER >= 0"));
      // a subquery sees the outer query's columns, as for any name: there it is the column
      try (ResultSet rs = c.createStatement().executeQuery("SELECT user,"
          + " (SELECT USER FROM processes WHERE pid = " + ProcessHandle.current().pid()
          + ") AS inner_user"
          + " FROM osquery.cpu_time WHERE core = 0")) {
        assertTrue(rs.next());
        assertEquals(rs.getLong(1), rs.getLong(2));
      }
    }
  }

  /** Through a server with users, the session user is the one who authenticated. */
  @org.junit.jupiter.api.Test
  void remoteUserIsTheAuthenticatedOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
      throws Exception {
    java.nio.file.Path users = java.nio.file.Files.writeString(tmp.resolve("users"),
        "alice: secret,hostsql\n");
    try (io.hostsql.jdbc.server.HostsqlServer server = io.hostsql.jdbc.server.HostsqlServer
        .start(new io.hostsql.jdbc.server.ServerConfig("127.0.0.1", 0, users, null, null,
            java.util.Set.of(), io.hostsql.jdbc.server.ServerConfig.DEFAULT_MAX_REQUEST_BYTES,
            io.hostsql.jdbc.server.ServerConfig.DEFAULT_QUERY_TIMEOUT));
         Connection c = DriverManager.getConnection("jdbc:hostsql:remote:url=" + server.url()
             + ";user=alice;password=secret")) {
      for (String probe : new String[] {"USER", "CURRENT_USER", "SESSION_USER"}) {
        assertEquals("alice", one(c, "SELECT " + probe), probe);
      }
    }
  }

  private static List<String> rows(ResultSet rs) throws SQLException {
    try (rs) {
      List<String> out = new ArrayList<>();
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          row.append(rs.getMetaData().getColumnLabel(i)).append('=').append(rs.getString(i))
              .append(i < n ? "|" : "");
        }
        out.add(row.toString());
      }
      return out;
    }
  }

  @ParameterizedTest
  @EnumSource(value = Target.class, names = {"HOSTSQL_REMOTE"})
  void remoteFunctionsAndProceduresAreTheEmbeddedOnes(Target target) throws Exception {
    try (Connection embedded = Target.EMBEDDED.connect(); Connection remote = target.connect()) {
      DatabaseMetaData e = embedded.getMetaData();
      DatabaseMetaData r = remote.getMetaData();
      List<String> all = rows(e.getFunctions(null, null, null));
      String names = String.join("\n", all);
      // Calcite's own and the libraries hostsql turns on, and the osquery schema's
      for (String f : new String[] {"FUNCTION_NAME=UPPER|", "FUNCTION_NAME=SUBSTRING|",
          "FUNCTION_NAME=REGEXP_REPLACE|", "FUNCTION_SCHEM=osquery|FUNCTION_NAME=version_part|"}) {
        assertTrue(names.contains(f), f + " missing from " + all.size() + " functions");
      }
      assertTrue(all.size() > 100, all.size() + " functions");
      assertEquals(all, rows(r.getFunctions(null, null, null)));
      assertEquals(rows(e.getFunctions(null, "osquery", "%")),
          rows(r.getFunctions(null, "osquery", "%")));
      assertEquals(rows(e.getFunctions(null, null, "REGEXP\\_%")),
          rows(r.getFunctions(null, null, "REGEXP\\_%")));
      assertEquals(rows(e.getProcedures(null, null, null)),
          rows(r.getProcedures(null, null, null)));
    }
  }

  /**
   * Every column of every osquery view has a type name without nullability and a real size;
   * the ones its SQL makes from text literals are VARCHAR and nullable, as osquery's TEXT.
   */
  @ParameterizedTest
  @EnumSource(Target.class)
  void osqueryViewColumnsFromLiteralsAreNullableVarchar(Target target) throws Exception {
    try (Connection c = target.connect();
         ResultSet cols = c.getMetaData().getColumns(null, "osquery", null, null)) {
      int n = 0;
      List<String> literal = new ArrayList<>();
      while (cols.next()) {
        n++;
        String where = cols.getString("TABLE_NAME") + "." + cols.getString("COLUMN_NAME");
        String type = cols.getString("TYPE_NAME");
        assertFalse(type.startsWith("CHAR") || type.contains("NOT NULL"), where + " " + type);
        if (cols.getInt("DATA_TYPE") == Types.VARCHAR) {
          assertTrue(cols.getInt("COLUMN_SIZE") > 0, where + " size " + cols.getInt("COLUMN_SIZE"));
        }
        switch (where) {
          case "process_open_sockets.net_namespace", "interface_details.pci_slot",
              "logged_in_users.type", "processes.state" -> {
            literal.add(where);
            assertEquals(Types.VARCHAR, cols.getInt("DATA_TYPE"), where);
            assertEquals("VARCHAR", type, where);
            assertEquals(DatabaseMetaData.columnNullable, cols.getInt("NULLABLE"), where);
            assertEquals("YES", cols.getString("IS_NULLABLE"), where);
          }
          default -> { }
        }
      }
      assertTrue(n > 300, n + " osquery columns");
      assertEquals(4, literal.size(), literal.toString());
      // what a query on such a column reports agrees
      try (ResultSet rs = c.createStatement().executeQuery(
          "SELECT net_namespace FROM osquery.process_open_sockets WHERE pid = 1")) {
        ResultSetMetaData m = rs.getMetaData();
        assertEquals(Types.VARCHAR, m.getColumnType(1));
        assertEquals(ResultSetMetaData.columnNullable, m.isNullable(1));
        while (rs.next()) {
          assertEquals("", rs.getString(1), "osquery leaves it empty on Linux");
        }
      }
    }
  }
}
