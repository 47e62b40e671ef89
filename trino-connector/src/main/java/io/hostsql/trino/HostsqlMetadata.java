package io.hostsql.trino;

import io.airlift.slice.Slice;
import io.trino.spi.connector.ColumnHandle;
import io.trino.spi.connector.ColumnMetadata;
import io.trino.spi.connector.ConnectorMetadata;
import io.trino.spi.connector.ConnectorSession;
import io.trino.spi.connector.ConnectorTableHandle;
import io.trino.spi.connector.ConnectorTableMetadata;
import io.trino.spi.connector.ConnectorTableVersion;
import io.trino.spi.connector.Constraint;
import io.trino.spi.connector.ConstraintApplicationResult;
import io.trino.spi.connector.LimitApplicationResult;
import io.trino.spi.connector.SchemaTableName;
import io.trino.spi.connector.SchemaTablePrefix;
import io.trino.spi.expression.Call;
import io.trino.spi.expression.ConnectorExpression;
import io.trino.spi.expression.Constant;
import io.trino.spi.expression.StandardFunctions;
import io.trino.spi.expression.Variable;
import io.trino.spi.predicate.Domain;
import io.trino.spi.predicate.TupleDomain;
import io.trino.spi.type.BooleanType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The fleet's tables as Trino sees them, and what of a query's filter and LIMIT is handed to
 * the hosts. Read-only: the connector offers no writes.
 */
final class HostsqlMetadata implements ConnectorMetadata {
  private final FleetCatalog catalog;

