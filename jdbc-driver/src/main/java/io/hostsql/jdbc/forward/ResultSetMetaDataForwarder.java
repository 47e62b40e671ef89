// Written by ForwarderGenerator (jdbc-driver/src/test/java/io/hostsql/jdbc/forward):
// do not edit, run it again.
package io.hostsql.jdbc.forward;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Hands every method of java.sql.ResultSetMetaData to its handler,
 * as a proxy of those interfaces would.
 */
@SuppressWarnings({"unchecked", "rawtypes", "deprecation", "removal"})
public final class ResultSetMetaDataForwarder extends Forwarder
    implements java.sql.ResultSetMetaData {
  private static final long serialVersionUID = 1L;

  /** The interface methods, each looked up the first time it is called. */
  private static final AtomicReferenceArray<Method> METHODS =
      new AtomicReferenceArray<>(26);

  /** A forwarder to {@code handler}. */
  public ResultSetMetaDataForwarder(InvocationHandler handler) {
    super(handler);
  }

  private static Method method(int index) {
    Method m = METHODS.get(index);
    return m != null ? m : keep(METHODS, index, lookup(index));
  }

  private static Method lookup(int index) {
    try {
      return switch (index) {
        case 0 -> Object.class.getDeclaredMethod("hashCode");
        case 1 -> Object.class.getDeclaredMethod("equals", Object.class);
        case 2 -> Object.class.getDeclaredMethod("toString");
        case 3 -> java.sql.ResultSetMetaData.class.getDeclaredMethod("getCatalogName", int.class);
        case 4 -> java.sql.ResultSetMetaData.class.getDeclaredMethod("getColumnClassName",
            int.class);
        case 5 -> java.sql.ResultSetMetaData.class.getDeclaredMethod("getColumnCount");
        case 6 -> java.sql.ResultSetMetaData.class.getDeclaredMethod("getColumnDisplaySize",
            int.class);
        case 7 -> java.sql.ResultSetMetaData.class.getDeclaredMethod("getColumnLabel", int.class);
        case 8 -> java.sql.ResultSetMetaData.class.getDeclaredMethod("getColumnName", int.class);
        case 9 -> java.sql.ResultSetMetaData.class.getDeclaredMethod("getColumnType", int.class);
        case 10 -> java.sql.ResultSetMetaData.class.getDeclaredMethod("getColumnTypeName",
            int.class);
        case 11 -> java.sql.ResultSetMetaData.class.getDeclaredMethod("getPrecision", int.class);
        case 12 -> java.sql.ResultSetMetaData.class.getDeclaredMethod("getScale", int.class);
        case 13 -> java.sql.ResultSetMetaData.class.getDeclaredMethod("getSchemaName", int.class);
        case 14 -> java.sql.ResultSetMetaData.class.getDeclaredMethod("getTableName", int.class);
        case 15 -> java.sql.ResultSetMetaData.class.getDeclaredMethod("isAutoIncrement", int.class);
        case 16 -> java.sql.ResultSetMetaData.class.getDeclaredMethod("isCaseSensitive", int.class);
        case 17 -> java.sql.ResultSetMetaData.class.getDeclaredMethod("isCurrency", int.class);
        case 18 -> java.sql.ResultSetMetaData.class.getDeclaredMethod("isDefinitelyWritable",
            int.class);
        case 19 -> java.sql.ResultSetMetaData.class.getDeclaredMethod("isNullable", int.class);
        case 20 -> java.sql.ResultSetMetaData.class.getDeclaredMethod("isReadOnly", int.class);
        case 21 -> java.sql.ResultSetMetaData.class.getDeclaredMethod("isSearchable", int.class);
        case 22 -> java.sql.ResultSetMetaData.class.getDeclaredMethod("isSigned", int.class);
        case 23 -> java.sql.Wrapper.class.getDeclaredMethod("isWrapperFor", Class.class);
        case 24 -> java.sql.ResultSetMetaData.class.getDeclaredMethod("isWritable", int.class);
        case 25 -> java.sql.Wrapper.class.getDeclaredMethod("unwrap", Class.class);
        default -> throw new IllegalArgumentException("no method " + index);
      };
    } catch (NoSuchMethodException e) {
      throw new NoSuchMethodError(e.getMessage());
    }
  }

  @Override
  public int hashCode() {
    try {
      return (Integer) h.invoke(this, method(0), null);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean equals(Object a0) {
    try {
      return (Boolean) h.invoke(this, method(1), new Object[] {a0});
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String toString() {
    try {
      return (String) h.invoke(this, method(2), null);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getCatalogName(int a0) throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(3), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getColumnClassName(int a0) throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(4), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getColumnCount() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(5), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getColumnDisplaySize(int a0) throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(6), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getColumnLabel(int a0) throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(7), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getColumnName(int a0) throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(8), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getColumnType(int a0) throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(9), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getColumnTypeName(int a0) throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(10), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getPrecision(int a0) throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(11), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getScale(int a0) throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(12), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getSchemaName(int a0) throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(13), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getTableName(int a0) throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(14), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isAutoIncrement(int a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(15), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isCaseSensitive(int a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(16), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isCurrency(int a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(17), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isDefinitelyWritable(int a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(18), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int isNullable(int a0) throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(19), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isReadOnly(int a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(20), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isSearchable(int a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(21), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isSigned(int a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(22), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isWrapperFor(Class a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(23), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isWritable(int a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(24), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public Object unwrap(Class a0) throws java.sql.SQLException {
    try {
      return h.invoke(this, method(25), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }
}
