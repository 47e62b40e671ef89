package io.hostsql.trino;

import io.trino.spi.connector.ColumnHandle;
import io.trino.spi.connector.ConnectorTableHandle;
import io.trino.spi.connector.SchemaTableName;
import io.trino.spi.predicate.Domain;
import io.trino.spi.predicate.TupleDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A fleet table as a query narrowed it: the filter Trino handed over (the host column's part
 * picks the splits, the rest goes to every host in the WHERE of its query), LIKE patterns, and
 * a LIMIT each host applies. Its {@code toString} is what EXPLAIN shows.
 *
 * @param schema {@code os} or {@code osquery}
 * @param table the table's name on the hosts
 * @param constraint the filter pushed, per column
 * @param likes LIKE patterns pushed
 * @param limit the most rows any one host returns
 */
public record HostsqlTable(String schema, String table, TupleDomain<ColumnHandle> constraint,
    List<Like> likes, OptionalLong limit) implements ConnectorTableHandle {

  /**
   * {@code column LIKE pattern [ESCAPE escape]}, pushed to every host.
   *
   * @param column the column
   * @param pattern the pattern, as Trino's LIKE reads it
   * @param escape the escape character, if any
   */
  public record Like(HostsqlColumn column, String pattern, Optional<String> escape) {
  }

  public HostsqlTable {
    likes = List.copyOf(likes);
  }

  static HostsqlTable of(SchemaTableName name) {
    return new HostsqlTable(name.getSchemaName(), name.getTableName(), TupleDomain.all(),
        List.of(), OptionalLong.empty());
  }

  SchemaTableName name() {
    return new SchemaTableName(schema, table);
  }

  /** The filter on the host column; all hosts when there is none. */
  Domain hostDomain() {
    if (constraint.isNone()) {
      return Domain.none(HostsqlColumn.HOST_COLUMN.type().trinoType());
    }
    return constraint.getDomains().orElseThrow().getOrDefault(HostsqlColumn.HOST_COLUMN,
        Domain.all(HostsqlColumn.HOST_COLUMN.type().trinoType()));
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    parts.add(schema + "." + table);
    Domain hosts = hostDomain();
    if (!hosts.isAll()) {
      parts.add("hosts=" + RemoteSql.describeHosts(hosts));
    }
    String where = RemoteSql.where(this);
    if (!where.isEmpty()) {
      parts.add("remote=" + where);
    }
    limit.ifPresent(n -> parts.add("limit=" + n));
    return String.join(" ", parts);
  }
}
