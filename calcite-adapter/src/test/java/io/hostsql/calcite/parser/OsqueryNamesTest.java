package io.hostsql.calcite.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.calcite.plan.HostsqlPrepare;
import io.hostsql.calcite.plan.SqlDialect;
import io.hostsql.os.testing.QueryRows;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.calcite.DataContext;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * osquery's names unquoted: every table and column name of every osquery Linux table (test
 * resource osquery-linux-columns.tsv, from osquery's specs) in the select list, WHERE,
 * GROUP BY, ORDER BY and a join, over tables of those names whose one row holds
 * {@code table.column} in each column; a name that parsed as a keyword or resolved to a
 * function would not give back its own cell. Then the SQL meanings of the same words (TIME,
 * INTERVAL, OFFSET, PARTITION, CURRENT_TIME, CURRENT_USER...) against values worked out by
 * hand. The connection is set up as hostsql's (SqlDialect, HostsqlPrepare).
 */
class OsqueryNamesTest {
  private static final Map<String, List<String>> TABLES = readSpecs();
  private static Connection connection;

  @BeforeAll
  static void open() throws SQLException {
    connection = new org.apache.calcite.jdbc.Driver().withPrepareFactory(HostsqlPrepare::new)
        .connect("jdbc:calcite:", SqlDialect.defaults());
    SchemaPlus root = connection.unwrap(CalciteConnection.class).getRootSchema();
    root.add("specs", new AbstractSchema() {
      @Override
      protected Map<String, org.apache.calcite.schema.Table> getTableMap() {
        Map<String, org.apache.calcite.schema.Table> out = new LinkedHashMap<>();
        TABLES.forEach((t, cols) -> out.put(t, new OneRow(t, cols)));
        return out;
      }
    });
    connection.setSchema("specs");
  }

  @AfterAll
  static void close() throws SQLException {
    connection.close();
  }

  @Test
  void specsReadWhole() {
    // osquery builds 156 tables for Linux; time, osquery_schedule and process_memory_map
    // carry the words of the issue.
    assertEquals(156, TABLES.size());
    assertTrue(TABLES.get("time").containsAll(List.of("timestamp", "datetime")));
    assertTrue(TABLES.get("osquery_schedule").contains("interval"));
    assertTrue(TABLES.get("process_memory_map").containsAll(List.of("offset", "end")));
  }

  @Test
  void everyColumnInEveryClause() {
    List<String> failures = new ArrayList<>();
    TABLES.forEach((table, cols) -> {
      String names = String.join(", ", cols);
      check(failures, "SELECT " + names + " FROM " + table + " WHERE "
          + joined(cols, c -> c + " = '" + cell(table, c) + "'", " AND ")
          + " GROUP BY " + names + " ORDER BY " + joined(cols, c -> c + " DESC", ", "),
          table, cols);
      // A join with the table's own name as qualifier, the names as aliases and in LIKE.
      check(failures, "SELECT " + joined(cols, c -> "a." + c + " AS " + c, ", ") + " FROM "
          + table + " a JOIN specs." + table + " ON "
          + joined(cols, c -> "a." + c + " = " + table + "." + c, " AND ") + " WHERE "
          + joined(cols, c -> table + "." + c + " LIKE '%'", " AND "), table, cols);
    });
    assertEquals(List.of(), failures);
  }

  private static String joined(List<String> cols, Function<String, String> each, String sep) {
    return cols.stream().map(each).collect(Collectors.joining(sep));
  }

  private static void check(List<String> failures, String sql, String table, List<String> cols) {
    List<String> expected = cols.stream().map(c -> cell(table, c)).toList();
    try {
      List<List<String>> rows = rows(sql);
      if (!rows.equals(List.of(expected))) {
        failures.add(sql + " gave " + rows);
      }
    } catch (Exception e) {
      failures.add(sql + ": " + e.getMessage());
    }
  }

  @Test
  void timeKeepsItsMeanings() throws Exception {
    assertEquals(List.of(List.of("12:34:56", "2024-02-29", "2024-02-29 01:00:00")),
        rows("SELECT CAST('12:34:56' AS TIME), CAST('2024-02-29' AS DATE), "
            + "CAST(TIMESTAMP '2024-02-28 23:00:00' + INTERVAL '2' HOUR AS TIMESTAMP)"));
    assertEquals(List.of(List.of("13:00:00", "2024-03-01", "2024-02-27 23:00:00")),
        rows("SELECT TIME '12:00:00' + INTERVAL '1' HOUR, DATE '2024-02-28' + INTERVAL 2 DAY, "
            + "TIMESTAMP '2024-02-28 23:00:00' + INTERVAL -'1' DAY"));
    try (Statement s = connection.createStatement();
         ResultSet rs = s.executeQuery("SELECT CAST(NULL AS TIME), CAST(NULL AS TIMESTAMP(3)), "
             + "CAST(NULL AS INTERVAL HOUR TO SECOND), CAST(NULL AS UUID) FROM time")) {
      assertEquals(Types.TIME, rs.getMetaData().getColumnType(1));
      assertEquals(Types.TIMESTAMP, rs.getMetaData().getColumnType(2));
      assertEquals("INTERVAL_HOUR_TO_SECOND", rs.getMetaData().getColumnTypeName(3));
      assertEquals("UUID", rs.getMetaData().getColumnTypeName(4));
    }
  }

