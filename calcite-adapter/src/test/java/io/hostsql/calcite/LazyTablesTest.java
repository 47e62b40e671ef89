package io.hostsql.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.calcite.table.DeclaredTable;
import io.hostsql.os.OsFamily;
import io.hostsql.os.Platform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The os schema knows its tables' names without building any and builds a table when it is
 * first read, once: the names per platform are docs/tables.md's (the reference written from the
 * declarations, reviewed by hand), every name reads as the table it names, concurrent lookups
 * share one table, a hidden table is in no listing, and a statement builds only what it reads.
 */
@EnabledOnOs(OS.LINUX)
class LazyTablesTest {
  private static final Path DOCS =
      Path.of(System.getProperty("user.dir")).getParent().resolve("docs/tables.md");

  /** The tables docs/tables.md gives each platform ("Platforms: Linux, Windows."). */
  private static Map<OsFamily, Set<String>> documented() throws Exception {
    Map<OsFamily, Set<String>> out = new LinkedHashMap<>();
    String table = null;
    for (String line : Files.readAllLines(DOCS)) {
      if (line.startsWith("## ")) {
        table = line.substring(3).trim();
      } else if (table != null && line.startsWith("Platforms: ")) {
        for (String p : line.substring("Platforms: ".length()).replace(".", "").split(", ")) {
          OsFamily f = switch (p.trim()) {
            case "Linux" -> OsFamily.LINUX;
            case "Windows" -> OsFamily.WINDOWS;
            default -> throw new AssertionError("platform " + p + " in docs/tables.md");
          };
          out.computeIfAbsent(f, k -> new TreeSet<>()).add(table);
        }
        table = null;
      }
    }
    return out;
  }

  private static OsSchema schema() {
    return new OsSchema(Platform.current(), OsSchema.DEFAULT_SAMPLING_WINDOW);
  }

  @Test
  void eachPlatformsNamesAreTheDocumentedOnesAndNoneIsBuiltToListThem() throws Exception {
    Map<OsFamily, Set<String>> docs = documented();
    assertTrue(docs.get(OsFamily.LINUX).size() > 70, "docs parsed: " + docs);
    OsSchema linux = schema();
    assertEquals(docs.get(OsFamily.LINUX), new TreeSet<>(linux.tables().getNames(
        org.apache.calcite.schema.lookup.LikePattern.any())));
    for (String name : docs.get(OsFamily.LINUX)) {
      assertFalse(linux.isBuilt(name), name + " built by listing the names");
    }
    Readers readers = new Readers(Platform.current(), Duration.ofMillis(100),
        new io.hostsql.os.files.FileTree());
    assertEquals(docs.get(OsFamily.WINDOWS),
        new TreeSet<>(new LazyTables(OsFamily.WINDOWS, readers).keySet()));
  }

  @Test
  void everyCatalogEntryBuildsTheTablesItNames() {
    Readers readers = new Readers(Platform.current(), Duration.ofMillis(100),
        new io.hostsql.os.files.FileTree());
    Set<String> seen = new HashSet<>();
    for (TableCatalog.Entry e : TableCatalog.ENTRIES) {
      List<String> built = TableCatalog.build(e, readers).stream()
          .map(t -> t.definition().name()).toList();
      assertEquals(e.names(), built);
      for (String n : built) {
        assertTrue(seen.add(n), n + " listed twice");
      }
    }
  }

  @Test
  void aCatalogEntryThatDisagreesWithItsTablesIsRefused() {
    Readers readers = new Readers(Platform.current(), Duration.ofMillis(100),
        new io.hostsql.os.files.FileTree());
    // processes is declared for Linux and Windows; apt_sources is built with six others.
    for (TableCatalog.Entry wrong : List.of(
        new TableCatalog.Entry(List.of("processes"), Set.of(OsFamily.LINUX)),
        new TableCatalog.Entry(List.of("apt_sources"), Set.of(OsFamily.LINUX)),
        new TableCatalog.Entry(List.of("no_such_table"), Set.of(OsFamily.LINUX)))) {
      assertThrows(IllegalStateException.class, () -> TableCatalog.build(wrong, readers),
          wrong.toString());
    }
  }

