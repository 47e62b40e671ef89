package io.hostsql.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.hostsql.calcite.table.ColumnDef;
import io.hostsql.calcite.table.DeclaredTable;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.Platform;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What every platform's backend must answer, over {@link Platform#current()}: each table and
 * column the schema has answers with its declared type and nullability, and psutil's
 * invariants hold (a parent is listed or 0, times are never negative, percentages stay within
 * their bounds, {@code pid = n} finds what the full scan has for n). Nothing here knows which
 * OS it runs on.
 */
class PlatformContractTest {
  /** The Java class JDBC's getObject gives for each declared SQL type. */
  private static final Map<SqlTypeName, Class<?>> JAVA = Map.of(
      SqlTypeName.INTEGER, Integer.class, SqlTypeName.BIGINT, Long.class,
      SqlTypeName.DOUBLE, Double.class, SqlTypeName.VARCHAR, String.class,
      SqlTypeName.BOOLEAN, Boolean.class, SqlTypeName.TIMESTAMP, java.sql.Timestamp.class);

  private static Connection c;
  private static OsSchema schema;

  @BeforeAll
  static void open() throws Exception {
    c = OsConnections.open(Platform.current());
    schema = c.unwrap(org.apache.calcite.jdbc.CalciteConnection.class).getRootSchema()
        .getSubSchema(OsSchema.NAME).unwrap(OsSchema.class);
  }

  @AfterAll
  static void close() throws Exception {
    c.close();
  }

  private static TableDef<?> def(String table) {
    return ((DeclaredTable) schema.getTable(table)).definition();
  }

  @Test
  void everyDeclaredColumnAnswersWithItsDeclaredType() throws Exception {
    int values = 0;
    for (String table : schema.getTableNames()) {
      TableDef<?> def = def(table);
      // The file tables read only the files a path constraint names.
      String where = def.columns().stream().anyMatch(col -> col.name().equals("path"))
          && table.startsWith("file") ? " WHERE path LIKE '/etc/%'" : "";
      try (Statement s = c.createStatement();
           ResultSet rs = s.executeQuery("SELECT * FROM " + table + where + " LIMIT 50")) {
        assertEquals(def.columns().size(), rs.getMetaData().getColumnCount(), table);
        while (rs.next()) {
          for (int k = 1; k <= def.columns().size(); k++) {
            ColumnDef<?> col = def.columns().get(k - 1);
            Class<?> expected = JAVA.get(col.type());
            assertTrue(expected != null, table + "." + col.name() + ": " + col.type()
                + " has no Java class in this contract");
            Object v = rs.getObject(k);
            if (v == null) {
              assertTrue(col.nullable(), table + "." + col.name() + " is NOT NULL but null");
            } else {
              assertEquals(expected, v.getClass(), table + "." + col.name());
              values++;
            }
          }
        }
      }
    }
    assertTrue(values > 1000, "values checked: " + values);
  }

  /** pid to (ppid, name, create_time, cpu times, memory_percent, cpu_percent). */
  private static Map<Integer, List<Object>> processes(String where) throws Exception {
    Map<Integer, List<Object>> out = new HashMap<>();
    for (List<Object> r : OsConnections.rows(c, "SELECT pid, ppid, name, create_time, "
        + "cpu_user, cpu_system, cpu_children_user, cpu_children_system, memory_percent, "
        + "cpu_percent FROM processes" + where)) {
      out.put((Integer) r.get(0), r.subList(1, r.size()));
    }
    return out;
  }

