package io.hostsql.trino;

import io.trino.spi.connector.Connector;
import io.trino.spi.connector.ConnectorMetadata;
import io.trino.spi.connector.ConnectorRecordSetProvider;
import io.trino.spi.connector.ConnectorSession;
import io.trino.spi.connector.ConnectorSplitManager;
import io.trino.spi.connector.ConnectorTransactionHandle;
import io.trino.spi.connector.SystemTable;
import io.trino.spi.session.PropertyMetadata;
import io.trino.spi.transaction.IsolationLevel;
import java.util.List;
import java.util.Set;

/**
 * A fleet catalog: hostsql's {@code os} and {@code osquery} tables with a {@code host} column,
 * one split per host, read through hostsql's remote driver. Read-only, without transactions
 * (each host answers each split on its own).
 */
final class HostsqlConnector implements Connector {
  /** The connector keeps no transaction state: one handle serves every query. */
  enum Transaction implements ConnectorTransactionHandle {
    INSTANCE
  }

  private final HostsqlMetadata metadata;
  private final HostsqlSplitManager splits;
  private final HostsqlRecordSetProvider records;
  private final FleetStatusTable statusTable;

  HostsqlConnector(FleetConfig config, String node) {
    HostList hosts = new HostList(config);
    HostConnector connector = new HostConnector(config);
    FleetStatus status = new FleetStatus();
    this.metadata = new HostsqlMetadata(new FleetCatalog(hosts, connector, status));
    this.splits = new HostsqlSplitManager(hosts);
    this.records = new HostsqlRecordSetProvider(connector, status);
    this.statusTable = new FleetStatusTable(status, node);
  }

  @Override
  public ConnectorTransactionHandle beginTransaction(IsolationLevel isolationLevel,
      boolean readOnly, boolean autoCommit) {
    return Transaction.INSTANCE;
  }

  @Override
  public ConnectorMetadata getMetadata(ConnectorSession session,
      ConnectorTransactionHandle transaction) {
    return metadata;
  }

  @Override
  public ConnectorSplitManager getSplitManager() {
    return splits;
  }

  @Override
  public ConnectorRecordSetProvider getRecordSetProvider() {
    return records;
  }

  @Override
  public Set<SystemTable> getSystemTables() {
    return Set.of(statusTable);
  }

  @Override
  public List<PropertyMetadata<?>> getSessionProperties() {
    return FleetSessionProperties.all();
  }

  @Override
  public void shutdown() {
    // Connections live as long as one split: nothing stays open between queries.
  }
}
