package io.hostsql.trino;

import io.trino.spi.connector.ConnectorSplit;

/**
 * One host's share of a fleet query. Any worker may read it: the host is reached over the
 * network, not from the worker's own disk.
 *
 * @param host the host this split reads
 */
public record HostSplit(Host host) implements ConnectorSplit {
  @Override
  public long getRetainedSizeInBytes() {
    return 64L + 2L * (host.name().length() + host.url().length());
  }
}
