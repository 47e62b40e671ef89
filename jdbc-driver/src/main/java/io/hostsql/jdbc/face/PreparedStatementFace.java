package io.hostsql.jdbc.face;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Calendar;

/**
 * Binds every parameter as the type the statement inferred for it ({@link
 * ParameterConversion}), whichever setter the client used: Calcite's generated code expects
 * exactly that type's class.
 */
final class PreparedStatementFace {
  private final PreparedStatement delegate;
  private final Side side;
  private int[] types;

  PreparedStatementFace(PreparedStatement delegate, Side side) {
    this.delegate = delegate;
    this.side = side;
  }

  private int type(int index) throws SQLException {
    if (types == null) {
      java.sql.ParameterMetaData m = delegate.getParameterMetaData();
      types = new int[m.getParameterCount()];
      for (int i = 0; i < types.length; i++) {
        types[i] = m.getParameterType(i + 1);
      }
    }
    if (index < 1 || index > types.length) {
      throw SqlStates.create("parameter " + index + " does not exist: the statement has "
          + types.length, "07009", null);
    }
    return types[index - 1];
  }

  private void bind(int index, Object value) throws SQLException {
    int type = type(index);
    if (side == Side.SERVED && value instanceof Timestamp t) {
      // Avatica's server turns the wall time a client sent into a Timestamp in the server
      // JVM's own zone; the wall time is what the client meant, and it is UTC.
      value = t.toLocalDateTime();
    }
    if (value == null) {
      delegate.setNull(index, type);
      return;
    }
    Object v = ParameterConversion.convert(value, type);
    if (v instanceof Integer i) {
      delegate.setInt(index, i);
    } else if (v instanceof Long l) {
      delegate.setLong(index, l);
    } else if (v instanceof Short s) {
      delegate.setShort(index, s);
    } else if (v instanceof Byte b) {
      delegate.setByte(index, b);
    } else if (v instanceof Double d) {
      delegate.setDouble(index, d);
    } else if (v instanceof Float f) {
      delegate.setFloat(index, f);
    } else if (v instanceof BigDecimal d) {
      delegate.setBigDecimal(index, d);
    } else if (v instanceof Boolean b) {
      delegate.setBoolean(index, b);
    } else if (v instanceof String s) {
      delegate.setString(index, s);
    } else if (v instanceof Timestamp t) {
      delegate.setTimestamp(index, t, TimeModel.utcCalendar());
    } else {
      delegate.setObject(index, v);
    }
  }

  public void setInt(int i, int x) throws SQLException {
    bind(i, x);
  }

  public void setLong(int i, long x) throws SQLException {
    bind(i, x);
  }

  public void setShort(int i, short x) throws SQLException {
    bind(i, x);
  }

  public void setByte(int i, byte x) throws SQLException {
    bind(i, x);
  }

  public void setDouble(int i, double x) throws SQLException {
    bind(i, x);
  }

  public void setFloat(int i, float x) throws SQLException {
    bind(i, x);
  }

  public void setBigDecimal(int i, BigDecimal x) throws SQLException {
    bind(i, x);
  }

  public void setBoolean(int i, boolean x) throws SQLException {
    bind(i, x);
  }

  public void setString(int i, String x) throws SQLException {
    bind(i, x);
  }

  public void setNString(int i, String x) throws SQLException {
    bind(i, x);
  }

  public void setObject(int i, Object x) throws SQLException {
    bind(i, x);
  }

  /** The statement's own type wins over the client's guess, as for every other setter. */
  public void setObject(int i, Object x, int targetSqlType) throws SQLException {
    bind(i, x);
  }

  public void setObject(int i, Object x, int targetSqlType, int scale) throws SQLException {
    bind(i, x);
  }

  public void setTimestamp(int i, Timestamp x) throws SQLException {
    bind(i, x);
  }

  /** x's wall time in the calendar's zone, as JDBC specifies. */
  public void setTimestamp(int i, Timestamp x, Calendar calendar) throws SQLException {
    bind(i, x == null || calendar == null ? x : TimeModel.wallIn(x, calendar));
  }

  public void setDate(int i, Date x) throws SQLException {
    bind(i, x == null ? null : x.toLocalDate());
  }

  public void setTime(int i, Time x) throws SQLException {
    if (type(i) == Types.TIME) {
      delegate.setTime(i, x);
    } else {
      bind(i, x == null ? null : x.toString());
    }
  }

  public void setNull(int i, int sqlType) throws SQLException {
    delegate.setNull(i, type(i));
  }
}
