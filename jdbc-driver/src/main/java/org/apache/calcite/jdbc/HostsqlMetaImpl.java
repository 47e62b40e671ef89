package org.apache.calcite.jdbc;

import io.hostsql.calcite.meta.KeyColumns;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.sql.SQLException;
import java.util.Map;
import org.apache.calcite.avatica.AvaticaUtils;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.NoSuchStatementException;
import org.apache.calcite.runtime.Hook;
import org.apache.calcite.server.CalciteServerStatement;

/**
 * Calcite's DatabaseMetaData with getPrimaryKeys answered from each table's declared unique
 * key (Calcite returns none), and the connection state of a read-only database: autocommit and
 * read-only from the start, commit and rollback accepted as the no-ops they are (Calcite throws
 * UnsupportedOperationException, which breaks Spring's transactions and connection pools).
 * Statements are prepared as Calcite prepares them, without the planner configuration
 * Calcite builds for each one only to offer it to {@link Hook#STRING_TO_QUERY}, a hook
 * hostsql never sets. It lives in Calcite's package because the constructor it must call takes
 * a type Calcite keeps package-private, as are the connection's server and parseQuery.
 */
public class HostsqlMetaImpl extends CalciteMetaImpl {
  private final CalciteConnection connection;

  public HostsqlMetaImpl(CalciteConnection connection, CalciteMetaTableFactory tables,
      CalciteMetaColumnFactory columns) {
    super((CalciteConnectionImpl) connection, tables, columns);
    this.connection = connection;
    connProps.setAutoCommit(true);
    connProps.setReadOnly(true);
    connProps.setDirty(false);
  }

  /** Nothing to commit: no statement of hostsql's changes anything. */
  @Override
  public void commit(ConnectionHandle ch) {
  }

  /** Nothing to roll back. */
  @Override
  public void rollback(ConnectionHandle ch) {
  }

  /**
   * Takes what a client sets (a pool's setAutoCommit(false) must hold until it sets it back),
   * but the database stays read-only whatever setReadOnly asked: JDBC makes it a hint.
   */
  @Override
  public ConnectionProperties connectionSync(ConnectionHandle ch,
      ConnectionProperties props) {
    ConnectionProperties merged = super.connectionSync(ch, props);
    connProps.setReadOnly(true);
    connProps.setDirty(false);
    return merged;
  }

  /** As Calcite's prepare, the SQL given to the planner as it is. */
  @Override
  public StatementHandle prepare(ConnectionHandle ch, String sql, long maxRowCount) {
    StatementHandle h = createStatement(ch);
    CalciteConnectionImpl calcite = getConnection();
    CalciteServerStatement statement;
    try {
      statement = calcite.server.getStatement(h);
    } catch (NoSuchStatementException e) {
      throw new AssertionError("the statement just created is missing", e);
    }
    CalcitePrepare.Context context = statement.createPrepareContext();
    h.signature = calcite.parseQuery(CalcitePrepare.Query.of(sql), context, maxRowCount);
    statement.setSignature(h.signature);
    return h;
  }

  /** As Calcite's prepareAndExecute, the SQL given to the planner as it is. */
  @Override
  public ExecuteResult prepareAndExecute(StatementHandle h, String sql, long maxRowCount,
      int maxRowsInFirstFrame, PrepareCallback callback) throws NoSuchStatementException {
    try {
      CalcitePrepare.CalciteSignature<Object> signature;
      int updateCount;
      synchronized (callback.getMonitor()) {
        callback.clear();
        CalciteConnectionImpl calcite = getConnection();
        CalciteServerStatement statement = calcite.server.getStatement(h);
        CalcitePrepare.Context context = statement.createPrepareContext();
        signature = calcite.parseQuery(CalcitePrepare.Query.of(sql), context, maxRowCount);
        statement.setSignature(signature);
        // DDL has no result set: an update count of 0; queries (and DML) have one: -1.
        updateCount = switch (signature.statementType) {
          case CREATE, DROP, ALTER, OTHER_DDL -> 0;
          default -> -1;
        };
        callback.assign(signature, null, updateCount);
      }
      callback.execute();
      return new ExecuteResult(List.of(MetaResultSet.create(h.connectionId, h.id, false,
          signature, null, updateCount)));
    } catch (SQLException e) {
      throw new RuntimeException(e);
    }
  }

  /** TABLE and VIEW as Calcite lists them, and the SYSTEM TABLE its metadata schema holds. */
  @Override
  org.apache.calcite.linq4j.Enumerable<MetaTableType> tableTypes() {
    return org.apache.calcite.linq4j.Linq4j.asEnumerable(List.of(
        new MetaTableType("SYSTEM TABLE"), new MetaTableType("TABLE"),
        new MetaTableType("VIEW")));
  }

  /** One column of a primary key, as getPrimaryKeys lists it (field names give the labels). */
  public static final class PrimaryKeyColumn {
    public final String tableCat;
    public final String tableSchem;
    public final String tableName;
    public final String columnName;
    public final short keySeq;
    public final String pkName;

    PrimaryKeyColumn(String schema, String table, String column, short seq, String name) {
      this.tableCat = null;
      this.tableSchem = schema;
      this.tableName = table;
      this.columnName = column;
      this.keySeq = seq;
      this.pkName = name;
    }
  }

  @Override
  public MetaResultSet getPrimaryKeys(ConnectionHandle ch, String catalog, String schema,
      String table) {
    List<Object> rows = new ArrayList<>();
    for (KeyColumns.KeyColumn k : KeyColumns.of(connection.getRootSchema(),
        connection.getTypeFactory(), schema, table)) {
      rows.add(new PrimaryKeyColumn(k.schema(), k.table(), k.column(), (short) k.position(),
          k.keyName()));
    }
    List<Field> fields = Arrays.asList(PrimaryKeyColumn.class.getFields());
    List<String> names = new ArrayList<>();
    for (Field f : fields) {
      names.add(AvaticaUtils.camelToUpper(f.getName()));
    }
    return createResultSet(Map.of(), fieldMetaData(PrimaryKeyColumn.class).columns,
        Meta.CursorFactory.record(PrimaryKeyColumn.class, fields, names),
        new Meta.Frame(0, true, rows));
  }
}
