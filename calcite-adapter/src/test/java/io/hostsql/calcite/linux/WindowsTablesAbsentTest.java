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
}
