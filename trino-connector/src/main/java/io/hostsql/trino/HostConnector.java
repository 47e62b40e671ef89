package io.hostsql.trino;

import io.hostsql.jdbc.RemoteUrl;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens connections to the fleet's servers through hostsql's remote driver, with the catalog's
 * credentials, truststore and time limits. Avatica does not carry a statement's
 * {@code setQueryTimeout} to the server, so the limit that holds on this side is the HTTP
 * response timeout: no request to a host waits longer than the query timeout.
 */
final class HostConnector {
  private final FleetConfig config;

  HostConnector(FleetConfig config) {
    this.config = config;
  }

  Connection connect(Host host) throws SQLException {
    Properties props = new Properties();
    props.setProperty("url", host.url());
    props.setProperty("http_connection_timeout",
        Long.toString(config.connectTimeout().toMillis()));
    props.setProperty("http_response_timeout", Long.toString(config.queryTimeout().toMillis()));
    config.user().ifPresent(u -> props.setProperty("user", u));
    config.password().ifPresent(p -> props.setProperty("password", p));
    config.truststore().ifPresent(t -> props.setProperty("truststore", t.toString()));
    config.truststorePassword().ifPresent(p -> props.setProperty("truststore_password", p));
    // Properties, not the URL string: a password with ';' or '=' stays whole.
    return RemoteUrl.connect(RemoteUrl.PREFIX, props);
  }
}
