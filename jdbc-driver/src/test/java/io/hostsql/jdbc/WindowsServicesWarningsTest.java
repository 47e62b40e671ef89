package io.hostsql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.Platform;
import io.hostsql.os.testing.RecordedServices;
import io.hostsql.os.windows.Recordings;
import io.hostsql.os.windows.WindowsPlatform;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the service control manager refuses or loses reaches a hostsql statement as NULLs and
 * SQLWarnings, never as a failed query: the Wine recording of services.c, replayed, with one
 * service's configuration and description refused (ERROR_ACCESS_DENIED, as Windows answers
 * for a service whose security descriptor denies SERVICE_QUERY_CONFIG) and the service the
 * harness deleted mid-listing.
 */
class WindowsServicesWarningsTest {
  private static Connection over(Recordings rec) throws SQLException {
    return PlatformConnections.over(Platform.of(WindowsPlatform.of(new RecordedServices(rec))));
  }

  private static List<String> warnings(Statement s) throws SQLException {
    return PlatformConnections.warnings(s);
  }

  @Test
  void aRefusedConfigurationIsNullsAndAWarning() throws SQLException {
    Recordings rec = Recordings.committed("services")
        .with("config_plugplay.bin", null).with("config_plugplay.err", "5")
        .with("descr_plugplay.bin", null).with("descr_plugplay.err", "5");
    try (Connection c = over(rec); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT name, status, pid, binpath, username, "
            + "start_type, description FROM windows_services ORDER BY name")) {
      int rows = 0;
      while (rs.next()) {
        rows++;
        if (rs.getString(1).equals("PlugPlay")) {
          assertEquals("running", rs.getString(2), "the listing's fields stay");
          assertTrue(rs.getInt(3) > 0);
          for (int i = 4; i <= 7; i++) {
            assertEquals(null, rs.getString(i), rs.getMetaData().getColumnLabel(i));
          }
        }
      }
      assertEquals(rec.rows("enum").size() - 1, rows, "all but the deleted one");
      List<String> w = warnings(s);
      assertTrue(w.stream().anyMatch(m -> m.contains("windows_services")
          && m.contains("'PlugPlay' configuration: Win32 error 5 (access denied)")), w.toString());
      assertTrue(w.stream().anyMatch(m -> m.contains("'PlugPlay' description: Win32 error 5")),
          w.toString());
      assertTrue(w.stream().anyMatch(m -> m.contains("'HostsqlGone' was deleted after it was "
          + "listed")), w.toString());
    }
  }

  @Test
  void aListingCutShortIsTheRowsItHoldsAndAWarning() throws SQLException {
    // The count says two more entries than the buffer holds (a hostile or buggy answer).
    Recordings base = Recordings.committed("services");
    int count = Integer.parseInt(base.text("enum.count"));
    Recordings rec = base.with("enum.count", Integer.toString(count + 1000));
    try (Connection c = over(rec); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM windows_services")) {
      rs.next();
      assertTrue(rs.getInt(1) >= count - 1, "the entries the buffer holds: " + rs.getInt(1));
      assertTrue(warnings(s).stream().anyMatch(m -> m.contains((count + 1000)
          + " entries reported")), warnings(s).toString());
    }
  }
}
