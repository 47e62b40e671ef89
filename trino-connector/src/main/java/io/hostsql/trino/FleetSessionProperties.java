package io.hostsql.trino;

import io.trino.spi.connector.ConnectorSession;
import io.trino.spi.session.PropertyMetadata;
import java.util.List;

/** {@code SET SESSION catalog.skip_unreachable_hosts = true}, and its reading. */
final class FleetSessionProperties {
  static final String SKIP_UNREACHABLE_HOSTS = "skip_unreachable_hosts";

  private FleetSessionProperties() {
  }

  static List<PropertyMetadata<?>> all() {
    return List.of(PropertyMetadata.booleanProperty(SKIP_UNREACHABLE_HOSTS,
        "Leave out the rows of hosts that are down, refuse the credentials, time out or answer "
            + "with an error, instead of failing the query; fleet.status says which",
        false, false));
  }

  static boolean skipUnreachable(ConnectorSession session) {
    return session.getProperty(SKIP_UNREACHABLE_HOSTS, Boolean.class);
  }
}
