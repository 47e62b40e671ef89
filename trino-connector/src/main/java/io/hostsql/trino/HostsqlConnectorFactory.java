package io.hostsql.trino;

import io.trino.spi.connector.Connector;
import io.trino.spi.connector.ConnectorContext;
import io.trino.spi.connector.ConnectorFactory;
import java.util.Map;

/** {@code connector.name=hostsql}: a catalog of a fleet of {@code hostsql serve} hosts. */
public final class HostsqlConnectorFactory implements ConnectorFactory {
  @Override
  public String getName() {
    return "hostsql";
  }

  @Override
  public Connector create(String catalogName, Map<String, String> config,
      ConnectorContext context) {
    return new HostsqlConnector(FleetConfig.parse(config),
        context.getCurrentNode().getNodeIdentifier());
  }
}
