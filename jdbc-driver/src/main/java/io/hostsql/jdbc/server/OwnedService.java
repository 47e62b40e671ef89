package io.hostsql.jdbc.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.calcite.avatica.AvaticaSeverity;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.remote.AvaticaRuntimeException;
import org.apache.calcite.avatica.remote.Service;

/**
 * Makes every connection and statement the property of the user whose request opened it.
 *
 * <p>Avatica lets the client choose connection ids and numbers statements from one global
 * counter, and its JDBC Meta finds a statement by number alone: any client could fetch, re-run
 * or close another's statement and close another's connection. Here a client's connection id
 * names a connection only within its owner's namespace: it is translated to a random
 * server-side id before the request reaches Avatica, and back in the reply. A statement is
 * reachable only through the connection that created it. A request naming an id its caller
 * does not own is answered exactly as one naming an id that does not exist, because it is
 * passed on with an id that does not exist.
 *
 * <p>Counts per owner enforce {@link ServerLimits}: a request past a limit is refused; nothing
 * of anyone else is closed to make room (Avatica's own caches, which evict, are sized above the
 * limits by {@link HostsqlServer}).
 */
final class OwnedService implements Service {
  /** No statement ever has this id (Avatica counts up from 1). */
  private static final int NO_STATEMENT = -1;
  /** SQLState for a refused resource (53: insufficient resources). */
  private static final String LIMIT_STATE = "53000";

  private record Key(String owner, String clientId) {
  }

  /** A connection as its owner names it and as Avatica knows it. */
  private static final class Conn {
    final String owner;
    final String clientId;
    final String internalId;
    final Set<Integer> statements = ConcurrentHashMap.newKeySet();
    int reserved;

    Conn(String owner, String clientId) {
      this.owner = owner;
      this.clientId = clientId;
      this.internalId = UUID.randomUUID().toString();
    }
  }

  private final Service delegate;
  private final ServerMeta meta;
  private final ServerLimits limits;
  private final Map<Key, Conn> connections = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();

  OwnedService(Service delegate, ServerMeta meta, ServerLimits limits) {
    this.delegate = delegate;
    this.meta = meta;
    this.limits = limits;
  }

  /** The caller's connection of that id, or one that exists nowhere. */
  private Conn resolve(String clientId) {
    String owner = RequestOwner.current();
    Conn c = clientId == null ? null : connections.get(new Key(owner, clientId));
    return c != null ? c : new Conn(owner, clientId);
  }

  /** The statement id to pass on: the caller's own, or one that exists nowhere. */
  private static int statement(Conn c, int id) {
    return c.statements.contains(id) ? id : NO_STATEMENT;
  }

  /** Forgets what Avatica has closed or expired, so that it no longer counts. */
  private void prune() {
    connections.values().removeIf(c -> c.reserved == 0 && !meta.isOpen(c.internalId));
    for (Conn c : connections.values()) {
      c.statements.removeIf(id -> !meta.hasStatement(id));
    }
  }

  /** Runs one request of the caller's on Avatica, within the caller's share of the server. */
  private <R> R call(Conn c, Function<Service, R> work) {
    AtomicInteger mine = running.computeIfAbsent(c.owner, o -> new AtomicInteger());
    try {
      if (mine.incrementAndGet() > limits.requestsPerUser()) {
        throw refuse("this user already has " + limits.requestsPerUser() + " requests "
            + "running (hostsql serve --max-requests-per-user); wait for one to finish");
      }
      return work.apply(delegate);
    } catch (RuntimeException | Error e) {
      throw ClientErrors.translate(e, c.internalId, c.clientId);
    } finally {
      mine.decrementAndGet();
    }
  }

  private static AvaticaRuntimeException refuse(String message) {
    return ClientErrors.stackless(new AvaticaRuntimeException(message, 0, LIMIT_STATE,
        AvaticaSeverity.ERROR));
  }

  // Connections.

