package io.hostsql.trino;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A catalog's settings, from its properties file ({@code etc/catalog/NAME.properties}).
 *
 * @param hosts the hosts given inline ({@code hostsql.hosts}); empty when a file names them
 * @param hostsFile the file of hosts ({@code hostsql.hosts-file}), re-read when it changes
 * @param user the HTTP BASIC user every host is asked with, if any
 * @param password that user's password
 * @param truststore a truststore for https hosts with a certificate of their own
 * @param truststorePassword its password
 * @param connectTimeout how long connecting to one host may take
 * @param queryTimeout how long one request to a host may go unanswered
 */
public record FleetConfig(List<Host> hosts, Optional<Path> hostsFile, Optional<String> user,
    Optional<String> password, Optional<Path> truststore, Optional<String> truststorePassword,
    Duration connectTimeout, Duration queryTimeout) {

  static final String HOSTS = "hostsql.hosts";
  static final String HOSTS_FILE = "hostsql.hosts-file";
  static final String USER = "hostsql.user";
  static final String PASSWORD = "hostsql.password";
  static final String TRUSTSTORE = "hostsql.truststore";
  static final String TRUSTSTORE_PASSWORD = "hostsql.truststore-password";
  static final String CONNECT_TIMEOUT = "hostsql.connect-timeout";
  static final String QUERY_TIMEOUT = "hostsql.query-timeout";

  private static final Set<String> KNOWN = Set.of(HOSTS, HOSTS_FILE, USER, PASSWORD, TRUSTSTORE,
      TRUSTSTORE_PASSWORD, CONNECT_TIMEOUT, QUERY_TIMEOUT);

  public FleetConfig {
    hosts = List.copyOf(hosts);
  }

  /**
   * Reads a catalog's properties; a property no one knows (a typo) is refused, as Trino's own
   * connectors do, rather than silently ignored.
   */
  public static FleetConfig parse(Map<String, String> props) {
    Set<String> unknown = new TreeSet<>(props.keySet());
    unknown.removeAll(KNOWN);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown hostsql catalog properties " + unknown
          + "; known: " + new TreeSet<>(KNOWN));
    }
    String inline = props.get(HOSTS);
    String file = props.get(HOSTS_FILE);
    if ((inline == null || inline.isBlank()) == (file == null || file.isBlank())) {
      throw new IllegalArgumentException("a hostsql catalog needs exactly one of " + HOSTS
          + " (comma-separated URLs or NAME=URL) and " + HOSTS_FILE);
    }
    List<Host> hosts = new ArrayList<>();
    if (inline != null && !inline.isBlank()) {
      for (String entry : inline.split(",")) {
        if (!entry.isBlank()) {
          hosts.add(Host.parse(entry));
        }
      }
      HostList.requireUniqueNames(hosts, HOSTS);
    }
    Optional<String> password = optional(props, PASSWORD);
    Optional<String> user = optional(props, USER);
    if (password.isPresent() && user.isEmpty()) {
      throw new IllegalArgumentException(PASSWORD + " is set without " + USER);
    }
    return new FleetConfig(hosts, optional(props, HOSTS_FILE).map(Path::of), user, password,
        optional(props, TRUSTSTORE).map(Path::of), optional(props, TRUSTSTORE_PASSWORD),
        duration(props, CONNECT_TIMEOUT, Duration.ofSeconds(5)),
        duration(props, QUERY_TIMEOUT, Duration.ofSeconds(60)));
  }

  private static Optional<String> optional(Map<String, String> props, String key) {
    String v = props.get(key);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }

  /** A duration in Trino's notation: {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}. */
  static Duration duration(Map<String, String> props, String key, Duration byDefault) {
    String v = props.get(key);
    if (v == null || v.isBlank()) {
      return byDefault;
    }
    String s = v.strip().toLowerCase(Locale.ROOT);
    int unitAt = 0;
    while (unitAt < s.length() && (Character.isDigit(s.charAt(unitAt)) || s.charAt(unitAt) == '.')) {
      unitAt++;
    }
    Duration d;
    try {
      double amount = Double.parseDouble(s.substring(0, unitAt));
      long unitMillis = switch (s.substring(unitAt).strip()) {
        case "ms" -> 1;
        case "s" -> 1_000;
        case "m" -> 60_000;
        case "h" -> 3_600_000;
        default -> throw new NumberFormatException();
      };
      d = Duration.ofMillis(Math.round(amount * unitMillis));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a duration such as 500ms, 10s or 2m, "
          + "got '" + v + "'");
    }
    if (d.isZero() || d.compareTo(Duration.ofHours(24)) > 0) {
      throw new IllegalArgumentException(key + " must be more than 0 and at most 24h, got '"
          + v + "'");
    }
    return d;
  }
}
