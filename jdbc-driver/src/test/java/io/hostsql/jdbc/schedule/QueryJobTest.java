package io.hostsql.jdbc.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.hostsql.jdbc.HostsqlDriver;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** A run reads its values under the JDBC face: the same strings a JDBC client reads. */
class QueryJobTest {
  /** Values of many types, and columns of a table that do not change between two reads. */
  private static final String SQL = "SELECT 1 AS i, CAST(2 AS BIGINT) AS b, 2.5 AS dec,"
      + " CAST(1e20 AS DOUBLE) AS dbl, CAST(0.1 AS REAL) AS r, 'x\"y' AS s,"
      + " CAST(NULL AS VARCHAR) AS n, TRUE AS t, DATE '2026-01-02' AS d,"
      + " TIMESTAMP '2026-01-02 03:04:05' AS ts, m.device, m.path, m.type, m.flags FROM mounts m";

  private static List<List<String>> read(ResultSet rs) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    int n = rs.getMetaData().getColumnCount();
    while (rs.next()) {
      List<String> row = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        row.add(rs.getString(i));
      }
      rows.add(row);
    }
    return rows;
  }

  @Test
  void valuesReadUnderTheFaceAreTheClientsValues() throws Exception {
    Properties p = new Properties();
    p.setProperty("schema", "osquery");
    try (Connection c = new HostsqlDriver().connect(HostsqlDriver.PREFIX, p);
        PreparedStatement s = c.prepareStatement(SQL)) {
      List<List<String>> client;
      try (ResultSet rs = s.executeQuery()) {
        client = read(rs);
      }
      try (ResultSet rs = s.executeQuery()) {
        ResultSet raw = QueryJob.avatica(rs);
        assertFalse(io.hostsql.jdbc.forward.Forwarders.isProxy(raw), "the run reads past the proxies");
        assertEquals(client, read(raw));
      }
      assertEquals(java.util.Arrays.asList("1", "2", "2.5", "1.0E20", "0.1", "x\"y", null, "true",
          "2026-01-02", "2026-01-02 03:04:05"), client.get(0).subList(0, 10));
    }
  }
}