  @Override
  public OpenConnectionResponse apply(OpenConnectionRequest request) {
    String owner = RequestOwner.current();
    if (request.connectionId == null || request.connectionId.isEmpty()) {
      throw refuse("a connection id is required");
    }
    Key key = new Key(owner, request.connectionId);
    Conn c;
    synchronized (this) {
      Conn existing = connections.get(key);
      if (existing != null && (existing.reserved > 0 || meta.isOpen(existing.internalId))) {
        // The caller's own id: Avatica's answer ("already exists") tells them nothing new.
        return call(existing, s -> s.apply(new OpenConnectionRequest(existing.internalId,
            request.info)));
      }
      prune();
      long mine = connections.values().stream().filter(x -> x.owner.equals(owner)).count();
      if (mine >= limits.connectionsPerUser()) {
        throw refuse("too many open connections for this user: " + mine + " of "
            + limits.connectionsPerUser() + " (hostsql serve --max-connections-per-user); "
            + "close one first");
      }
      if (connections.size() >= limits.connections()) {
        throw refuse("the server has " + connections.size() + " open connections, its limit"
            + " (hostsql serve --max-connections); try again when clients have closed some");
      }
      c = new Conn(owner, request.connectionId);
      c.reserved = 1;
      connections.put(key, c);
    }
    try {
      return call(c, s -> s.apply(new OpenConnectionRequest(c.internalId, request.info)));
    } catch (RuntimeException | Error e) {
      connections.remove(key, c);
      throw e;
    } finally {
      synchronized (this) {
        c.reserved = 0;
      }
    }
  }

  @Override
  public CloseConnectionResponse apply(CloseConnectionRequest request) {
    Conn c = resolve(request.connectionId);
    try {
      return call(c, s -> s.apply(new CloseConnectionRequest(c.internalId)));
    } finally {
      connections.remove(new Key(c.owner, c.clientId), c);
    }
  }

  @Override
  public ConnectionSyncResponse apply(ConnectionSyncRequest request) {
    Conn c = resolve(request.connectionId);
    return call(c, s -> s.apply(new ConnectionSyncRequest(c.internalId, request.connProps)));
  }

  @Override
  public DatabasePropertyResponse apply(DatabasePropertyRequest request) {
    Conn c = resolve(request.connectionId);
    return call(c, s -> s.apply(new DatabasePropertyRequest(c.internalId)));
  }

  @Override
  public CommitResponse apply(CommitRequest request) {
    Conn c = resolve(request.connectionId);
    return call(c, s -> s.apply(new CommitRequest(c.internalId)));
  }

  @Override
  public RollbackResponse apply(RollbackRequest request) {
    Conn c = resolve(request.connectionId);
    return call(c, s -> s.apply(new RollbackRequest(c.internalId)));
  }

  // Metadata: each answer is a new statement of the connection's.

  @Override
  public ResultSetResponse apply(CatalogsRequest request) {
    Conn c = resolve(request.connectionId);
    return created(c, s -> s.apply(new CatalogsRequest(c.internalId)));
  }

  @Override
  public ResultSetResponse apply(SchemasRequest request) {
    Conn c = resolve(request.connectionId);
    return created(c, s -> s.apply(new SchemasRequest(c.internalId, request.catalog,
        request.schemaPattern)));
  }

  @Override
  public ResultSetResponse apply(TablesRequest request) {
    Conn c = resolve(request.connectionId);
    return created(c, s -> s.apply(new TablesRequest(c.internalId, request.catalog,
        request.schemaPattern, request.tableNamePattern, request.typeList)));
  }

  @Override
  public ResultSetResponse apply(TableTypesRequest request) {
    Conn c = resolve(request.connectionId);
    return created(c, s -> s.apply(new TableTypesRequest(c.internalId)));
  }

  @Override
  public ResultSetResponse apply(TypeInfoRequest request) {
    Conn c = resolve(request.connectionId);
    return created(c, s -> s.apply(new TypeInfoRequest(c.internalId)));
  }

  @Override
  public ResultSetResponse apply(ColumnsRequest request) {
    Conn c = resolve(request.connectionId);
    return created(c, s -> s.apply(new ColumnsRequest(c.internalId, request.catalog,
        request.schemaPattern, request.tableNamePattern, request.columnNamePattern)));
  }

  private ResultSetResponse created(Conn c, Function<Service, ResultSetResponse> work) {
    ResultSetResponse r = newStatement(c, s -> {
      ResultSetResponse response = work.apply(s);
      return new Created<>(response, response.statementId);
    });
    return toClient(c, r);
  }

  // Statements.

  /** A reply that made a statement, and its id. */
  private record Created<R>(R response, int statementId) {
  }

  /** Runs work that makes a statement, within the caller's statement limit. */
  private <R> R newStatement(Conn c, Function<Service, Created<R>> work) {
    synchronized (this) {
      if (!connections.containsValue(c)) {
        // Unknown connection: Avatica refuses it by itself, with its own message.
        return call(c, work).response();
      }
      prune();
      long mine = 0;
      for (Conn x : connections.values()) {
        if (x.owner.equals(c.owner)) {
          mine += x.statements.size() + x.reserved;
        }
      }
      if (mine >= limits.statementsPerUser()) {
        throw refuse("too many open statements for this user: " + mine + " of "
            + limits.statementsPerUser() + " (hostsql serve --max-statements-per-user); "
            + "close statements and result sets that are done");
      }
      c.reserved++;
    }
    try {
      Created<R> made = call(c, work);
      c.statements.add(made.statementId());
      return made.response();
    } finally {
      synchronized (this) {
        c.reserved--;
      }
    }
  }

