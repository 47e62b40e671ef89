package io.hostsql.trino;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.airlift.slice.Slices;
import io.trino.spi.connector.ColumnHandle;
import io.trino.spi.predicate.Domain;
import io.trino.spi.predicate.Range;
import io.trino.spi.predicate.TupleDomain;
import io.trino.spi.predicate.ValueSet;
import io.trino.spi.type.BigintType;
import io.trino.spi.type.DoubleType;
import io.trino.spi.type.IntegerType;
import io.trino.spi.type.VarcharType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The SQL a host is sent, against statements written out by hand. */
class RemoteSqlTest {
  private static final HostsqlColumn PID = HostsqlColumn.remote("pid", ColumnType.INTEGER, "");
  private static final HostsqlColumn NAME = HostsqlColumn.remote("name", ColumnType.VARCHAR, "");
  private static final HostsqlColumn RSS = HostsqlColumn.remote("rss", ColumnType.BIGINT, "");
  private static final HostsqlColumn CPU = HostsqlColumn.remote("cpu_percent", ColumnType.DOUBLE,
      "");

  private static HostsqlTable table(Map<ColumnHandle, Domain> domains) {
    return new HostsqlTable("os", "processes", TupleDomain.withColumnDomains(domains), List.of(),
        OptionalLong.empty());
  }

  @Test
  void onlyTheColumnsReadAreSelectedAndHostIsNotAskedFor() {
    HostsqlTable t = table(Map.of());
    assertEquals("SELECT \"pid\", \"name\" FROM \"os\".\"processes\"",
        RemoteSql.select(t, List.of(HostsqlColumn.HOST_COLUMN, PID, NAME)));
    assertEquals("SELECT 1 FROM \"os\".\"processes\"", RemoteSql.select(t, List.of()));
  }

  @Test
  void equalitiesInListsRangesAndNulls() {
    Map<ColumnHandle, Domain> d = new LinkedHashMap<>();
    d.put(PID, Domain.singleValue(IntegerType.INTEGER, 1L));
    assertEquals("SELECT \"pid\" FROM \"os\".\"processes\" WHERE \"pid\" = 1",
        RemoteSql.select(table(d), List.of(PID)));
    d.put(PID, Domain.multipleValues(IntegerType.INTEGER, List.of(1L, 5L, 9L)));
    assertEquals("\"pid\" IN (1, 5, 9)", RemoteSql.where(table(d)));
    d.put(PID, Domain.create(ValueSet.ofRanges(
        Range.range(BigintType.BIGINT, 10L, true, 20L, false)), false));
    assertEquals("\"pid\" >= 10 AND \"pid\" < 20", RemoteSql.where(table(d)));
    d.put(PID, Domain.create(ValueSet.ofRanges(Range.lessThan(BigintType.BIGINT, 3L),
        Range.greaterThan(BigintType.BIGINT, 7L)), true));
    assertEquals("((\"pid\" < 3) OR (\"pid\" > 7) OR \"pid\" IS NULL)",
        RemoteSql.where(table(d)));
    d.put(PID, Domain.onlyNull(IntegerType.INTEGER));
    assertEquals("\"pid\" IS NULL", RemoteSql.where(table(d)));
    d.put(PID, Domain.notNull(IntegerType.INTEGER));
    assertEquals("\"pid\" IS NOT NULL", RemoteSql.where(table(d)));
  }

  @Test
  void literalsAreQuotedAndDoublesStayDoubles() {
    Map<ColumnHandle, Domain> d = new LinkedHashMap<>();
    d.put(NAME, Domain.singleValue(VarcharType.VARCHAR, Slices.utf8Slice("it's")));
    d.put(CPU, Domain.create(ValueSet.ofRanges(Range.greaterThan(DoubleType.DOUBLE, 1.5)), false));
    String where = RemoteSql.where(table(d));
    assertTrue(where.contains("\"name\" = 'it''s'"), where);
    assertTrue(where.contains("\"cpu_percent\" > 1.5E0"), where);
  }

  @Test
  void filtersHostsqlWouldReadDifferentlyStayWithTrino() {
    assertFalse(RemoteSql.pushable(NAME, Domain.singleValue(VarcharType.VARCHAR,
        Slices.utf8Slice("caf\u00e9"))), "non-ASCII literal");
    assertFalse(RemoteSql.pushable(NAME, Domain.singleValue(VarcharType.VARCHAR,
        Slices.utf8Slice("x "))), "trailing space (CHAR padding)");
    assertFalse(RemoteSql.pushable(CPU, Domain.singleValue(DoubleType.DOUBLE, Double.POSITIVE_INFINITY)));
    assertTrue(RemoteSql.pushable(RSS, Domain.singleValue(BigintType.BIGINT, 5L)));
    // String ranges are pushed but checked again by Trino (byte vs UTF-16 order).
    Domain range = Domain.create(ValueSet.ofRanges(Range.greaterThan(VarcharType.VARCHAR,
        Slices.utf8Slice("m"))), false);
    assertTrue(RemoteSql.pushable(NAME, range));
    assertFalse(RemoteSql.exact(NAME, range));
  }

  @Test
  void likeAndLimitAreSent() {
    HostsqlTable t = new HostsqlTable("osquery", "processes", TupleDomain.all(),
        List.of(new HostsqlTable.Like(NAME, "ss%d", Optional.empty()),
            new HostsqlTable.Like(NAME, "a!%", Optional.of("!"))), OptionalLong.of(5));
    assertEquals("SELECT \"name\" FROM \"osquery\".\"processes\" WHERE \"name\" LIKE 'ss%d' AND "
        + "\"name\" LIKE 'a!%' ESCAPE '!' LIMIT 5", RemoteSql.select(t, List.of(NAME)));
  }

  @Test
  void anEmptyFilterAsksForNothing() {
    HostsqlTable t = new HostsqlTable("os", "processes", TupleDomain.none(), List.of(),
        OptionalLong.empty());
    assertEquals("SELECT \"pid\" FROM \"os\".\"processes\" WHERE FALSE",
        RemoteSql.select(t, List.of(PID)));
  }
}
