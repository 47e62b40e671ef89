package io.hostsql.jdbc.face;

import io.hostsql.calcite.meta.JdbcTypeFacts;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Column sizes, signedness and searchability as getColumns gives them ({@link JdbcTypeFacts}):
 * Calcite says precision 0 and display size -1 for VARCHAR, 0 for TIMESTAMP, signed for
 * strings and searchable for nothing, which grids and SQL generators take literally.
 */
final class ResultSetMetaDataFace {
  private final ResultSetMetaData delegate;
  private final Side side;

  ResultSetMetaDataFace(ResultSetMetaData delegate, Side side) {
    this.delegate = delegate;
    this.side = side;
  }

  private boolean temporal(int column) throws SQLException {
    int t = delegate.getColumnType(column);
    return t == Types.TIMESTAMP || t == Types.TIME;
  }

  public int getPrecision(int column) throws SQLException {
    int type = delegate.getColumnType(column);
    int p = delegate.getPrecision(column);
    if (temporal(column) && side == Side.SERVED) {
      return p;
    }
    return temporal(column) ? JdbcTypeFacts.size(type, -1, Math.max(p, 0))
        : JdbcTypeFacts.size(type, p, 0);
  }

  public int getScale(int column) throws SQLException {
    return temporal(column) && side != Side.SERVED ? Math.max(delegate.getPrecision(column), 0)
        : Math.max(delegate.getScale(column), 0);
  }

  public int getColumnDisplaySize(int column) throws SQLException {
    int type = delegate.getColumnType(column);
    int p = delegate.getPrecision(column);
    return temporal(column) ? JdbcTypeFacts.displaySize(type, -1, Math.max(p, 0))
        : JdbcTypeFacts.displaySize(type, p, 0);
  }

  public boolean isSigned(int column) throws SQLException {
    return JdbcTypeFacts.signed(delegate.getColumnType(column));
  }

  /** Every column can stand in a WHERE clause. */
  public boolean isSearchable(int column) throws SQLException {
    delegate.getColumnType(column);
    return true;
  }

  public String getColumnTypeName(int column) throws SQLException {
    return JdbcTypeFacts.typeName(delegate.getColumnTypeName(column),
        delegate.getColumnType(column));
  }

  public boolean isReadOnly(int column) throws SQLException {
    delegate.getColumnType(column);
    return true;
  }

  public boolean isWritable(int column) throws SQLException {
    delegate.getColumnType(column);
    return false;
  }

  public boolean isDefinitelyWritable(int column) throws SQLException {
    delegate.getColumnType(column);
    return false;
  }
}