  @Override
  public CreateStatementResponse apply(CreateStatementRequest request) {
    Conn c = resolve(request.connectionId);
    return newStatement(c, s -> {
      CreateStatementResponse r = s.apply(new CreateStatementRequest(c.internalId));
      return new Created<>(new CreateStatementResponse(c.clientId, r.statementId,
          r.rpcMetadata), r.statementId);
    });
  }

  @Override
  public PrepareResponse apply(PrepareRequest request) {
    Conn c = resolve(request.connectionId);
    return newStatement(c, s -> {
      PrepareResponse r = s.apply(new PrepareRequest(c.internalId, request.sql,
          request.maxRowCount));
      return new Created<>(new PrepareResponse(new Meta.StatementHandle(c.clientId,
          r.statement.id, r.statement.signature), r.rpcMetadata), r.statement.id);
    });
  }

  @Override
  public CloseStatementResponse apply(CloseStatementRequest request) {
    Conn c = resolve(request.connectionId);
    int id = statement(c, request.statementId);
    try {
      return call(c, s -> s.apply(new CloseStatementRequest(c.internalId, id)));
    } finally {
      c.statements.remove(id);
    }
  }

  @Override
  public ExecuteResponse apply(PrepareAndExecuteRequest request) {
    Conn c = resolve(request.connectionId);
    int id = statement(c, request.statementId);
    return executed(c, call(c, s -> s.apply(new PrepareAndExecuteRequest(c.internalId, id,
        request.sql, request.maxRowCount, request.maxRowsInFirstFrame))));
  }

  @Override
  public ExecuteResponse apply(ExecuteRequest request) {
    Meta.StatementHandle h = request.statementHandle;
    Conn c = resolve(h == null ? null : h.connectionId);
    int id = h == null ? NO_STATEMENT : statement(c, h.id);
    Meta.StatementHandle mine = new Meta.StatementHandle(c.internalId, id,
        h == null ? null : h.signature);
    return executed(c, call(c, s -> s.apply(new ExecuteRequest(mine, request.parameterValues,
        request.maxRowCount))));
  }

  @Override
  public FetchResponse apply(FetchRequest request) {
    Conn c = resolve(request.connectionId);
    int id = statement(c, request.statementId);
    return call(c, s -> s.apply(new FetchRequest(c.internalId, id, request.offset,
        request.fetchMaxRowCount)));
  }

  @Override
  public SyncResultsResponse apply(SyncResultsRequest request) {
    Conn c = resolve(request.connectionId);
    int id = statement(c, request.statementId);
    return call(c, s -> s.apply(new SyncResultsRequest(c.internalId, id, request.state,
        request.offset)));
  }

  @Override
  public ExecuteBatchResponse apply(PrepareAndExecuteBatchRequest request) {
    Conn c = resolve(request.connectionId);
    int id = statement(c, request.statementId);
    return batched(c, call(c, s -> s.apply(new PrepareAndExecuteBatchRequest(c.internalId,
        id, request.sqlCommands))));
  }

  @Override
  public ExecuteBatchResponse apply(ExecuteBatchRequest request) {
    Conn c = resolve(request.connectionId);
    int id = statement(c, request.statementId);
    return batched(c, call(c, s -> s.apply(new ExecuteBatchRequest(c.internalId, id,
        request.parameterValues))));
  }

  @Override
  public void setRpcMetadata(RpcMetadataResponse metadata) {
    delegate.setRpcMetadata(metadata);
  }

  // Replies name the connection as the client does.

  private static ResultSetResponse toClient(Conn c, ResultSetResponse r) {
    return new ResultSetResponse(c.clientId, r.statementId, r.ownStatement, r.signature,
        r.firstFrame, r.updateCount, r.rpcMetadata);
  }

  private static ExecuteResponse executed(Conn c, ExecuteResponse r) {
    if (r.results == null) {
      return r;
    }
    List<ResultSetResponse> results = new ArrayList<>(r.results.size());
    for (ResultSetResponse x : r.results) {
      results.add(toClient(c, x));
    }
    return new ExecuteResponse(results, r.missingStatement, r.rpcMetadata);
  }

  private static ExecuteBatchResponse batched(Conn c, ExecuteBatchResponse r) {
    return new ExecuteBatchResponse(c.clientId, r.statementId, r.updateCounts,
        r.missingStatement, r.rpcMetadata);
  }

  /** Connections the users hold now (for tests and the server's count). */
  int size() {
    return connections.size();
  }
}
