package io.hostsql.trino;

import io.trino.spi.connector.ColumnHandle;
import io.trino.spi.connector.ConnectorRecordSetProvider;
import io.trino.spi.connector.ConnectorSession;
import io.trino.spi.connector.ConnectorSplit;
import io.trino.spi.connector.ConnectorTableHandle;
import io.trino.spi.connector.ConnectorTransactionHandle;
import io.trino.spi.connector.RecordSet;
import java.util.List;

/** Turns a split and the columns Trino reads into the query its host runs. */
final class HostsqlRecordSetProvider implements ConnectorRecordSetProvider {
  private final HostConnector connector;
  private final FleetStatus status;

  HostsqlRecordSetProvider(HostConnector connector, FleetStatus status) {
    this.connector = connector;
    this.status = status;
  }

  @Override
  public RecordSet getRecordSet(ConnectorTransactionHandle transaction, ConnectorSession session,
      ConnectorSplit split, ConnectorTableHandle table, List<? extends ColumnHandle> columns) {
    List<HostsqlColumn> cols = columns.stream().map(HostsqlColumn.class::cast).toList();
    String sql = RemoteSql.select((HostsqlTable) table, cols);
    return new HostRecordSet((HostSplit) split, sql, cols, new HostCursor.Context(connector,
        status, session.getQueryId(), FleetSessionProperties.skipUnreachable(session)));
  }
}
