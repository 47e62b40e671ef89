package io.hostsql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DatabaseMetaData walked the way a BI tool does on connect. */
class MetadataTest {
  @Test
  void everyTableAndColumnHasATypeAndADescription() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:hostsql:")) {
      DatabaseMetaData md = c.getMetaData();
      List<String> schemas = new ArrayList<>();
      try (ResultSet rs = md.getSchemas()) {
        while (rs.next()) {
          schemas.add(rs.getString("TABLE_SCHEM"));
        }
      }
      assertTrue(schemas.contains("os"), schemas.toString());
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = md.getTables(null, "os", "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          tables.add(rs.getString("TABLE_NAME"));
          String remarks = rs.getString("REMARKS");
          assertTrue(remarks != null && remarks.length() > 20,
              rs.getString("TABLE_NAME") + " has a description");
        }
      }
      assertEquals(77, tables.size(), tables.toString());
      int columns = 0;
      for (String t : tables) {
        try (ResultSet rs = md.getColumns(null, "os", t, "%")) {
          while (rs.next()) {
            columns++;
            String name = t + "." + rs.getString("COLUMN_NAME");
            assertTrue(rs.getInt("DATA_TYPE") != 0, name);
            assertTrue(!rs.getString("TYPE_NAME").isEmpty(), name);
            String remarks = rs.getString("REMARKS");
            assertTrue(remarks != null && remarks.length() > 3, name + " has a description");
          }
        }
      }
      assertTrue(columns > 200, "columns: " + columns);
      try (ResultSet rs = md.getColumns(null, "os", "processes", "rss")) {
        assertTrue(rs.next());
        assertEquals("Resident set size: memory in RAM now (on Windows the working set). "
            + "Unit: bytes.",
            rs.getString("REMARKS"));
        assertEquals(java.sql.Types.BIGINT, rs.getInt("DATA_TYPE"));
      }
      // What BI tools ask next: keys, types, catalogs, who the driver is.
      try (ResultSet rs = md.getPrimaryKeys(null, "os", "processes")) {
        assertTrue(rs.next());
        assertEquals("pid", rs.getString("COLUMN_NAME"));
        assertEquals(1, rs.getShort("KEY_SEQ"));
        assertTrue(!rs.next());
      }
      try (ResultSet rs = md.getPrimaryKeys(null, "os", "process_args")) {
        assertTrue(!rs.next(), "a process has many args: no key declared");
      }
      java.util.Set<String> types = new java.util.HashSet<>();
      try (ResultSet rs = md.getTypeInfo()) {
        while (rs.next()) {
          types.add(rs.getString("TYPE_NAME"));
        }
      }
      assertTrue(types.containsAll(List.of("VARCHAR", "INTEGER", "BIGINT", "DOUBLE", "BOOLEAN",
          "TIMESTAMP")), types.toString());
      try (ResultSet rs = md.getCatalogs()) {
        assertTrue(rs.next());
      }
      assertEquals(HostsqlDriver.version(), md.getDriverVersion());
      assertEquals(HostsqlDriver.version(), md.getDatabaseProductVersion());
      // The osquery views are listed as views, with their columns typed.
      List<String> views = new ArrayList<>();
      try (ResultSet rs = md.getTables(null, "osquery", "%", null)) {
        while (rs.next()) {
          views.add(rs.getString("TABLE_NAME") + ":" + rs.getString("TABLE_TYPE"));
        }
      }
      assertTrue(views.contains("processes:VIEW"), views.toString());
      // 19 views over os, 22 over the audit tables, and time, osquery_info, osquery_schedule
      // and osquery_events as tables.
      assertTrue(views.containsAll(List.of("file:VIEW", "hash:VIEW", "time:TABLE",
          "osquery_info:TABLE", "osquery_schedule:TABLE", "osquery_events:TABLE")),
          views.toString());
      assertEquals(65, views.size(), views.toString());
      try (ResultSet rs = md.getColumns(null, "osquery", "processes", "pid")) {
        assertTrue(rs.next());
        assertEquals("processes", rs.getString("TABLE_NAME"));
        assertEquals(java.sql.Types.BIGINT, rs.getInt("DATA_TYPE"));
        assertTrue(!rs.next(), "the table-name pattern selects one view");
      }
    }
  }
}
