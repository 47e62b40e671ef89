package io.hostsql.calcite.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.calcite.OsConnections;
import io.hostsql.calcite.docs.TableDocs;
import io.hostsql.calcite.meta.DescribedColumns;
import io.hostsql.os.OsFamily;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

/**
 * Per-column platforms (osquery's extended_schema), over a table declared here with a shared, a
 * Linux-only and a Windows-only column and two hand-written rows, registered for Linux and for
 * Windows by the same {@link PlatformTables} the os schema uses: each family's schema has
 * exactly its columns, answers with the fixture's values, never computes the other family's
 * column, and rejects a query naming it as Calcite rejects an unknown column.
 */
class PlatformColumnsTest {
  /** One network interface, with a Linux driver name and a Windows interface GUID. */
  record Nic(String name, String driver, long mtu, String guid) {
  }

  private static final List<Nic> ROWS = List.of(
      new Nic("eth0", "virtio_net", 1500, "{4D36E972-0001}"),
      new Nic("lo", "loopback", 65536, "{4D36E972-0002}"));

  /** Calls of each column's value function, to show that an absent column is never computed. */
  private final AtomicInteger driverCalls = new AtomicInteger();
  private final AtomicInteger guidCalls = new AtomicInteger();

  private TableDef<Nic> declaration() {
    return new TableDef<>("test_nics", "Interfaces, for this test.", List.of(
        new ColumnDef<>("name", SqlTypeName.VARCHAR, false, "", "The name.", FetchGroup.KEY,
            Nic::name),
        new ColumnDef<>("driver", SqlTypeName.VARCHAR, true, "", "The kernel driver.",
            FetchGroup.SYSTEM, n -> {
              driverCalls.incrementAndGet();
              return n.driver();
            }, Set.of(OsFamily.LINUX)),
        new ColumnDef<>("mtu", SqlTypeName.BIGINT, true, "bytes", "The MTU.",
            FetchGroup.SYSTEM, Nic::mtu),
        new ColumnDef<>("guid", SqlTypeName.VARCHAR, true, "", "The interface GUID.",
            FetchGroup.SYSTEM, n -> {
              guidCalls.incrementAndGet();
              return n.guid();
            }, Set.of(OsFamily.WINDOWS))),
        List.of("name", "guid"), Set.of(OsFamily.LINUX, OsFamily.WINDOWS));
  }

  private PlatformTables tables(OsFamily family) {
    return new PlatformTables(family).add(new SystemTable<>(declaration(), () -> ROWS));
  }

  private static Connection open(PlatformTables tables) throws SQLException {
    Connection c = OsConnections.prepared();
    CalciteConnection calcite = c.unwrap(CalciteConnection.class);
    calcite.getRootSchema().add("os", new AbstractSchema() {
      @Override
      protected Map<String, Table> getTableMap() {
        return tables.present();
      }
    });
    calcite.setSchema("os");
    return c;
  }

  private static List<List<Object>> rows(Connection c, String sql) throws SQLException {
    return OsConnections.rows(c, sql);
  }

