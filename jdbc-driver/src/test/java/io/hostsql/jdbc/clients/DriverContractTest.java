package io.hostsql.jdbc.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The calls pools, Spring, jOOQ and BI tools make around their queries, each embedded, through
 * jdbc:hostsql:remote: and through Avatica's stock driver, compared with /proc, procps and
 * what JDBC specifies. Run again with the JVM in Pacific/Kiritimati (UTC+14) by the far-zone
 * surefire execution.
 */
class DriverContractTest {

  @ParameterizedTest
  @EnumSource(Target.class)
  void readOnlyAutocommitConnections(Target target) throws Exception {
    try (Connection c = target.connect()) {
      assertTrue(c.getAutoCommit());
      assertTrue(c.isReadOnly());
      assertTrue(c.getMetaData().isReadOnly());
      c.commit();
      c.rollback();
      // What a pool or Spring's read-only transaction does, then undoes.
      c.setAutoCommit(false);
      c.setReadOnly(true);
      c.rollback();
      c.commit();
      c.setAutoCommit(true);
      c.setReadOnly(false);
      assertTrue(c.isReadOnly(), "read-only whatever setReadOnly asked");
      assertTrue(c.getAutoCommit());
    }
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void limitAndFetchTakeALong(Target target) throws Exception {
    try (Connection c = target.connect()) {
      for (String sql : new String[] {"SELECT pid FROM processes ORDER BY pid LIMIT ?",
          "SELECT pid FROM processes ORDER BY pid FETCH NEXT ? ROWS ONLY"}) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          ps.setLong(1, 3L);
          assertEquals(3, count(ps.executeQuery()), sql);
          ps.setObject(1, 2L);
          assertEquals(2, count(ps.executeQuery()), sql);
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void parametersAreConvertedToTheirType(Target target) throws Exception {
    long self = ProcessHandle.current().pid();
    try (Connection c = target.connect()) {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT name FROM processes WHERE pid = ?")) {
        assertEquals(Types.INTEGER, ps.getParameterMetaData().getParameterType(1));
        assertEquals(Integer.class.getName(),
            ps.getParameterMetaData().getParameterClassName(1));
        ps.setString(1, " " + self + " ");
        assertEquals(ProcFacts.comm(self), single(ps.executeQuery()));
        ps.setBigDecimal(1, java.math.BigDecimal.valueOf(self));
        assertEquals(ProcFacts.comm(self), single(ps.executeQuery()));
        // hostsql's clients refuse at the setter; Avatica's sends the value and the server
        // refuses it when the statement runs.
        SQLException range = assertThrows(SQLException.class, () -> {
          ps.setLong(1, 1L << 40);
          ps.executeQuery().close();
        });
        assertEquals("22003", range.getSQLState(), range.getMessage());
        SQLException word = assertThrows(SQLException.class, () -> {
          ps.setString(1, "one");
          ps.executeQuery().close();
        });
        assertEquals("22018", word.getSQLState(), word.getMessage());
        SQLException half = assertThrows(SQLException.class, () -> {
          ps.setDouble(1, 1.5);
          ps.executeQuery().close();
        });
        assertEquals("22", half.getSQLState().substring(0, 2), half.getMessage());
      }
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT count(*) FROM processes WHERE CAST(pid AS VARCHAR) = ?")) {
        ps.setLong(1, self);
        assertEquals("1", single(ps.executeQuery()));
      }
      Instant started = ProcFacts.started(self);
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT count(*) FROM processes WHERE pid = " + self + " AND create_time >= ?")) {
        Object[] before = {LocalDateTime.ofInstant(started.minusSeconds(60), ZoneOffset.UTC),
            started.minusSeconds(60).atOffset(ZoneOffset.ofHours(-5)),
            Timestamp.from(started.minusSeconds(60)),
            LocalDateTime.ofInstant(started.minusSeconds(60), ZoneOffset.UTC).toString()};
        Object[] after = {LocalDateTime.ofInstant(started.plusSeconds(60), ZoneOffset.UTC),
            started.plusSeconds(60).atOffset(ZoneOffset.ofHours(14)),
            Timestamp.from(started.plusSeconds(60)),
            LocalDateTime.ofInstant(started.plusSeconds(60), ZoneOffset.UTC).toString()};
        for (int i = 0; i < before.length; i++) {
          if (!target.hostsqlClient() && !(before[i] instanceof Timestamp
              || before[i] instanceof String)) {
            continue; // Avatica's own client cannot send java.time values at all
          }
          ps.setObject(1, before[i]);
          assertEquals("1", single(ps.executeQuery()), "started after " + before[i]);
          ps.setObject(1, after[i]);
          assertEquals("0", single(ps.executeQuery()), "started after " + after[i]);
        }
        java.util.Calendar utc = java.util.Calendar.getInstance(
            java.util.TimeZone.getTimeZone("UTC"));
        ps.setTimestamp(1, Timestamp.from(started.minusSeconds(60)), utc);
        assertEquals("1", single(ps.executeQuery()), "setTimestamp with a UTC calendar");
        ps.setTimestamp(1, Timestamp.from(started.plusSeconds(60)), utc);
        assertEquals("0", single(ps.executeQuery()), "setTimestamp with a UTC calendar");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void everyZoneReadsTheSameInstant(Target target) throws Exception {
    Instant started = ProcFacts.started(1);
    try (Connection c = target.connect();
         ResultSet rs = c.createStatement().executeQuery(
             "SELECT create_time, TIMESTAMPDIFF(SECOND, create_time, CURRENT_TIMESTAMP) "
                 + "FROM processes WHERE pid = 1")) {
      assertTrue(rs.next());
      long etimes = ProcFacts.etimes(1);
      assertNear(started.toEpochMilli(), rs.getTimestamp(1).getTime(), 1_000, "getTimestamp");
      assertTrue(Math.abs(etimes - rs.getLong(2)) <= 2,
          "TIMESTAMPDIFF " + rs.getLong(2) + " s against ps -o etimes " + etimes + " s in "
              + java.util.TimeZone.getDefault().getID());
      assumeTrue(target.hostsqlClient(),
          "Avatica's stock client answers no getObject(column, Class) for a TIMESTAMP");
      assertNear(started.toEpochMilli(), rs.getObject(1, Timestamp.class).getTime(), 1_000,
          "Timestamp");
      assertNear(started.toEpochMilli(), rs.getObject(1, Instant.class).toEpochMilli(), 1_000,
          "Instant");
      assertNear(started.toEpochMilli(),
          rs.getObject(1, OffsetDateTime.class).toInstant().toEpochMilli(), 1_000, "ODT");
      assertNear(started.toEpochMilli(),
          rs.getObject(1, ZonedDateTime.class).toInstant().toEpochMilli(), 1_000, "ZDT");
      assertNear(started.toEpochMilli(),
          rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC).toEpochMilli(), 1_000,
          "LocalDateTime (UTC)");
      assertNear(started.toEpochMilli(), rs.getObject(1, Long.class), 1_000, "Long");
    }
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void errorsCarryAStandardStateAndTheReason(Target target) throws Exception {
    try (Connection c = target.connect()) {
      SQLException prepare = assertThrows(SQLException.class,
          () -> c.prepareStatement("SELECT nosuch FROM processes"));
      assertEquals("42", prepare.getSQLState().substring(0, 2), prepare.getMessage());
      SQLException execute = assertThrows(SQLException.class,
          () -> c.createStatement().executeQuery("SELECT nosuch FROM processes"));
      assertEquals("42", execute.getSQLState().substring(0, 2), execute.getMessage());
      assertTrue(execute.getMessage().contains("Column 'nosuch' not found"),
          execute.getMessage());
      assertFalse(execute.getMessage().contains("\tat "), "no stack trace in the message");
      SQLException table = assertThrows(SQLException.class,
          () -> c.createStatement().executeQuery("SELECT * FROM nosuch_table"));
      assertEquals("42", table.getSQLState().substring(0, 2), table.getMessage());
      SQLException syntax = assertThrows(SQLException.class,
          () -> c.createStatement().executeQuery("SELEC 1"));
      assertEquals("42", syntax.getSQLState().substring(0, 2), syntax.getMessage());
      if (target.hostsqlClient()) {
        assertTrue(prepare.getMessage().contains("Column 'nosuch' not found"),
            prepare.getMessage());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void columnMetadataIsTruthful(Target target) throws Exception {
    try (Connection c = target.connect()) {
      DatabaseMetaData md = c.getMetaData();
      try (ResultSet cols = md.getColumns(null, "os", "processes", null)) {
        int n = 0;
        while (cols.next()) {
          n++;
          String type = cols.getString("TYPE_NAME");
          assertFalse(type.contains("NOT NULL") || type.startsWith("JavaType"), type);
          int size = cols.getInt("COLUMN_SIZE");
          switch (cols.getInt("DATA_TYPE")) {
            case Types.INTEGER -> assertEquals(10, size);
            case Types.BIGINT -> assertEquals(19, size);
            case Types.DOUBLE -> assertEquals(15, size);
            case Types.TIMESTAMP -> assertTrue(size >= 19, "TIMESTAMP size " + size);
            case Types.VARCHAR -> assertTrue(size > 0, "VARCHAR size " + size);
            default -> { }
          }
        }
        assertTrue(n > 40, n + " columns of processes");
      }
      try (ResultSet rs = c.createStatement().executeQuery(
          "SELECT pid, name, create_time FROM processes WHERE pid = 1")) {
        ResultSetMetaData m = rs.getMetaData();
        assertTrue(m.isSigned(1));
        assertFalse(m.isSigned(2));
        for (int i = 1; i <= 3; i++) {
          assertTrue(m.isSearchable(i));
          assertTrue(m.getColumnDisplaySize(i) > 0, m.getColumnName(i));
        }
        assertEquals("INTEGER", m.getColumnTypeName(1));
        assertEquals(11, m.getColumnDisplaySize(1));
        assertTrue(m.getColumnDisplaySize(3) >= 19);
      }
      Set<String> types = new HashSet<>();
      try (ResultSet rs = md.getTableTypes()) {
        while (rs.next()) {
          types.add(rs.getString(1));
        }
      }
      try (ResultSet rs = md.getTables(null, null, null, null)) {
        while (rs.next()) {
          assertTrue(types.contains(rs.getString("TABLE_TYPE")),
              rs.getString("TABLE_TYPE") + " missing from getTableTypes " + types);
        }
      }
      if (target.hostsqlClient()) {
        // Avatica's stock client answers these itself, whatever the server.
        assertTrue(md.supportsConvert(Types.INTEGER, Types.BIGINT));
        assertTrue(md.supportsConvert(Types.VARCHAR, Types.TIMESTAMP));
        assertFalse(md.supportsConvert(Types.DATE, Types.TIME));
        assertEquals("hostsql", md.getDatabaseProductName());
        assertTrue(md.getURL().startsWith("jdbc:hostsql:"), md.getURL());
        assertFalse(md.ownUpdatesAreVisible(ResultSet.TYPE_FORWARD_ONLY));
        assertFalse(md.insertsAreDetected(ResultSet.TYPE_FORWARD_ONLY));
        assertTrue(md.storesMixedCaseIdentifiers());
        assertFalse(md.supportsMixedCaseIdentifiers());
        assertTrue(c.getTypeMap().isEmpty());
        c.setClientInfo("ApplicationName", "DriverContractTest");
        assertEquals("DriverContractTest", c.getClientInfo("ApplicationName"));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void informationSchemaListsWhatAQueryReturns(Target target) throws Exception {
    try (Connection c = target.connect()) {
      java.util.List<String> queried = new java.util.ArrayList<>();
      try (ResultSet rs = c.createStatement().executeQuery(
          "SELECT * FROM processes WHERE pid = 1")) {
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          queried.add(rs.getMetaData().getColumnName(i));
        }
      }
      java.util.List<String> listed = new java.util.ArrayList<>();
      try (ResultSet rs = c.createStatement().executeQuery(
          "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'os'"
              + " AND table_name = 'processes' ORDER BY ordinal_position")) {
        while (rs.next()) {
          listed.add(rs.getString(1));
          assertFalse(rs.getString(2).contains("NOT NULL"), rs.getString(2));
        }
      }
      assertEquals(queried, listed);
      try (ResultSet rs = c.createStatement().executeQuery(
          "SELECT table_type FROM information_schema.tables WHERE table_schema = 'os'"
              + " AND table_name = 'processes'")) {
        assertTrue(rs.next());
        assertEquals("BASE TABLE", rs.getString(1));
      }
      try (ResultSet rs = c.createStatement().executeQuery(
          "SELECT count(*) FROM information_schema.views WHERE table_schema = 'osquery'")) {
        assertTrue(rs.next());
        assertTrue(rs.getInt(1) > 10, rs.getInt(1) + " osquery views");
      }
      try (ResultSet rs = c.createStatement().executeQuery(
          "SELECT schema_name FROM information_schema.schemata ORDER BY schema_name")) {
        Set<String> schemas = new HashSet<>();
        while (rs.next()) {
          schemas.add(rs.getString(1));
        }
        assertTrue(schemas.containsAll(Set.of("os", "osquery")), schemas.toString());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(value = Target.class, names = {"EMBEDDED", "HOSTSQL_REMOTE"})
  void scrollableResultsMoveBothWays(Target target) throws Exception {
    long self = ProcessHandle.current().pid();
    try (Connection c = target.connect()) {
      try (java.sql.Statement s = c.createStatement(ResultSet.TYPE_SCROLL_INSENSITIVE,
          ResultSet.CONCUR_READ_ONLY);
           ResultSet rs = s.executeQuery("SELECT pid, name FROM processes WHERE pid IN (1, "
               + self + ") ORDER BY pid")) {
        assertEquals(ResultSet.TYPE_SCROLL_INSENSITIVE, rs.getType());
        assertTrue(rs.last());
        assertEquals(2, rs.getRow());
        assertEquals(self, rs.getLong(1));
        assertEquals(ProcFacts.comm(self), rs.getString("name"));
        assertTrue(rs.first());
        assertEquals(1, rs.getInt(1));
        assertEquals(ProcFacts.comm(1), rs.getString(2));
        assertFalse(rs.previous());
        assertTrue(rs.isBeforeFirst());
        assertTrue(rs.absolute(-1));
        assertEquals(self, rs.getObject(1, Integer.class).longValue());
        assertFalse(rs.next());
        assertTrue(rs.isAfterLast());
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT pid FROM processes WHERE pid = ?",
          ResultSet.TYPE_SCROLL_SENSITIVE, ResultSet.CONCUR_READ_ONLY)) {
        ps.setInt(1, 1);
        try (ResultSet rs = ps.executeQuery()) {
          assertTrue(rs.last());
          assertEquals(1, rs.getRow());
          assertTrue(rs.first());
          assertEquals(1, rs.getInt(1));
        }
      }
      SQLException updatable = assertThrows(SQLException.class, () -> c.createStatement(
          ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_UPDATABLE));
      assertEquals("0A000", updatable.getSQLState());
    }
  }

  @ParameterizedTest
  @EnumSource(value = Target.class, names = {"EMBEDDED", "HOSTSQL_REMOTE"})
  void primaryKeys(Target target) throws Exception {
    try (Connection c = target.connect();
         ResultSet rs = c.createStatement().executeQuery("SELECT table_name, column_name"
             + " FROM information_schema.key_column_usage WHERE table_schema = 'os'"
             + " ORDER BY table_name, ordinal_position")) {
      // processes has one row per /proc/PID: pid is its key.
      assertTrue(rs.next());
      assertEquals("processes", rs.getString(1));
      assertEquals("pid", rs.getString(2));
      assertFalse(rs.next(), "only processes declares a key");
    }
    try (Connection c = target.connect();
         ResultSet rs = c.getMetaData().getPrimaryKeys(null, "os", "processes")) {
      assertTrue(rs.next());
      assertEquals("pid", rs.getString("COLUMN_NAME"));
      assertFalse(rs.next());
    }
  }

  private static void assertNear(long expected, long actual, long tolerance, String what) {
    assertTrue(Math.abs(expected - actual) <= tolerance, what + ": expected "
        + Instant.ofEpochMilli(expected) + ", got " + Instant.ofEpochMilli(actual) + " in "
        + java.util.TimeZone.getDefault().getID());
  }

  private static int count(ResultSet rs) throws SQLException {
    try (rs) {
      int n = 0;
      while (rs.next()) {
        n++;
      }
      return n;
    }
  }

  private static String single(ResultSet rs) throws SQLException {
    try (rs) {
      assertTrue(rs.next());
      String v = rs.getString(1);
      assertFalse(rs.next());
      return v;
    }
  }
}
