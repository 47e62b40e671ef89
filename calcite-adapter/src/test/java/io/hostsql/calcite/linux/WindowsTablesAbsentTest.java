package io.hostsql.calcite.linux;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.linux.ProcFs;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Windows-only table and its osquery view are absent from a Linux schema, not tables of
 * NULLs: osquery's platform rule, through the JDBC metadata a tool would read.
 */
class WindowsTablesAbsentTest {
  @Test
  void aLinuxSchemaHasNeitherTheTableNorTheView() throws Exception {
    try (Connection linux = LinuxConnections.openWithOsquery(ProcFs.system());
        ResultSet rs = linux.getMetaData().getTables(null, null, "%", null)) {
      List<String> names = new ArrayList<>();
      while (rs.next()) {
        names.add(rs.getString("TABLE_SCHEM") + "." + rs.getString("TABLE_NAME"));
      }
      // The listing is real: Linux's own tables and views are in it.
      assertTrue(names.contains("os.processes") && names.contains("osquery.processes"),
          names.toString());
      assertFalse(names.contains("os.windows_services"), names.toString());
      assertFalse(names.contains("osquery.services"), names.toString());
    }
  }

  /** Windows' own columns of the shared tables are "Column not found" on Linux. */
  @Test
  void aWindowsOnlyColumnIsNotFoundOnLinux() throws Exception {
    try (Connection linux = LinuxConnections.open(ProcFs.system())) {
      for (String sql : List.of("SELECT num_handles FROM processes",
          "SELECT peak_rss FROM processes", "SELECT dpc FROM cpu_times")) {
        java.sql.SQLException e = org.junit.jupiter.api.Assertions.assertThrows(
            java.sql.SQLException.class, () -> {
              try (java.sql.Statement s = linux.createStatement()) {
                s.executeQuery(sql).close();
              }
            });
        StringBuilder causes = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
          causes.append(t.getMessage()).append('\n');
        }
        assertTrue(causes.toString().matches("(?s).*Column '[a-z_]+' not found.*"),
            causes.toString());
      }
    }
  }
}
