package io.hostsql.trino;

import io.trino.spi.connector.ColumnHandle;
import io.trino.spi.connector.ColumnMetadata;
import java.util.Optional;

/**
 * A column of a fleet table: one of the host's own, or the {@code host} column the connector
 * adds, which no host is asked for (each split is one host).
 *
 * @param name the column's name in Trino
 * @param remoteName its name on the host; empty for the fleet's {@code host} column
 * @param type how its values are read and filtered
 * @param comment the host's description of it
 */
public record HostsqlColumn(String name, String remoteName, ColumnType type, String comment)
    implements ColumnHandle {
  /** The column that names the host a row came from. */
  public static final String HOST = "host";

  /** The fleet's {@code host} column. */
  static final HostsqlColumn HOST_COLUMN = new HostsqlColumn(HOST, "", ColumnType.VARCHAR,
      "The fleet host this row came from, as the catalog names it");

  /** A host's own column; one named {@code host} itself is shown as {@code remote_host}. */
  static HostsqlColumn remote(String remoteName, ColumnType type, String comment) {
    String name = remoteName.equals(HOST) ? "remote_" + HOST : remoteName;
    return new HostsqlColumn(name, remoteName, type, comment == null ? "" : comment);
  }

  boolean isHost() {
    return remoteName.isEmpty();
  }

  /** What EXPLAIN shows beside each column. */
  @Override
  public String toString() {
    return isHost() ? name + " (fleet)" : remoteName + ":" + type;
  }

  ColumnMetadata metadata() {
    return ColumnMetadata.builder().setName(name).setType(type.trinoType())
        .setComment(comment.isEmpty() ? Optional.empty() : Optional.of(comment)).build();
  }
}