  @Test
  void processInvariantsHold() throws Exception {
    Map<Integer, List<Object>> all = processes("");
    assertTrue(all.containsKey((int) ProcessHandle.current().pid()), "this JVM is listed");
    int cpus = Runtime.getRuntime().availableProcessors();
    List<String> broken = new ArrayList<>();
    for (var e : all.entrySet()) {
      int pid = e.getKey();
      List<Object> r = e.getValue();
      Integer ppid = (Integer) r.get(0);
      if (ppid != null && ppid != 0 && !all.containsKey(ppid)) {
        // The parent may have exited since the listing (and the child been reparented), or
        // the child itself: ask again.
        List<Object> now = processes(" WHERE pid = " + pid).get(pid);
        if (now != null && ppid.equals(now.get(0)) && processes(" WHERE pid = " + ppid)
            .isEmpty()) {
          broken.add(pid + ": parent " + ppid + " is not listed");
        }
      }
      for (int i = 3; i <= 6; i++) {
        if (r.get(i) != null && (Double) r.get(i) < 0) {
          broken.add(pid + ": negative time " + r.get(i));
        }
      }
      if (r.get(2) != null
          && ((java.sql.Timestamp) r.get(2)).getTime() > System.currentTimeMillis() + 1000) {
        broken.add(pid + ": created in the future " + r.get(2));
      }
      Double mem = (Double) r.get(7);
      if (mem != null && (mem < 0 || mem > 100)) {
        broken.add(pid + ": memory_percent " + mem);
      }
      Double cpu = (Double) r.get(8);
      if (cpu != null && (cpu < 0 || cpu > 100.0 * cpus + TICK_SLACK_PERCENT)) {
        broken.add(pid + ": cpu_percent " + cpu + " on " + cpus + " CPUs");
      }
    }
    assertEquals(List.of(), broken);
  }

  /**
   * CPU times move in 10 ms ticks (USER_HZ 100) and the first scan measures over a 100 ms
   * window, so a process busy on every CPU can read up to two ticks (20 points) above
   * 100 × CPUs: 205.7 on 2 CPUs was seen in CI. On a loaded machine the scan's thread can also
   * lose the CPU between reading a process's times and taking their time stamp, which shortens
   * the measured window by that much: 230.2 on 2 CPUs was seen in CI (a 100 ms window read as
   * about 87). psutil does not clamp either.
   */
  private static final double TICK_SLACK_PERCENT = 50.0;

  @Test
  void everyPercentColumnIsWithinItsBounds() throws Exception {
    int cpus = Runtime.getRuntime().availableProcessors();
    int checked = 0;
    for (String table : schema.getTableNames()) {
      TableDef<?> def = def(table);
      for (ColumnDef<?> col : def.columns()) {
        if (!col.unit().equals("percent") || table.startsWith("file")) {
          continue;
        }
        // A process may use every CPU: psutil's cpu_percent goes to 100 × CPUs, and past it
        // by the kernel's tick rounding (TICK_SLACK_PERCENT).
        double max = table.equals("processes") && col.name().equals("cpu_percent")
            ? 100.0 * cpus + TICK_SLACK_PERCENT : 100.0;
        for (List<Object> r : OsConnections.rows(c, "SELECT " + col.name() + " FROM "
            + table)) {
          Object v = r.get(0);
          if (v != null) {
            double d = ((Number) v).doubleValue();
            assertTrue(d >= 0 && d <= max + 1e-6, table + "." + col.name() + " = " + d);
            checked++;
          }
        }
      }
    }
    assertTrue(checked > 10, "percent values checked: " + checked);
  }

  @Test
  void pidEqualsFindsWhatTheFullScanHas() throws Exception {
    Map<Integer, List<Object>> all = processes("");
    int self = (int) ProcessHandle.current().pid();
    // This JVM may also be the scan's first pid: a set that takes the same pid twice.
    List<Integer> sample = new ArrayList<>(new LinkedHashSet<>(
        List.of(self, all.keySet().iterator().next())));
    all.keySet().stream().sorted().limit(5).forEach(sample::add);
    int compared = 0;
    for (int pid : sample) {
      List<Object> one = processes(" WHERE pid = " + pid).get(pid);
      if (one == null) {
        assertTrue(pid != self, "this JVM is no row of pid = " + self);
        continue;  // exited between the two queries
      }
      // The stable attributes: parent (unless reparented), name, start time.
      List<Object> full = all.get(pid);
      if (!full.get(0).equals(one.get(0)) && !processes(" WHERE pid = " + full.get(0))
          .isEmpty()) {
        fail("pid " + pid + ": ppid " + full.get(0) + " in the scan, " + one.get(0) + " alone");
      }
      assertEquals(full.subList(1, 3), one.subList(1, 3), "pid " + pid);
      compared++;
    }
    assertTrue(compared >= 2, "compared " + compared);
    // A pid no process has is no row.
    assertTrue(processes(" WHERE pid = 2147483646").isEmpty());
  }
}
