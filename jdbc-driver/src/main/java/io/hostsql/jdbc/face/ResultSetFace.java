package io.hostsql.jdbc.face;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;

/**
 * getObject(column, Class) for every class a client asks a TIMESTAMP for (Avatica answers
 * "cannot convert to Object (with type)" to all of them) and for the number and string
 * classes whatever the column's type, read through the time model of {@link TimeModel}.
 */
final class ResultSetFace {
  private final ResultSet delegate;
  private int[] types;

  ResultSetFace(ResultSet delegate) {
    this.delegate = delegate;
  }

  private int type(int column) throws SQLException {
    if (types == null) {
      java.sql.ResultSetMetaData m = delegate.getMetaData();
      types = new int[m.getColumnCount()];
      for (int i = 0; i < types.length; i++) {
        types[i] = m.getColumnType(i + 1);
      }
    }
    return column >= 1 && column <= types.length ? types[column - 1] : Types.OTHER;
  }

  public <T> T getObject(String label, Class<T> type) throws SQLException {
    return getObject(delegate.findColumn(label), type);
  }

  public <T> T getObject(int column, Class<T> type) throws SQLException {
    if (type == null) {
      throw SqlStates.create("getObject needs a class", SqlStates.BAD_VALUE, null);
    }
    int sqlType = type(column);
    if (sqlType == Types.TIMESTAMP || sqlType == Types.TIMESTAMP_WITH_TIMEZONE) {
      Timestamp t = delegate.getTimestamp(column, TimeModel.utcCalendar());
      if (t == null) {
        return null;
      }
      Object v = type == String.class ? delegate.getString(column) : TimeModel.as(t, type);
      if (v == null) {
        throw SqlStates.create("cannot read a TIMESTAMP as " + type.getName(),
            SqlStates.BAD_VALUE, null);
      }
      return type.cast(v);
    }
    if (PLAIN.contains(type)) {
      return type.cast(plain(column, type));
    }
    Object v = delegate.getObject(column);
    if (v == null || type.isInstance(v)) {
      return type.cast(v);
    }
    return delegate.getObject(column, type);
  }

  private static final java.util.Set<Class<?>> PLAIN = java.util.Set.of(String.class,
      Integer.class, Long.class, Short.class, Byte.class, Double.class, Float.class,
      BigDecimal.class, Boolean.class);

  /** Numbers, booleans and strings through the typed getters, which convert. */
  private Object plain(int column, Class<?> type) throws SQLException {
    Object v;
    if (type == String.class) {
      v = delegate.getString(column);
    } else if (type == Integer.class) {
      v = delegate.getInt(column);
    } else if (type == Long.class) {
      v = delegate.getLong(column);
    } else if (type == Short.class) {
      v = delegate.getShort(column);
    } else if (type == Byte.class) {
      v = delegate.getByte(column);
    } else if (type == Double.class) {
      v = delegate.getDouble(column);
    } else if (type == Float.class) {
      v = delegate.getFloat(column);
    } else if (type == BigDecimal.class) {
      v = delegate.getBigDecimal(column);
    } else {
      v = delegate.getBoolean(column);
    }
    return delegate.wasNull() ? null : v;
  }
}