  @Test
  void everyNameReadsAsTheTableItNames() throws Exception {
    try (Connection c = OsConnections.open(Platform.current())) {
      OsSchema os = c.unwrap(CalciteConnection.class).getRootSchema()
          .getSubSchema(OsSchema.NAME).unwrap(OsSchema.class);
      for (String name : new TreeSet<>(documented().get(OsFamily.LINUX))) {
        Table t = os.tables().get(name);
        assertNotNull(t, name);
        assertEquals(name, ((DeclaredTable) t).definition().name());
        assertTrue(os.isBuilt(name), name);
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(
            "SELECT * FROM \"os\".\"" + name + "\" WHERE 1 = 0")) {
          for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            columns.add(rs.getMetaData().getColumnName(i));
          }
          assertFalse(rs.next(), name);
        }
        assertEquals(((DeclaredTable) t).definition().on(OsFamily.LINUX).columns().stream()
            .map(io.hostsql.calcite.table.ColumnDef::name).toList(), columns, name);
      }
    }
  }

  @Test
  void concurrentLookupsBuildEachTableOnceAndShareIt() throws Exception {
    OsSchema os = schema();
    List<String> names = new ArrayList<>(os.tables().getNames(
        org.apache.calcite.schema.lookup.LikePattern.any()));
    int threads = 12;
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Map<String, Table>>> seen = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        long seed = i;
        seen.add(pool.submit(() -> {
          List<String> order = new ArrayList<>(names);
          Collections.shuffle(order, new Random(seed));
          start.await(30, TimeUnit.SECONDS);
          Map<String, Table> got = new LinkedHashMap<>();
          for (String n : order) {
            got.put(n, os.tables().get(n));
          }
          return got;
        }));
      }
      Map<String, Table> first = seen.get(0).get(60, TimeUnit.SECONDS);
      for (Future<Map<String, Table>> f : seen) {
        Map<String, Table> got = f.get(60, TimeUnit.SECONDS);
        for (String n : names) {
          assertNotNull(got.get(n), n);
          assertSame(first.get(n), got.get(n), n + " built more than once");
        }
      }
      Set<Table> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
      distinct.addAll(first.values());
      assertEquals(names.size(), distinct.size(), "one table per name");
      for (String n : names) {
        assertSame(first.get(n), os.tables().get(n), n + " looked up again");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Connection openHiding(Set<String> hidden) throws SQLException {
    Connection c = OsConnections.prepared();
    CalciteConnection calcite = c.unwrap(CalciteConnection.class);
    SchemaPlus root = calcite.getRootSchema();
    root.add(OsSchema.NAME, schema().without(hidden));
    io.hostsql.calcite.osquery.OsqueryViews.register(root);
    io.hostsql.calcite.meta.InformationSchema.register(root);
    io.hostsql.calcite.functions.SqliteFunctions.register(root);
    calcite.setSchema(OsSchema.NAME);
    return c;
  }

  private static Set<String> listed(Connection c, String schema) throws SQLException {
    Set<String> out = new TreeSet<>();
    try (ResultSet rs = c.getMetaData().getTables(null, schema, "%", null)) {
      while (rs.next()) {
        out.add(rs.getString("TABLE_NAME"));
      }
    }
    return out;
  }

  @Test
  void aHiddenTableIsInNoListingAndNoViewReadsIt() throws Exception {
    Set<String> hidden = Set.of("processes", "shadow");
    Set<String> expected = new TreeSet<>(documented().get(OsFamily.LINUX));
    expected.removeAll(hidden);
    try (Connection c = openHiding(hidden)) {
      SchemaPlus root = c.unwrap(CalciteConnection.class).getRootSchema();
      assertEquals(expected, new TreeSet<>(root.getSubSchema(OsSchema.NAME).getTableNames()));
      assertEquals(expected, listed(c, OsSchema.NAME));
      Set<String> inInformationSchema = new TreeSet<>();
      try (ResultSet rs = c.createStatement().executeQuery("SELECT table_name FROM "
          + "information_schema.tables WHERE table_schema = 'os'")) {
        while (rs.next()) {
          inInformationSchema.add(rs.getString(1));
        }
      }
      assertEquals(expected, inInformationSchema);
      for (String h : hidden) {
        SQLException e = assertThrows(SQLException.class,
            () -> c.createStatement().executeQuery("SELECT * FROM " + h));
        assertTrue(e.getMessage().contains("Object '" + h + "' not found"), e.getMessage());
      }
      // osquery's processes view reads os.processes: it is not offered either.
      Set<String> osquery = listed(c, "osquery");
      assertFalse(osquery.contains("processes"), osquery.toString());
      assertTrue(osquery.contains("process_open_files"), osquery.toString());
      OsSchema os = root.getSubSchema(OsSchema.NAME).unwrap(OsSchema.class);
      assertFalse(os.isBuilt("shadow"), "a hidden table is never built for a listing");
    }
  }

  @Test
  void aStatementBuildsOnlyTheTablesItReads() throws Exception {
    try (Connection c = OsConnections.openWithOsquery(Platform.current())) {
      OsSchema os = c.unwrap(CalciteConnection.class).getRootSchema()
          .getSubSchema(OsSchema.NAME).unwrap(OsSchema.class);
      for (String n : documented().get(OsFamily.LINUX)) {
        assertFalse(os.isBuilt(n), n + " built by connecting");
      }
      long expected = countPidDirectories();
      long counted = OsConnections.rows(c, "SELECT count(*) FROM processes").get(0).get(0)
          instanceof Long l ? l : -1;
      long after = countPidDirectories();
      assertTrue(counted >= Math.min(expected, after) - 50
          && counted <= Math.max(expected, after) + 50, counted + " vs /proc " + expected);
      Set<String> built = new TreeSet<>();
      for (String n : documented().get(OsFamily.LINUX)) {
        if (os.isBuilt(n)) {
          built.add(n);
        }
      }
      assertEquals(Set.of("processes"), built);
    }
  }

  private static long countPidDirectories() throws Exception {
    try (var s = Files.list(Path.of("/proc"))) {
      return s.filter(p -> p.getFileName().toString().matches("[0-9]+")).count();
    }
  }

  @Test
  void functionsUsedOnlyInViewsWork() throws Exception {
    String versionId = null;
    for (String line : Files.readAllLines(Path.of("/etc/os-release"))) {
      if (line.startsWith("VERSION_ID=")) {
        versionId = line.substring("VERSION_ID=".length()).replace("\"", "");
      }
    }
    try (Connection c = OsConnections.openWithOsquery(Platform.current())) {
      List<List<Object>> rows = OsConnections.rows(c,
          "SELECT \"major\", \"minor\" FROM \"osquery\".\"os_version\"");
      assertEquals(1, rows.size());
      if (versionId == null) {
        assertEquals(null, rows.get(0).get(0));
      } else {
        String[] parts = versionId.split("\\.");
        assertEquals(Integer.parseInt(parts[0]), ((Number) rows.get(0).get(0)).intValue());
        assertEquals(parts.length > 1 ? Integer.parseInt(parts[1]) : 0,
            ((Number) rows.get(0).get(1)).intValue());
      }
      double[] before = loadAverages();
      List<List<Object>> loads = OsConnections.rows(c,
          "SELECT \"period\", \"average\" FROM \"osquery\".\"load_average\"");
      double[] after = loadAverages();
      assertEquals(3, loads.size());
      for (int i = 0; i < 3; i++) {
        String text = (String) loads.get(i).get(1);
        assertTrue(text.matches("[0-9]+\\.[0-9]{6}"), text);
        double v = Double.parseDouble(text);
        assertTrue(v >= Math.min(before[i], after[i]) - 0.01
            && v <= Math.max(before[i], after[i]) + 0.01, text + " vs /proc/loadavg");
      }
      SQLException unknown = assertThrows(SQLException.class,
          () -> OsConnections.rows(c, "SELECT \"osquery\".\"version_part\"('1') FROM (VALUES (1))"));
      StringBuilder messages = new StringBuilder();
      for (Throwable t = unknown; t != null; t = t.getCause()) {
        messages.append(t.getMessage()).append('\n');
      }
      assertTrue(messages.toString().contains(
          "No match found for function signature version_part(<CHARACTER>)"), messages.toString());
    }
  }

  private static double[] loadAverages() throws Exception {
    String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
    return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]),
        Double.parseDouble(f[2])};
  }
}