  @Test
  void currentTimeIsTheClock() throws Exception {
    long before = System.currentTimeMillis();
    try (Statement s = connection.createStatement();
         ResultSet rs = s.executeQuery("SELECT CURRENT_TIMESTAMP, CURRENT_TIME, CURRENT_DATE, "
             + "timestamp, CAST(CURRENT_TIMESTAMP AS DATE) = CURRENT_DATE FROM time")) {
      assertTrue(rs.next());
      long after = System.currentTimeMillis();
      assertEquals(Types.TIMESTAMP, rs.getMetaData().getColumnType(1));
      assertEquals(Types.TIME, rs.getMetaData().getColumnType(2));
      assertEquals(Types.DATE, rs.getMetaData().getColumnType(3));
      long now = rs.getTimestamp(1).getTime();
      assertTrue(now >= before - 1000 && now <= after + 1000, now + " not in " + before
          + ".." + after);
      assertEquals("time.timestamp", rs.getString(4));
      assertTrue(rs.getBoolean(5));
    }
  }

  @Test
  void userIsTheColumnAndCurrentUserTheSession() throws Exception {
    String session = rows("SELECT CURRENT_USER FROM (VALUES (1))").get(0).get(0);
    assertEquals(List.of(List.of("logged_in_users.user", session)),
        rows("SELECT user, CURRENT_USER FROM logged_in_users"));
  }

  @Test
  void offsetAndPartitionAsNamesAndClauses() throws Exception {
    String values = "(VALUES ('a', 1, 10, 's1'), ('a', 2, 20, 's2'), ('b', 3, 30, 's3'), "
        + "('b', 4, 40, 's4')) AS v(partition, offset, interval, set)";
    assertEquals(List.of(List.of("2", "a"), List.of("3", "b")),
        rows("SELECT offset, partition FROM " + values + " ORDER BY offset LIMIT 2 OFFSET 1"));
    assertEquals(List.of(List.of("3")),
        rows("SELECT offset FROM " + values + " ORDER BY offset OFFSET 2 ROWS "
            + "FETCH NEXT 1 ROWS ONLY"));
    assertEquals(List.of(List.of("3")),
        rows("SELECT offset FROM " + values + " WHERE offset > 2 ORDER BY offset DESC OFFSET 1"
            + " ROWS"));
    assertEquals(List.of(List.of("a", "1", "1"), List.of("a", "2", "2"),
            List.of("b", "3", "1"), List.of("b", "4", "2")),
        rows("SELECT partition, offset, ROW_NUMBER() OVER (PARTITION BY partition "
            + "ORDER BY offset) FROM " + values + " ORDER BY offset"));
    assertEquals(List.of(List.of("10", "9", "20", "-10", "s1")),
        rows("SELECT interval, interval - 1, interval * 2, -interval, set FROM " + values
            + " WHERE set = 's1' AND interval IN (10, 11) ORDER BY interval DESC"));
    assertEquals(List.of(List.of("2024-01-01 00:00:40")),
        rows("SELECT CAST(TIMESTAMP '2024-01-01 00:00:00' + INTERVAL v.interval SECOND "
            + "AS TIMESTAMP) FROM " + values + " WHERE v.offset = 4"));
    assertEquals(List.of(List.of("2")),
        rows("SELECT offset.offset FROM " + values.replace("AS v(", "AS offset(")
            + " WHERE offset.offset = 2"));
  }

  private static List<List<String>> rows(String sql) throws Exception {
    return QueryRows.of(connection, sql);
  }

  private static String cell(String table, String column) {
    return table + "." + column;
  }

  private static Map<String, List<String>> readSpecs() {
    try (InputStream in = OsqueryNamesTest.class.getResourceAsStream(
        "/osquery-linux-columns.tsv")) {
      Map<String, List<String>> out = new LinkedHashMap<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] f = line.split("\t");
          out.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[1]);
        }
      }
      return out;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A table of text columns with one row, whose cells are {@code table.column}. */
  private static final class OneRow extends AbstractTable implements ScannableTable {
    private final String name;
    private final List<String> columns;

    OneRow(String name, List<String> columns) {
      this.name = name;
      this.columns = columns;
    }

    @Override
    public RelDataType getRowType(RelDataTypeFactory types) {
      RelDataTypeFactory.Builder b = types.builder();
      columns.forEach(c -> b.add(c, SqlTypeName.VARCHAR));
      return b.build();
    }

    @Override
    public Enumerable<Object[]> scan(DataContext root) {
      Function<String, Object> cell = c -> cell(name, c);
      Object[] row = columns.stream().map(cell).toArray();
      return Linq4j.asEnumerable(List.<Object[]>of(row));
    }
  }
}
