package io.hostsql.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.Platform;
import io.hostsql.os.testing.RecordedServices;
import io.hostsql.os.windows.Recordings;
import io.hostsql.os.windows.WindowsPlatform;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.jdbc.CalciteConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * windows_services and osquery's services view on a Windows schema whose backend replays the
 * service control manager Wine recorded for services.c: planning, the name pushdown, the
 * metadata and the values, against the harness's own reading of the same buffers (its expect
 * files) and the fields it gave the service it created.
 */
class WindowsServicesTableTest {
  private static final Recordings REC = Recordings.committed("services");

  private RecordedServices control;
  private Connection c;

  @BeforeEach
  void open() throws SQLException {
    control = new RecordedServices(REC);
    c = OsConnections.open(Platform.of(WindowsPlatform.of(control)));
    io.hostsql.calcite.osquery.OsqueryViews.register(
        c.unwrap(CalciteConnection.class).getRootSchema());
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  private static Map<String, Map<String, String>> byName(String kind) {
    Map<String, Map<String, String>> out = new HashMap<>();
    for (Map<String, String> r : REC.rows(kind)) {
      out.put(r.get("name"), r);
    }
    return out;
  }

  @Test
  void theWindowsSchemaHasTheWindowsTablesOnly() throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    List<String> os = new ArrayList<>();
    try (ResultSet rs = md.getTables(null, "os", "%", null)) {
      while (rs.next()) {
        os.add(rs.getString("TABLE_NAME"));
      }
    }
    assertTrue(os.contains("windows_services"), os.toString());
    assertFalse(os.contains("process_fds") || os.contains("meminfo"),
        "Linux's own tables are not on a Windows schema: " + os);
    Map<String, Integer> types = new HashMap<>();
    Map<String, Integer> nullable = new HashMap<>();
    try (ResultSet rs = md.getColumns(null, "os", "windows_services", "%")) {
      while (rs.next()) {
        types.put(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"));
        nullable.put(rs.getString("COLUMN_NAME"), rs.getInt("NULLABLE"));
      }
    }
    assertEquals(12, types.size(), types.toString());
    assertEquals(Types.VARCHAR, types.get("name"));
    assertEquals(DatabaseMetaData.columnNoNulls, nullable.get("name"));
    assertEquals(Types.INTEGER, types.get("pid"));
    assertEquals(DatabaseMetaData.columnNullable, nullable.get("pid"));
    assertEquals(Types.BIGINT, types.get("win32_exit_code"));
  }

  /** Every listed service but the one deleted mid-listing, each field from the harness. */
  @Test
  void selectStarAnswersWhatTheHarnessRead() throws SQLException {
    Map<String, Map<String, String>> listing = byName("enum");
    Map<String, Map<String, String>> config = byName("config");
    Map<String, Map<String, String>> descr = byName("descr");
    Map<String, Map<String, String>> dll = byName("dll");
    List<List<Object>> rows = OsConnections.rows(c, "SELECT * FROM windows_services");
    assertEquals(listing.size() - 1, rows.size());
    for (List<Object> row : rows) {
      String name = (String) row.get(0);
      Map<String, String> l = listing.get(name);
      Map<String, String> k = config.get(name);
      assertEquals(l.get("display_name"), row.get(1));
      assertEquals(k.get("binary_path_name"), row.get(2));
      assertEquals(k.get("service_start_name"), row.get(3));
      assertEquals(switch (k.get("start_type")) {
        case "2" -> "automatic";
        case "3" -> "manual";
        case "4" -> "disabled";
        default -> "?";
      }, row.get(4), name);
      int pid = Integer.parseInt(l.get("process_id"));
      assertEquals(pid == 0 ? null : pid, row.get(5), name);
      assertEquals(switch (l.get("current_state")) {
        case "1" -> "stopped";
        case "2" -> "start_pending";
        case "4" -> "running";
        default -> "?";
      }, row.get(6), name);
      String d = descr.get(name) == null ? null : descr.get(name).get("description");
      assertEquals(d, row.get(7), name);
      assertEquals(Long.parseLong(l.get("win32_exit_code")), row.get(9));
      assertEquals(dll.get(name) == null ? null : dll.get(name).get("service_dll"),
          row.get(11), name);
    }
    assertEquals(1, control.enumerations());
  }

  /** As PlatformContractTest asks of every platform: each value has its declared type. */
  @Test
  void everyValueHasItsDeclaredTypeAndNullability() throws SQLException {
    io.hostsql.calcite.table.TableDef<?> def = ((io.hostsql.calcite.table.DeclaredTable)
        c.unwrap(CalciteConnection.class).getRootSchema().getSubSchema(OsSchema.NAME)
            .getTable("windows_services")).definition();
    Map<org.apache.calcite.sql.type.SqlTypeName, Class<?>> java = Map.of(
        org.apache.calcite.sql.type.SqlTypeName.INTEGER, Integer.class,
        org.apache.calcite.sql.type.SqlTypeName.BIGINT, Long.class,
        org.apache.calcite.sql.type.SqlTypeName.VARCHAR, String.class);
    int values = 0;
    for (List<Object> row : OsConnections.rows(c, "SELECT * FROM windows_services")) {
      for (int i = 0; i < row.size(); i++) {
        io.hostsql.calcite.table.ColumnDef<?> col = def.columns().get(i);
        if (row.get(i) == null) {
          assertTrue(col.nullable(), col.name());
        } else {
          assertEquals(java.get(col.type()), row.get(i).getClass(), col.name());
          values++;
        }
      }
    }
    assertTrue(values > 100, "values checked: " + values);
  }

  @Test
  void nameEqualityOpensThatServiceOnly() throws SQLException {
    String plan = explain("SELECT name, pid, status FROM windows_services WHERE name = 'PlugPlay'");
    assertTrue(plan.matches("(?s).*OsTableScan\\(table=\\[\\[os, windows_services\\]\\], "
        + "filters=\\[\\[=\\(\\$0, 'PlugPlay'\\)\\]\\].*"), plan);
    List<List<Object>> rows = OsConnections.rows(c,
        "SELECT name, pid, status FROM windows_services WHERE name = 'PlugPlay'");
    Map<String, String> st = byName("status").get("PlugPlay");
    assertEquals(List.of(List.of("PlugPlay", Integer.parseInt(st.get("process_id")),
        "running")), rows);
    assertEquals(0, control.enumerations(), "no listing for a name lookup");
    assertEquals(1, control.opens());
  }

  @Test
  void nameInListOpensEachNamedService() throws SQLException {
    String sql = "SELECT name, display_name FROM windows_services "
        + "WHERE name IN ('Spooler', 'RpcSs', 'NoSuchService') ORDER BY name";
    assertTrue(explain(sql).contains("OsTableScan(table=[[os, windows_services]], filters="),
        explain(sql));
    assertEquals(List.of(List.of("RpcSs", "Remote Procedure Call (RPC)"),
        List.of("Spooler", "Print Spooler")), OsConnections.rows(c, sql));
    assertEquals(0, control.enumerations());
    assertEquals(3, control.opens());
    // A prepared parameter narrows the same way.
    assertEquals(List.of(List.of("HostsqlProbe")), OsConnections.rows(c,
        "SELECT name FROM windows_services WHERE name = ?", "HostsqlProbe"));
    assertEquals(0, control.enumerations());
  }

  /** A long IN list (rewritten into one hash lookup by HostsqlPrepare) narrows the same way. */
  @Test
  void aLongInListOpensEachNamedService() throws SQLException {
    StringBuilder in = new StringBuilder("'PlugPlay'");
    for (int i = 0; i < 80; i++) {
      in.append(", 'Absent").append(i).append('\'');
    }
    String sql = "SELECT name FROM windows_services WHERE name IN (" + in + ")";
    assertTrue(explain(sql).contains("HOSTSQL_IN_STRINGS"), explain(sql));
    assertEquals(List.of(List.of("PlugPlay")), OsConnections.rows(c, sql));
    assertEquals(0, control.enumerations());
    assertEquals(81, control.opens());
  }

  @Test
  void anUnknownOrMisspelledNameGivesNoRow() throws SQLException {
    assertEquals(List.of(), OsConnections.rows(c,
        "SELECT * FROM windows_services WHERE name = 'NoSuchService'"));
    // SQL compares case-sensitively: the lookup gives the listing's spelling, which the
    // re-applied filter then rejects, exactly as over the full listing.
    assertEquals(List.of(), OsConnections.rows(c,
        "SELECT * FROM windows_services WHERE name = 'plugplay'"));
    assertEquals(List.of(), OsConnections.rows(c,
        "SELECT * FROM windows_services WHERE name = 'HostsqlGone'"));
    assertEquals(0, control.enumerations());
  }

  /**
   * SERVICE_STATUS_PROCESS's exit codes are DWORDs: a service that stopped with its own code
   * 0xC0000005 (win32_exit_code 1066, ERROR_SERVICE_SPECIFIC_ERROR) keeps the whole value in
   * os.windows_services and is the C int osquery's INTEGER holds in osquery.services, never a
   * failed query. The probe service's status buffer is patched at the SDK's offsets.
   */
  @Test
  void exitCodesPastIntegerAreCIntsInTheOsqueryView() throws SQLException {
    byte[] status = REC.file("status_hostsqlprobe.bin").clone();
    java.nio.ByteBuffer.wrap(status).order(java.nio.ByteOrder.LITTLE_ENDIAN)
        .putInt(12, 1066).putInt(16, 0xC0000005);
    try (Connection crafted = OsConnections.open(Platform.of(WindowsPlatform.of(
        new RecordedServices(REC.withBytes("status_hostsqlprobe.bin", status)))))) {
      io.hostsql.calcite.osquery.OsqueryViews.register(
          crafted.unwrap(CalciteConnection.class).getRootSchema());
      assertEquals(List.of(List.<Object>of(1066L, 3221225477L)), OsConnections.rows(crafted,
          "SELECT win32_exit_code, service_exit_code FROM windows_services"
              + " WHERE name = 'HostsqlProbe'"));
      assertEquals(List.of(List.<Object>of(1066, (int) 0xC0000005L)),
          OsConnections.rows(crafted, "SELECT win32_exit_code, service_exit_code"
              + " FROM osquery.services WHERE name = 'HostsqlProbe'"));
    }
  }

  @Test
  void osqueryServicesViewHasOsquerysColumnsAndTexts() throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM osquery.services WHERE name = "
            + "'HostsqlProbe'")) {
      List<String> cols = new ArrayList<>();
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        cols.add(rs.getMetaData().getColumnLabel(i));
      }
      // osquery-specs.md, services: the columns in osquery's order.
      assertEquals(List.of("name", "service_type", "display_name", "status", "pid",
          "start_type", "win32_exit_code", "service_exit_code", "path", "module_path",
          "description", "user_account"), cols);
      assertEquals(Types.INTEGER, rs.getMetaData().getColumnType(5));
      assertEquals(Types.INTEGER, rs.getMetaData().getColumnType(7));
      assertTrue(rs.next());
      assertEquals("SHARE_PROCESS", rs.getString("service_type"));
      assertEquals("hostsql probe service", rs.getString("display_name"));
      assertEquals("STOPPED", rs.getString("status"));
      assertEquals(0, rs.getInt("pid"));
      assertFalse(rs.wasNull(), "osquery says 0 for a service that is not running");
      assertEquals("DEMAND_START", rs.getString("start_type"));
      assertEquals(1077, rs.getInt("win32_exit_code"));
      assertEquals(0, rs.getInt("service_exit_code"));
      assertEquals("C:\\windows\\system32\\svchost.exe -k hostsqlprobe", rs.getString("path"));
      assertEquals("%SystemRoot%\\system32\\hostsqlprobe.dll", rs.getString("module_path"));
      assertEquals("Created by services.c to be read back: caf\u00e9, tab\there.",
          rs.getString("description"));
      assertEquals("NT AUTHORITY\\LocalService", rs.getString("user_account"));
      assertFalse(rs.next());
    }
    assertEquals(0, control.enumerations(), "the view's name filter reaches the scan");
    List<List<Object>> running = OsConnections.rows(c, "SELECT name, pid FROM osquery.services "
        + "WHERE status = 'RUNNING' ORDER BY name");
    List<List<Object>> expected = new ArrayList<>();
    REC.rows("enum").stream().filter(r -> r.get("current_state").equals("4"))
        .sorted((a, b) -> a.get("name").compareTo(b.get("name")))
        .forEach(r -> expected.add(List.of(r.get("name"),
            Integer.parseInt(r.get("process_id")))));
    assertEquals(expected, running);
  }

  private String explain(String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("EXPLAIN PLAN FOR " + sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
