// Written by ForwarderGenerator (jdbc-driver/src/test/java/io/hostsql/jdbc/forward):
// do not edit, run it again.
package io.hostsql.jdbc.forward;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Hands every method of java.sql.PreparedStatement,
 * java.sql.ParameterMetaData and java.sql.Statement to its handler,
 * as a proxy of those interfaces would.
 */
@SuppressWarnings({"unchecked", "rawtypes", "deprecation", "removal"})
public final class PreparedStatementParameterMetaDataStatementForwarder extends Forwarder
    implements java.sql.PreparedStatement,
    java.sql.ParameterMetaData,
    java.sql.Statement {
  private static final long serialVersionUID = 1L;

  /** The interface methods, each looked up the first time it is called. */
  private static final AtomicReferenceArray<Method> METHODS =
      new AtomicReferenceArray<>(126);

  /** A forwarder to {@code handler}. */
  public PreparedStatementParameterMetaDataStatementForwarder(InvocationHandler handler) {
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
        case 3 -> java.sql.PreparedStatement.class.getDeclaredMethod("addBatch");
        case 4 -> java.sql.Statement.class.getDeclaredMethod("addBatch", String.class);
        case 5 -> java.sql.Statement.class.getDeclaredMethod("cancel");
        case 6 -> java.sql.Statement.class.getDeclaredMethod("clearBatch");
        case 7 -> java.sql.PreparedStatement.class.getDeclaredMethod("clearParameters");
        case 8 -> java.sql.Statement.class.getDeclaredMethod("clearWarnings");
        case 9 -> java.sql.Statement.class.getDeclaredMethod("close");
        case 10 -> java.sql.Statement.class.getDeclaredMethod("closeOnCompletion");
        case 11 -> java.sql.Statement.class.getDeclaredMethod("enquoteIdentifier", String.class,
            boolean.class);
        case 12 -> java.sql.Statement.class.getDeclaredMethod("enquoteLiteral", String.class);
        case 13 -> java.sql.Statement.class.getDeclaredMethod("enquoteNCharLiteral", String.class);
        case 14 -> java.sql.PreparedStatement.class.getDeclaredMethod("execute");
        case 15 -> java.sql.Statement.class.getDeclaredMethod("execute", String.class);
        case 16 -> java.sql.Statement.class.getDeclaredMethod("execute", String.class, int[].class);
        case 17 -> java.sql.Statement.class.getDeclaredMethod("execute", String.class,
            String[].class);
        case 18 -> java.sql.Statement.class.getDeclaredMethod("execute", String.class, int.class);
        case 19 -> java.sql.Statement.class.getDeclaredMethod("executeBatch");
        case 20 -> java.sql.Statement.class.getDeclaredMethod("executeLargeBatch");
        case 21 -> java.sql.PreparedStatement.class.getDeclaredMethod("executeLargeUpdate");
        case 22 -> java.sql.Statement.class.getDeclaredMethod("executeLargeUpdate", String.class);
        case 23 -> java.sql.Statement.class.getDeclaredMethod("executeLargeUpdate", String.class,
            int[].class);
        case 24 -> java.sql.Statement.class.getDeclaredMethod("executeLargeUpdate", String.class,
            String[].class);
        case 25 -> java.sql.Statement.class.getDeclaredMethod("executeLargeUpdate", String.class,
            int.class);
        case 26 -> java.sql.PreparedStatement.class.getDeclaredMethod("executeQuery");
        case 27 -> java.sql.Statement.class.getDeclaredMethod("executeQuery", String.class);
        case 28 -> java.sql.PreparedStatement.class.getDeclaredMethod("executeUpdate");
        case 29 -> java.sql.Statement.class.getDeclaredMethod("executeUpdate", String.class);
        case 30 -> java.sql.Statement.class.getDeclaredMethod("executeUpdate", String.class,
            int[].class);
        case 31 -> java.sql.Statement.class.getDeclaredMethod("executeUpdate", String.class,
            String[].class);
        case 32 -> java.sql.Statement.class.getDeclaredMethod("executeUpdate", String.class,
            int.class);
        case 33 -> java.sql.Statement.class.getDeclaredMethod("getConnection");
        case 34 -> java.sql.Statement.class.getDeclaredMethod("getFetchDirection");
        case 35 -> java.sql.Statement.class.getDeclaredMethod("getFetchSize");
        case 36 -> java.sql.Statement.class.getDeclaredMethod("getGeneratedKeys");
        case 37 -> java.sql.Statement.class.getDeclaredMethod("getLargeMaxRows");
        case 38 -> java.sql.Statement.class.getDeclaredMethod("getLargeUpdateCount");
        case 39 -> java.sql.Statement.class.getDeclaredMethod("getMaxFieldSize");
        case 40 -> java.sql.Statement.class.getDeclaredMethod("getMaxRows");
        case 41 -> java.sql.PreparedStatement.class.getDeclaredMethod("getMetaData");
        case 42 -> java.sql.Statement.class.getDeclaredMethod("getMoreResults");
        case 43 -> java.sql.Statement.class.getDeclaredMethod("getMoreResults", int.class);
        case 44 -> java.sql.PreparedStatement.class.getDeclaredMethod("getParameterMetaData");
        case 45 -> java.sql.Statement.class.getDeclaredMethod("getQueryTimeout");
        case 46 -> java.sql.Statement.class.getDeclaredMethod("getResultSet");
        case 47 -> java.sql.Statement.class.getDeclaredMethod("getResultSetConcurrency");
        case 48 -> java.sql.Statement.class.getDeclaredMethod("getResultSetHoldability");
        case 49 -> java.sql.Statement.class.getDeclaredMethod("getResultSetType");
        case 50 -> java.sql.Statement.class.getDeclaredMethod("getUpdateCount");
        case 51 -> java.sql.Statement.class.getDeclaredMethod("getWarnings");
        case 52 -> java.sql.Statement.class.getDeclaredMethod("isCloseOnCompletion");
        case 53 -> java.sql.Statement.class.getDeclaredMethod("isClosed");
        case 54 -> java.sql.Statement.class.getDeclaredMethod("isPoolable");
        case 55 -> java.sql.Statement.class.getDeclaredMethod("isSimpleIdentifier", String.class);
        case 56 -> java.sql.Wrapper.class.getDeclaredMethod("isWrapperFor", Class.class);
        case 57 -> java.sql.PreparedStatement.class.getDeclaredMethod("setArray", int.class,
            java.sql.Array.class);
        case 58 -> java.sql.PreparedStatement.class.getDeclaredMethod("setAsciiStream", int.class,
            java.io.InputStream.class);
        case 59 -> java.sql.PreparedStatement.class.getDeclaredMethod("setAsciiStream", int.class,
            java.io.InputStream.class, int.class);
        case 60 -> java.sql.PreparedStatement.class.getDeclaredMethod("setAsciiStream", int.class,
            java.io.InputStream.class, long.class);
        case 61 -> java.sql.PreparedStatement.class.getDeclaredMethod("setBigDecimal", int.class,
            java.math.BigDecimal.class);
        case 62 -> java.sql.PreparedStatement.class.getDeclaredMethod("setBinaryStream", int.class,
            java.io.InputStream.class);
        case 63 -> java.sql.PreparedStatement.class.getDeclaredMethod("setBinaryStream", int.class,
            java.io.InputStream.class, int.class);
        case 64 -> java.sql.PreparedStatement.class.getDeclaredMethod("setBinaryStream", int.class,
            java.io.InputStream.class, long.class);
        case 65 -> java.sql.PreparedStatement.class.getDeclaredMethod("setBlob", int.class,
            java.io.InputStream.class);
        case 66 -> java.sql.PreparedStatement.class.getDeclaredMethod("setBlob", int.class,
            java.io.InputStream.class, long.class);
        case 67 -> java.sql.PreparedStatement.class.getDeclaredMethod("setBlob", int.class,
            java.sql.Blob.class);
        case 68 -> java.sql.PreparedStatement.class.getDeclaredMethod("setBoolean", int.class,
            boolean.class);
        case 69 -> java.sql.PreparedStatement.class.getDeclaredMethod("setByte", int.class,
            byte.class);
        case 70 -> java.sql.PreparedStatement.class.getDeclaredMethod("setBytes", int.class,
            byte[].class);
        case 71 -> java.sql.PreparedStatement.class.getDeclaredMethod("setCharacterStream",
            int.class, java.io.Reader.class);
        case 72 -> java.sql.PreparedStatement.class.getDeclaredMethod("setCharacterStream",
            int.class, java.io.Reader.class, int.class);
        case 73 -> java.sql.PreparedStatement.class.getDeclaredMethod("setCharacterStream",
            int.class, java.io.Reader.class, long.class);
        case 74 -> java.sql.PreparedStatement.class.getDeclaredMethod("setClob", int.class,
            java.io.Reader.class);
        case 75 -> java.sql.PreparedStatement.class.getDeclaredMethod("setClob", int.class,
            java.io.Reader.class, long.class);
        case 76 -> java.sql.PreparedStatement.class.getDeclaredMethod("setClob", int.class,
            java.sql.Clob.class);
        case 77 -> java.sql.Statement.class.getDeclaredMethod("setCursorName", String.class);
        case 78 -> java.sql.PreparedStatement.class.getDeclaredMethod("setDate", int.class,
            java.sql.Date.class);
        case 79 -> java.sql.PreparedStatement.class.getDeclaredMethod("setDate", int.class,
            java.sql.Date.class, java.util.Calendar.class);
        case 80 -> java.sql.PreparedStatement.class.getDeclaredMethod("setDouble", int.class,
            double.class);
        case 81 -> java.sql.Statement.class.getDeclaredMethod("setEscapeProcessing", boolean.class);
        case 82 -> java.sql.Statement.class.getDeclaredMethod("setFetchDirection", int.class);
        case 83 -> java.sql.Statement.class.getDeclaredMethod("setFetchSize", int.class);
        case 84 -> java.sql.PreparedStatement.class.getDeclaredMethod("setFloat", int.class,
            float.class);
        case 85 -> java.sql.PreparedStatement.class.getDeclaredMethod("setInt", int.class,
            int.class);
        case 86 -> java.sql.Statement.class.getDeclaredMethod("setLargeMaxRows", long.class);
        case 87 -> java.sql.PreparedStatement.class.getDeclaredMethod("setLong", int.class,
            long.class);
        case 88 -> java.sql.Statement.class.getDeclaredMethod("setMaxFieldSize", int.class);
        case 89 -> java.sql.Statement.class.getDeclaredMethod("setMaxRows", int.class);
        case 90 -> java.sql.PreparedStatement.class.getDeclaredMethod("setNCharacterStream",
            int.class, java.io.Reader.class);
        case 91 -> java.sql.PreparedStatement.class.getDeclaredMethod("setNCharacterStream",
            int.class, java.io.Reader.class, long.class);
        case 92 -> java.sql.PreparedStatement.class.getDeclaredMethod("setNClob", int.class,
            java.io.Reader.class);
        case 93 -> java.sql.PreparedStatement.class.getDeclaredMethod("setNClob", int.class,
            java.io.Reader.class, long.class);
        case 94 -> java.sql.PreparedStatement.class.getDeclaredMethod("setNClob", int.class,
            java.sql.NClob.class);
        case 95 -> java.sql.PreparedStatement.class.getDeclaredMethod("setNString", int.class,
            String.class);
        case 96 -> java.sql.PreparedStatement.class.getDeclaredMethod("setNull", int.class,
            int.class);
        case 97 -> java.sql.PreparedStatement.class.getDeclaredMethod("setNull", int.class,
            int.class, String.class);
        case 98 -> java.sql.PreparedStatement.class.getDeclaredMethod("setObject", int.class,
            Object.class);
        case 99 -> java.sql.PreparedStatement.class.getDeclaredMethod("setObject", int.class,
            Object.class, int.class);
        case 100 -> java.sql.PreparedStatement.class.getDeclaredMethod("setObject", int.class,
            Object.class, int.class, int.class);
        case 101 -> java.sql.PreparedStatement.class.getDeclaredMethod("setObject", int.class,
            Object.class, java.sql.SQLType.class);
        case 102 -> java.sql.PreparedStatement.class.getDeclaredMethod("setObject", int.class,
            Object.class, java.sql.SQLType.class, int.class);
        case 103 -> java.sql.Statement.class.getDeclaredMethod("setPoolable", boolean.class);
        case 104 -> java.sql.Statement.class.getDeclaredMethod("setQueryTimeout", int.class);
        case 105 -> java.sql.PreparedStatement.class.getDeclaredMethod("setRef", int.class,
            java.sql.Ref.class);
        case 106 -> java.sql.PreparedStatement.class.getDeclaredMethod("setRowId", int.class,
            java.sql.RowId.class);
        case 107 -> java.sql.PreparedStatement.class.getDeclaredMethod("setSQLXML", int.class,
            java.sql.SQLXML.class);
        case 108 -> java.sql.PreparedStatement.class.getDeclaredMethod("setShort", int.class,
            short.class);
        case 109 -> java.sql.PreparedStatement.class.getDeclaredMethod("setString", int.class,
            String.class);
        case 110 -> java.sql.PreparedStatement.class.getDeclaredMethod("setTime", int.class,
            java.sql.Time.class);
        case 111 -> java.sql.PreparedStatement.class.getDeclaredMethod("setTime", int.class,
            java.sql.Time.class, java.util.Calendar.class);
        case 112 -> java.sql.PreparedStatement.class.getDeclaredMethod("setTimestamp", int.class,
            java.sql.Timestamp.class);
        case 113 -> java.sql.PreparedStatement.class.getDeclaredMethod("setTimestamp", int.class,
            java.sql.Timestamp.class, java.util.Calendar.class);
        case 114 -> java.sql.PreparedStatement.class.getDeclaredMethod("setURL", int.class,
            java.net.URL.class);
        case 115 -> java.sql.PreparedStatement.class.getDeclaredMethod("setUnicodeStream",
            int.class, java.io.InputStream.class, int.class);
        case 116 -> java.sql.Wrapper.class.getDeclaredMethod("unwrap", Class.class);
        case 117 -> java.sql.ParameterMetaData.class.getDeclaredMethod("getParameterClassName",
            int.class);
        case 118 -> java.sql.ParameterMetaData.class.getDeclaredMethod("getParameterCount");
        case 119 -> java.sql.ParameterMetaData.class.getDeclaredMethod("getParameterMode",
            int.class);
        case 120 -> java.sql.ParameterMetaData.class.getDeclaredMethod("getParameterType",
            int.class);
        case 121 -> java.sql.ParameterMetaData.class.getDeclaredMethod("getParameterTypeName",
            int.class);
        case 122 -> java.sql.ParameterMetaData.class.getDeclaredMethod("getPrecision", int.class);
        case 123 -> java.sql.ParameterMetaData.class.getDeclaredMethod("getScale", int.class);
        case 124 -> java.sql.ParameterMetaData.class.getDeclaredMethod("isNullable", int.class);
        case 125 -> java.sql.ParameterMetaData.class.getDeclaredMethod("isSigned", int.class);
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
  public void addBatch() throws java.sql.SQLException {
    try {
      h.invoke(this, method(3), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void addBatch(String a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(4), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void cancel() throws java.sql.SQLException {
    try {
      h.invoke(this, method(5), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void clearBatch() throws java.sql.SQLException {
    try {
      h.invoke(this, method(6), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void clearParameters() throws java.sql.SQLException {
    try {
      h.invoke(this, method(7), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void clearWarnings() throws java.sql.SQLException {
    try {
      h.invoke(this, method(8), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void close() throws java.sql.SQLException {
    try {
      h.invoke(this, method(9), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void closeOnCompletion() throws java.sql.SQLException {
    try {
      h.invoke(this, method(10), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String enquoteIdentifier(String a0, boolean a1) throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(11), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String enquoteLiteral(String a0) throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(12), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String enquoteNCharLiteral(String a0) throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(13), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean execute() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(14), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean execute(String a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(15), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean execute(String a0, int[] a1) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(16), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean execute(String a0, String[] a1) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(17), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean execute(String a0, int a1) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(18), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int[] executeBatch() throws java.sql.SQLException {
    try {
      return (int[]) h.invoke(this, method(19), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public long[] executeLargeBatch() throws java.sql.SQLException {
    try {
      return (long[]) h.invoke(this, method(20), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public long executeLargeUpdate() throws java.sql.SQLException {
    try {
      return (Long) h.invoke(this, method(21), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public long executeLargeUpdate(String a0) throws java.sql.SQLException {
    try {
      return (Long) h.invoke(this, method(22), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public long executeLargeUpdate(String a0, int[] a1) throws java.sql.SQLException {
    try {
      return (Long) h.invoke(this, method(23), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public long executeLargeUpdate(String a0, String[] a1) throws java.sql.SQLException {
    try {
      return (Long) h.invoke(this, method(24), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public long executeLargeUpdate(String a0, int a1) throws java.sql.SQLException {
    try {
      return (Long) h.invoke(this, method(25), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet executeQuery() throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(26), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet executeQuery(String a0) throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(27), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int executeUpdate() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(28), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int executeUpdate(String a0) throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(29), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int executeUpdate(String a0, int[] a1) throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(30), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int executeUpdate(String a0, String[] a1) throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(31), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int executeUpdate(String a0, int a1) throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(32), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Connection getConnection() throws java.sql.SQLException {
    try {
      return (java.sql.Connection) h.invoke(this, method(33), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getFetchDirection() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(34), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getFetchSize() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(35), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet getGeneratedKeys() throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(36), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public long getLargeMaxRows() throws java.sql.SQLException {
    try {
      return (Long) h.invoke(this, method(37), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public long getLargeUpdateCount() throws java.sql.SQLException {
    try {
      return (Long) h.invoke(this, method(38), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getMaxFieldSize() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(39), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getMaxRows() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(40), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSetMetaData getMetaData() throws java.sql.SQLException {
    try {
      return (java.sql.ResultSetMetaData) h.invoke(this, method(41), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean getMoreResults() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(42), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean getMoreResults(int a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(43), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ParameterMetaData getParameterMetaData() throws java.sql.SQLException {
    try {
      return (java.sql.ParameterMetaData) h.invoke(this, method(44), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getQueryTimeout() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(45), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet getResultSet() throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(46), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getResultSetConcurrency() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(47), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getResultSetHoldability() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(48), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getResultSetType() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(49), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getUpdateCount() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(50), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.SQLWarning getWarnings() throws java.sql.SQLException {
    try {
      return (java.sql.SQLWarning) h.invoke(this, method(51), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isCloseOnCompletion() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(52), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isClosed() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(53), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isPoolable() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(54), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isSimpleIdentifier(String a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(55), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isWrapperFor(Class a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(56), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setArray(int a0, java.sql.Array a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(57), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setAsciiStream(int a0, java.io.InputStream a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(58), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setAsciiStream(int a0, java.io.InputStream a1, int a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(59), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setAsciiStream(int a0, java.io.InputStream a1, long a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(60), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setBigDecimal(int a0, java.math.BigDecimal a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(61), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setBinaryStream(int a0, java.io.InputStream a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(62), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setBinaryStream(int a0, java.io.InputStream a1, int a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(63), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setBinaryStream(int a0, java.io.InputStream a1,
      long a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(64), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setBlob(int a0, java.io.InputStream a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(65), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setBlob(int a0, java.io.InputStream a1, long a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(66), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setBlob(int a0, java.sql.Blob a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(67), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setBoolean(int a0, boolean a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(68), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setByte(int a0, byte a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(69), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setBytes(int a0, byte[] a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(70), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setCharacterStream(int a0, java.io.Reader a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(71), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setCharacterStream(int a0, java.io.Reader a1, int a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(72), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setCharacterStream(int a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(73), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setClob(int a0, java.io.Reader a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(74), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setClob(int a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(75), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setClob(int a0, java.sql.Clob a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(76), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setCursorName(String a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(77), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setDate(int a0, java.sql.Date a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(78), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setDate(int a0, java.sql.Date a1,
      java.util.Calendar a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(79), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setDouble(int a0, double a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(80), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setEscapeProcessing(boolean a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(81), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setFetchDirection(int a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(82), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setFetchSize(int a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(83), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setFloat(int a0, float a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(84), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setInt(int a0, int a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(85), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setLargeMaxRows(long a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(86), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setLong(int a0, long a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(87), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setMaxFieldSize(int a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(88), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setMaxRows(int a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(89), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setNCharacterStream(int a0, java.io.Reader a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(90), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setNCharacterStream(int a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(91), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setNClob(int a0, java.io.Reader a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(92), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setNClob(int a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(93), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setNClob(int a0, java.sql.NClob a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(94), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setNString(int a0, String a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(95), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setNull(int a0, int a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(96), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setNull(int a0, int a1, String a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(97), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setObject(int a0, Object a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(98), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setObject(int a0, Object a1, int a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(99), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setObject(int a0, Object a1, int a2, int a3) throws java.sql.SQLException {
    try {
      h.invoke(this, method(100), new Object[] {a0, a1, a2, a3});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setObject(int a0, Object a1, java.sql.SQLType a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(101), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setObject(int a0, Object a1, java.sql.SQLType a2,
      int a3) throws java.sql.SQLException {
    try {
      h.invoke(this, method(102), new Object[] {a0, a1, a2, a3});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setPoolable(boolean a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(103), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setQueryTimeout(int a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(104), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setRef(int a0, java.sql.Ref a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(105), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setRowId(int a0, java.sql.RowId a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(106), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setSQLXML(int a0, java.sql.SQLXML a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(107), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setShort(int a0, short a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(108), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setString(int a0, String a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(109), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setTime(int a0, java.sql.Time a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(110), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setTime(int a0, java.sql.Time a1,
      java.util.Calendar a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(111), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setTimestamp(int a0, java.sql.Timestamp a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(112), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setTimestamp(int a0, java.sql.Timestamp a1,
      java.util.Calendar a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(113), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setURL(int a0, java.net.URL a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(114), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setUnicodeStream(int a0, java.io.InputStream a1,
      int a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(115), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public Object unwrap(Class a0) throws java.sql.SQLException {
    try {
      return h.invoke(this, method(116), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getParameterClassName(int a0) throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(117), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getParameterCount() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(118), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getParameterMode(int a0) throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(119), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getParameterType(int a0) throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(120), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getParameterTypeName(int a0) throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(121), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getPrecision(int a0) throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(122), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getScale(int a0) throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(123), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int isNullable(int a0) throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(124), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isSigned(int a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(125), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }
}