  /** The messages of an exception and its causes: Calcite's validator error is a cause. */
  private static String messages(Throwable e) {
    StringBuilder b = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      b.append(t.getMessage()).append('\n');
    }
    return b.toString();
  }

  private static List<String> columns(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = c.getMetaData().getColumns(null, "os", "test_nics", null)) {
      while (rs.next()) {
        out.add(rs.getString("COLUMN_NAME") + ":" + rs.getInt("ORDINAL_POSITION"));
      }
    }
    return out;
  }

  @Test
  void linuxHasTheSharedColumnsAndItsOwnButNotWindowsColumn() throws Exception {
    try (Connection c = open(tables(OsFamily.LINUX))) {
      assertEquals(List.of("name:1", "driver:2", "mtu:3"), columns(c));
      assertEquals(List.of(List.of("eth0", "virtio_net", 1500L), List.of("lo", "loopback", 65536L)),
          rows(c, "SELECT * FROM test_nics ORDER BY name"));
      assertEquals(List.of(List.of(1500L, "eth0"), List.of(65536L, "lo")),
          rows(c, "SELECT mtu, name FROM test_nics ORDER BY name"));
      assertEquals(List.of(List.of("lo")),
          rows(c, "SELECT name FROM test_nics WHERE driver = 'loopback'"));
      SQLException e = assertThrows(SQLException.class,
          () -> rows(c, "SELECT name, guid FROM test_nics"));
      assertTrue(messages(e).contains("Column 'guid' not found"), messages(e));
      assertThrows(SQLException.class,
          () -> rows(c, "SELECT name FROM test_nics WHERE guid = '{4D36E972-0001}'"));
    }
    assertEquals(0, guidCalls.get(), "a Linux scan computed the Windows-only column");
    assertTrue(driverCalls.get() > 0);
  }

  @Test
  void windowsHasTheSharedColumnsAndItsOwnButNotLinuxColumn() throws Exception {
    try (Connection c = open(tables(OsFamily.WINDOWS))) {
      assertEquals(List.of("name:1", "mtu:2", "guid:3"), columns(c));
      assertEquals(List.of(List.of("eth0", 1500L, "{4D36E972-0001}"),
              List.of("lo", 65536L, "{4D36E972-0002}")),
          rows(c, "SELECT * FROM test_nics ORDER BY name"));
      assertEquals(List.of(List.of("{4D36E972-0002}", 65536L)),
          rows(c, "SELECT guid, mtu FROM test_nics WHERE name = 'lo'"));
      assertEquals(List.of(List.of("eth0")),
          rows(c, "SELECT name FROM test_nics WHERE guid = '{4D36E972-0001}'"));
      SQLException e = assertThrows(SQLException.class,
          () -> rows(c, "SELECT driver FROM test_nics"));
      assertTrue(messages(e).contains("Column 'driver' not found"), messages(e));
    }
    assertEquals(0, driverCalls.get(), "a Windows scan computed the Linux-only column");
    assertTrue(guidCalls.get() > 0);
  }

  @Test
  void aFamilyWithoutTheTableDoesNotHaveIt() throws Exception {
    PlatformTables darwin = tables(OsFamily.DARWIN);
    assertFalse(darwin.present().containsKey("test_nics"));
    assertTrue(darwin.declared().containsKey("test_nics"));
    try (Connection c = open(darwin)) {
      SQLException e = assertThrows(SQLException.class,
          () -> rows(c, "SELECT name FROM test_nics"));
      assertTrue(messages(e).contains("Object 'test_nics' not found"), messages(e));
    }
  }

  @Test
  void theNarrowedDeclarationKeepsOrderAndOnlyItsKeys() {
    TableDef<Nic> full = declaration();
    TableDef<Nic> linux = full.on(OsFamily.LINUX);
    assertEquals(List.of("name", "driver", "mtu"),
        linux.columns().stream().map(ColumnDef::name).toList());
    assertEquals(List.of("name"), linux.pushdownKeys());
    assertEquals(List.of("name", "guid"), full.on(OsFamily.WINDOWS).pushdownKeys());
    assertEquals(full.platforms(), linux.platforms());
    assertThrows(IllegalArgumentException.class, () -> full.on(OsFamily.DARWIN));
    // A table whose every column every family has is not copied: Linux's tables today.
    TableDef<Nic> shared = new TableDef<>("t", "d", List.of(full.columns().get(0)),
        List.of());
    assertSame(shared, shared.on(OsFamily.LINUX));
    SystemTable<Nic> table = new SystemTable<>(shared, () -> ROWS);
    assertSame(table, table.on(OsFamily.LINUX));
  }

  @Test
  void aColumnOfAPlatformItsTableLacksIsRefused() {
    ColumnDef<Nic> darwinOnly = new ColumnDef<>("x", SqlTypeName.VARCHAR, true, "", "X.",
        FetchGroup.SYSTEM, Nic::name, Set.of(OsFamily.DARWIN));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TableDef<>("t", "d", List.of(darwinOnly), List.of()));
    assertTrue(e.getMessage().contains("t.x is declared for macOS"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new PlatformTables(OsFamily.LINUX)
            .add(new SystemTable<>(declaration(), () -> ROWS))
            .add(new SystemTable<>(declaration(), () -> ROWS)));
  }

  @Test
  void remarksAndDocsNameTheColumnsPlatforms() {
    PlatformTables linux = tables(OsFamily.LINUX);
    Table registered = linux.present().get("test_nics");
    assertEquals("The kernel driver. Platforms: Linux.",
        DescribedColumns.remarks(registered, "driver"));
    assertEquals("The MTU. Unit: bytes.", DescribedColumns.remarks(registered, "mtu"));
    assertEquals(null, DescribedColumns.remarks(registered, "guid"));
    String docs = TableDocs.markdown("os", linux.declared());
    assertTrue(docs.contains("Platforms: Linux, Windows.\n"), docs);
    assertTrue(docs.contains("| driver | VARCHAR |  | The kernel driver. (Linux only.) |"), docs);
    assertTrue(docs.contains("| guid | VARCHAR |  | The interface GUID. (Windows only.) |"), docs);
    assertTrue(docs.contains("| mtu | BIGINT | bytes | The MTU. |"), docs);
    // A column naming every platform of its table is not called a column of some.
    ColumnDef<Nic> both = new ColumnDef<>("both", SqlTypeName.VARCHAR, true, "", "Both.",
        FetchGroup.SYSTEM, Nic::name, Set.of(OsFamily.LINUX, OsFamily.WINDOWS));
    TableDef<Nic> def = new TableDef<>("t", "d", List.of(both), List.of(),
        Set.of(OsFamily.LINUX, OsFamily.WINDOWS));
    assertEquals("Both.", DescribedColumns.remarks(new SystemTable<>(def, () -> ROWS), "both"));
    assertFalse(TableDocs.markdown("os", Map.of("t", new SystemTable<>(def, () -> ROWS)))
        .contains("only."));
  }

  @Test
  void getColumnsByNameFindsOnlyTheFamilysColumns() throws Exception {
    try (Connection c = open(tables(OsFamily.WINDOWS))) {
      DatabaseMetaData md = c.getMetaData();
      try (ResultSet rs = md.getColumns(null, "os", "test_nics", "driver")) {
        assertFalse(rs.next());
      }
      try (ResultSet rs = md.getColumns(null, "os", "test_nics", "guid")) {
        assertTrue(rs.next());
        assertEquals(java.sql.Types.VARCHAR, rs.getInt("DATA_TYPE"));
      }
    }
  }
}
