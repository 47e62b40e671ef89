package io.hostsql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.Platform;
import io.hostsql.os.testing.RecordedServices;
import io.hostsql.os.testing.RecordedWindows;
import io.hostsql.os.windows.WindowsPlatform;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Windows reader not written yet never fails a query: through the driver, over the Wine
 * recordings replayed, its column is NULL (or its table has no row) and the statement carries
 * one warning naming what Windows does not read yet, however many rows lost it.
 */
class WindowsTablesWarningsTest {
  private static Connection windows() throws SQLException {
    return PlatformConnections.over(new RecordedWindows().platform());
  }

  @Test
  void aColumnWithoutItsReaderIsNullAndOneWarning() throws SQLException {
    try (Connection c = windows(); Statement s = c.createStatement()) {
      int rows = 0;
      try (ResultSet rs = s.executeQuery("SELECT pid, name, uss FROM processes")) {
        while (rs.next()) {
          rows++;
          assertTrue(rs.getInt(1) > 0);
          assertTrue(rs.getString(2).endsWith(".exe"), rs.getString(2));
          assertNull(rs.getObject(3));
        }
      }
      assertTrue(rows >= 10, "rows: " + rows);
      List<String> w = PlatformConnections.warnings(s);
      assertEquals(1, w.size(), w.toString());
      assertTrue(w.get(0).matches("processes: memory_f\\w+ is not read on Windows yet"),
          w.get(0));
      // A statement that reads only what Windows has: no warning.
      try (ResultSet rs = s.executeQuery("SELECT pid, name, rss, memory_percent "
          + "FROM processes")) {
        while (rs.next()) {
          assertTrue(rs.getLong(3) > 0);
        }
      }
      assertEquals(List.of(), PlatformConnections.warnings(s));
    }
  }

  /**
   * A table whose reader is missing: no row, and the warning says which. Every system table
   * has its reader now, so the platform here has only the services recorded and no system or
   * process calls at all.
   */
  @Test
  void aTableWithoutItsReaderIsNoRowAndOneWarning() throws SQLException {
    List<String> tables = List.of("cpu_stats", "cpu_freq", "disk_io_counters", "users",
        "sensors_battery", "cpu_times", "virtual_memory");
    try (Connection c = PlatformConnections.over(Platform.of(WindowsPlatform.of(
            RecordedServices.committed())));
        Statement s = c.createStatement()) {
      for (String table : tables) {
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
          assertFalse(rs.next(), table);
        }
        List<String> w = PlatformConnections.warnings(s);
        assertEquals(1, w.size(), table + ": " + w);
        assertTrue(w.get(0).startsWith(table + ": ")
            && w.get(0).matches(".* is not (read|implemented) on Windows yet"), w.get(0));
      }
    }
  }

  /** The metadata a JDBC tool reads: a Windows-only column says so, a Linux-only is absent. */
  @Test
  void metadataThroughTheDriver() throws SQLException {
    try (Connection c = windows();
        ResultSet rs = c.getMetaData().getColumns(null, "os", "processes", "%")) {
      List<String> names = new ArrayList<>();
      String handles = null;
      while (rs.next()) {
        names.add(rs.getString("COLUMN_NAME"));
        if (rs.getString("COLUMN_NAME").equals("num_handles")) {
          handles = rs.getString("REMARKS");
        }
      }
      assertTrue(names.contains("cmdline") && names.contains("num_handles"), names.toString());
      assertFalse(names.contains("uid") || names.contains("num_fds"), names.toString());
      assertTrue(handles != null && handles.contains("Windows"), handles);
    }
  }
}
