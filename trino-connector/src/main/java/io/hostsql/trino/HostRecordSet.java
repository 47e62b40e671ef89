package io.hostsql.trino;

import io.trino.spi.connector.RecordCursor;
import io.trino.spi.connector.RecordSet;
import io.trino.spi.type.Type;
import java.util.List;

/**
 * One host's rows for one split: the query {@link RemoteSql} writes, run on that host when
 * Trino asks for the cursor.
 */
final class HostRecordSet implements RecordSet {
  private final HostSplit split;
  private final String sql;
  private final List<HostsqlColumn> columns;
  private final HostCursor.Context context;

  HostRecordSet(HostSplit split, String sql, List<HostsqlColumn> columns,
      HostCursor.Context context) {
    this.split = split;
    this.sql = sql;
    this.columns = List.copyOf(columns);
    this.context = context;
  }

  @Override
  public List<Type> getColumnTypes() {
    return columns.stream().map(c -> c.type().trinoType()).toList();
  }

  @Override
  public RecordCursor cursor() {
    return new HostCursor(split.host(), sql, columns, context);
  }
}
