package io.hostsql.trino;

import io.airlift.slice.Slices;
import io.trino.spi.connector.ColumnHandle;
import io.trino.spi.connector.ConnectorSession;
import io.trino.spi.connector.ConnectorSplit;
import io.trino.spi.connector.ConnectorSplitManager;
import io.trino.spi.connector.ConnectorSplitSource;
import io.trino.spi.connector.ConnectorTableHandle;
import io.trino.spi.connector.ConnectorTransactionHandle;
import io.trino.spi.connector.Constraint;
import io.trino.spi.connector.FixedSplitSource;
import io.trino.spi.predicate.Domain;
import java.util.List;
import java.util.Set;

/**
 * One split per host of the catalog's current list, less the hosts a filter on the
 * {@code host} column rules out ({@code host = 'web1'} asks one host only).
 */
final class HostsqlSplitManager implements ConnectorSplitManager {
  private final HostList hosts;

  HostsqlSplitManager(HostList hosts) {
    this.hosts = hosts;
  }

  @Override
  public ConnectorSplitSource getSplits(ConnectorTransactionHandle transaction,
      ConnectorSession session, ConnectorTableHandle table, Set<ColumnHandle> columns,
      Constraint constraint) {
    Domain wanted = ((HostsqlTable) table).hostDomain();
    List<ConnectorSplit> splits = hosts.hosts().stream()
        .filter(h -> wanted.includesNullableValue(Slices.utf8Slice(h.name())))
        .<ConnectorSplit>map(HostSplit::new)
        .toList();
    return new FixedSplitSource(splits);
  }
}
