package io.hostsql.jdbc.schedule;

/** A configuration that cannot be read at all (not one query that is skipped). */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ConfigException(String message) {
    super(message);
  }
}
