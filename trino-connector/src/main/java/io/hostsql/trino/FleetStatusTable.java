package io.hostsql.trino;

import io.trino.spi.connector.ColumnMetadata;
import io.trino.spi.connector.ConnectorSession;
import io.trino.spi.connector.ConnectorTableMetadata;
import io.trino.spi.connector.ConnectorTransactionHandle;
import io.trino.spi.connector.InMemoryRecordSet;
import io.trino.spi.connector.RecordCursor;
import io.trino.spi.connector.SchemaTableName;
import io.trino.spi.connector.SystemTable;
import io.trino.spi.predicate.TupleDomain;
import io.trino.spi.type.BigintType;
import io.trino.spi.type.TimestampType;
import io.trino.spi.type.VarcharType;
import java.util.Comparator;
import java.util.List;

/**
 * {@code CATALOG.fleet.status}: each host's last answer as each Trino node saw it (one row per
 * node and host that node asked): the query, ok / failed / skipped, rows, milliseconds and the
 * error. A query run with {@code skip_unreachable_hosts} names the hosts it left out here.
 */
final class FleetStatusTable implements SystemTable {
  static final SchemaTableName NAME = new SchemaTableName("fleet", "status");

  private static final ConnectorTableMetadata METADATA = new ConnectorTableMetadata(NAME, List.of(
      new ColumnMetadata("host", VarcharType.VARCHAR),
      new ColumnMetadata("url", VarcharType.VARCHAR),
      new ColumnMetadata("node", VarcharType.VARCHAR),
      new ColumnMetadata("query_id", VarcharType.VARCHAR),
      new ColumnMetadata("state", VarcharType.VARCHAR),
      new ColumnMetadata("rows", BigintType.BIGINT),
      new ColumnMetadata("millis", BigintType.BIGINT),
      new ColumnMetadata("error", VarcharType.VARCHAR),
      new ColumnMetadata("at", TimestampType.TIMESTAMP_MILLIS)));

  private final FleetStatus status;
  private final String node;

  FleetStatusTable(FleetStatus status, String node) {
    this.status = status;
    this.node = node;
  }

  @Override
  public Distribution getDistribution() {
    // Splits run on every worker, and each remembers its own hosts' answers.
    return Distribution.ALL_NODES;
  }

  @Override
  public ConnectorTableMetadata getTableMetadata() {
    return METADATA;
  }

  @Override
  public RecordCursor cursor(ConnectorTransactionHandle transaction, ConnectorSession session,
      TupleDomain<Integer> constraint) {
    InMemoryRecordSet.Builder rows = InMemoryRecordSet.builder(METADATA);
    status.entries().stream().sorted(Comparator.comparing(e -> e.host().name()))
        .forEach(e -> rows.addRow(e.host().name(), e.host().url(), node, e.queryId(),
            e.state().name().toLowerCase(java.util.Locale.ROOT), e.rows(), e.millis(), e.error(),
            e.at().toEpochMilli() * 1_000));
    return rows.build().cursor();
  }
}
