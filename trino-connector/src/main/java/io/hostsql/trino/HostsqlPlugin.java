package io.hostsql.trino;

import io.trino.spi.Plugin;
import io.trino.spi.connector.ConnectorFactory;
import java.util.List;

/**
 * hostsql's Trino plugin: one connector, {@code hostsql}, whose catalogs fan hostsql's tables
 * out over a fleet of {@code hostsql serve} hosts, with filters, columns and LIMIT pushed to
 * every host.
 */
public final class HostsqlPlugin implements Plugin {
  @Override
  public Iterable<ConnectorFactory> getConnectorFactories() {
    return List.of(new HostsqlConnectorFactory());
  }
}
