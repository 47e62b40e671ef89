package io.hostsql.trino;

import io.trino.spi.TrinoException;
import io.trino.spi.connector.SchemaTableName;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables of the {@code os} and {@code osquery} schemas and their columns, as the first host
 * that answers describes them (every host runs hostsql, so one answer describes all), each
 * with the fleet's {@code host} column first. Read once and kept; a failed read is retried on
 * the next use.
 */
final class FleetCatalog {
  /** The schemas a fleet catalog shows. */
  static final List<String> SCHEMAS = List.of("os", "osquery");

  private final HostList hosts;
  private final HostConnector connector;
  private final FleetStatus status;
  private volatile Map<SchemaTableName, List<HostsqlColumn>> tables;

  FleetCatalog(HostList hosts, HostConnector connector, FleetStatus status) {
    this.hosts = hosts;
    this.connector = connector;
    this.status = status;
  }

  Map<SchemaTableName, List<HostsqlColumn>> tables() {
    Map<SchemaTableName, List<HostsqlColumn>> t = tables;
    if (t == null) {
      synchronized (this) {
        if (tables == null) {
          tables = load();
        }
        t = tables;
      }
    }
    return t;
  }

  private Map<SchemaTableName, List<HostsqlColumn>> load() {
    List<String> failures = new ArrayList<>();
    for (Host host : hosts.hosts()) {
      long start = System.nanoTime();
      try (Connection c = connector.connect(host)) {
        Map<SchemaTableName, List<HostsqlColumn>> read = read(c.getMetaData());
        status.record(host, "metadata", FleetStatus.State.OK, read.size(), null, start);
        return read;
      } catch (SQLException | RuntimeException e) {
        status.record(host, "metadata", FleetStatus.State.FAILED, 0, Errors.describe(e), start);
        failures.add(host.name() + ": " + Errors.describe(e));
      }
    }
    throw new TrinoException(FleetErrorCode.NO_HOST_ANSWERED, "no host of the fleet answered "
        + "for the table list" + (failures.isEmpty() ? " (the host list is empty)"
        : ": " + String.join("; ", failures)));
  }

  private static Map<SchemaTableName, List<HostsqlColumn>> read(DatabaseMetaData md)
      throws SQLException {
    Map<SchemaTableName, List<HostsqlColumn>> tables = new LinkedHashMap<>();
    for (String schema : SCHEMAS) {
      try (ResultSet rs = md.getColumns(null, schema, "%", "%")) {
        while (rs.next()) {
          SchemaTableName name = new SchemaTableName(schema, rs.getString("TABLE_NAME"));
          List<HostsqlColumn> columns = tables.computeIfAbsent(name, n -> {
            List<HostsqlColumn> l = new ArrayList<>();
            l.add(HostsqlColumn.HOST_COLUMN);
            return l;
          });
          columns.add(HostsqlColumn.remote(rs.getString("COLUMN_NAME"),
              ColumnType.ofJdbc(rs.getInt("DATA_TYPE")), rs.getString("REMARKS")));
        }
      }
    }
    Map<SchemaTableName, List<HostsqlColumn>> frozen = new LinkedHashMap<>();
    tables.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return java.util.Collections.unmodifiableMap(frozen);
  }
}