  HostsqlMetadata(FleetCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public List<String> listSchemaNames(ConnectorSession session) {
    return FleetCatalog.SCHEMAS;
  }

  @Override
  public ConnectorTableHandle getTableHandle(ConnectorSession session, SchemaTableName name,
      Optional<ConnectorTableVersion> startVersion, Optional<ConnectorTableVersion> endVersion) {
    if (startVersion.isPresent() || endVersion.isPresent()) {
      return null;
    }
    if (!FleetCatalog.SCHEMAS.contains(name.getSchemaName())) {
      return null;
    }
    return catalog.tables().containsKey(name) ? HostsqlTable.of(name) : null;
  }

  @Override
  public ConnectorTableMetadata getTableMetadata(ConnectorSession session,
      ConnectorTableHandle table) {
    SchemaTableName name = ((HostsqlTable) table).name();
    return new ConnectorTableMetadata(name, columns(name).stream()
        .map(HostsqlColumn::metadata).toList());
  }

  private List<HostsqlColumn> columns(SchemaTableName name) {
    List<HostsqlColumn> columns = catalog.tables().get(name);
    if (columns == null) {
      throw new io.trino.spi.connector.TableNotFoundException(name);
    }
    return columns;
  }

  @Override
  public List<SchemaTableName> listTables(ConnectorSession session, Optional<String> schema) {
    if (schema.isPresent() && !FleetCatalog.SCHEMAS.contains(schema.get())) {
      return List.of();
    }
    return catalog.tables().keySet().stream()
        .filter(n -> schema.isEmpty() || n.getSchemaName().equals(schema.get())).toList();
  }

  @Override
  public Map<String, ColumnHandle> getColumnHandles(ConnectorSession session,
      ConnectorTableHandle table) {
    Map<String, ColumnHandle> handles = new LinkedHashMap<>();
    for (HostsqlColumn c : columns(((HostsqlTable) table).name())) {
      handles.put(c.name(), c);
    }
    return handles;
  }

  @Override
  public ColumnMetadata getColumnMetadata(ConnectorSession session, ConnectorTableHandle table,
      ColumnHandle column) {
    return ((HostsqlColumn) column).metadata();
  }

  @Override
  public Map<SchemaTableName, List<ColumnMetadata>> listTableColumns(ConnectorSession session,
      SchemaTablePrefix prefix) {
    Map<SchemaTableName, List<ColumnMetadata>> out = new LinkedHashMap<>();
    catalog.tables().forEach((name, columns) -> {
      if (prefix.matches(name)) {
        out.put(name, columns.stream().map(HostsqlColumn::metadata).toList());
      }
    });
    return out;
  }

  /**
   * Takes the filter's columns whose domains hostsql can evaluate with Trino's meaning, and
   * LIKE patterns on the hosts' text columns. A filter after a pushed LIMIT is not taken: the
   * hosts would apply it after cutting.
   */
  @Override
  public Optional<ConstraintApplicationResult<ConnectorTableHandle>> applyFilter(
      ConnectorSession session, ConnectorTableHandle handle, Constraint constraint) {
    HostsqlTable table = (HostsqlTable) handle;
    if (table.limit().isPresent()) {
      return Optional.empty();
    }
    TupleDomain<ColumnHandle> summary = constraint.getSummary();
    TupleDomain<ColumnHandle> pushed;
    TupleDomain<ColumnHandle> remaining;
    if (summary.isNone()) {
      pushed = TupleDomain.none();
      remaining = TupleDomain.all();
    } else {
      Map<ColumnHandle, Domain> take = new HashMap<>();
      Map<ColumnHandle, Domain> keep = new HashMap<>();
      for (Map.Entry<ColumnHandle, Domain> e : summary.getDomains().orElseThrow().entrySet()) {
        HostsqlColumn column = (HostsqlColumn) e.getKey();
        if (RemoteSql.pushable(column, e.getValue())) {
          take.put(column, e.getValue());
          if (!RemoteSql.exact(column, e.getValue())) {
            keep.put(column, e.getValue());
          }
        } else {
          keep.put(column, e.getValue());
        }
      }
      pushed = TupleDomain.withColumnDomains(take);
      remaining = TupleDomain.withColumnDomains(keep);
    }
    TupleDomain<ColumnHandle> merged = table.constraint().intersect(pushed);

    List<HostsqlTable.Like> likes = new ArrayList<>(table.likes());
    List<ConnectorExpression> rest = new ArrayList<>();
    for (ConnectorExpression term : conjuncts(constraint.getExpression())) {
      Optional<HostsqlTable.Like> like = like(term, constraint.getAssignments());
      if (like.isPresent() && !likes.contains(like.get())) {
        likes.add(like.get());
      } else if (like.isEmpty()) {
        rest.add(term);
      }
    }
    HostsqlTable narrowed = new HostsqlTable(table.schema(), table.table(), merged, likes,
        table.limit());
    if (narrowed.equals(table)) {
      return Optional.empty();
    }
    ConnectorExpression remainingExpression = rest.isEmpty() ? Constant.TRUE
        : rest.size() == 1 ? rest.get(0)
        : new Call(BooleanType.BOOLEAN, StandardFunctions.AND_FUNCTION_NAME, rest);
    return Optional.of(new ConstraintApplicationResult<>(narrowed, remaining,
        remainingExpression, false));
  }

  private static List<ConnectorExpression> conjuncts(ConnectorExpression e) {
    if (e instanceof Call call && call.getFunctionName().equals(StandardFunctions.AND_FUNCTION_NAME)) {
      List<ConnectorExpression> out = new ArrayList<>();
      for (ConnectorExpression a : call.getArguments()) {
        out.addAll(conjuncts(a));
      }
      return out;
    }
    if (e instanceof Constant c && Boolean.TRUE.equals(c.getValue())) {
      return List.of();
    }
    return List.of(e);
  }

  /** {@code $like(column, 'pattern'[, 'escape'])} on a host's text column, if the term is one. */
  private static Optional<HostsqlTable.Like> like(ConnectorExpression term,
      Map<String, ColumnHandle> assignments) {
    if (!(term instanceof Call call)
        || !call.getFunctionName().equals(StandardFunctions.LIKE_FUNCTION_NAME)
        || call.getArguments().size() < 2 || call.getArguments().size() > 3
        || !(call.getArguments().get(0) instanceof Variable v)
        || !(assignments.get(v.getName()) instanceof HostsqlColumn column)
        || column.isHost() || column.type() != ColumnType.VARCHAR) {
      return Optional.empty();
    }
    Optional<String> pattern = text(call.getArguments().get(1));
    Optional<String> escape = call.getArguments().size() == 3
        ? text(call.getArguments().get(2)) : Optional.empty();
    if (pattern.isEmpty() || call.getArguments().size() == 3 && escape.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new HostsqlTable.Like(column, pattern.get(), escape));
  }

  private static Optional<String> text(ConnectorExpression e) {
    if (e instanceof Constant c && c.getValue() instanceof Slice s) {
      String value = s.toStringUtf8();
      return RemoteSql.stringLiteral(value).map(x -> value);
    }
    return Optional.empty();
  }

  @Override
  public Optional<LimitApplicationResult<ConnectorTableHandle>> applyLimit(
      ConnectorSession session, ConnectorTableHandle handle, long limit) {
    HostsqlTable table = (HostsqlTable) handle;
    if (table.limit().isPresent() && table.limit().getAsLong() <= limit) {
      return Optional.empty();
    }
    return Optional.of(new LimitApplicationResult<>(new HostsqlTable(table.schema(),
        table.table(), table.constraint(), table.likes(), OptionalLong.of(limit)), false, false));
  }
}
