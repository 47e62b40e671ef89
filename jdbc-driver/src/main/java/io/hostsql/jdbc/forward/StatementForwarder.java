// Written by ForwarderGenerator (jdbc-driver/src/test/java/io/hostsql/jdbc/forward):
// do not edit, run it again.
package io.hostsql.jdbc.forward;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Hands every method of java.sql.Statement to its handler, as a proxy of those interfaces would.
 */
@SuppressWarnings({"unchecked", "rawtypes", "deprecation", "removal"})
public final class StatementForwarder extends Forwarder
    implements java.sql.Statement {
  private static final long serialVersionUID = 1L;

  /** The interface methods, each looked up the first time it is called. */
  private static final AtomicReferenceArray<Method> METHODS =
      new AtomicReferenceArray<>(59);

  /** A forwarder to {@code handler}. */
  public StatementForwarder(InvocationHandler handler) {
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
        case 3 -> java.sql.Statement.class.getDeclaredMethod("addBatch", String.class);
        case 4 -> java.sql.Statement.class.getDeclaredMethod("cancel");
        case 5 -> java.sql.Statement.class.getDeclaredMethod("clearBatch");
        case 6 -> java.sql.Statement.class.getDeclaredMethod("clearWarnings");
        case 7 -> java.sql.Statement.class.getDeclaredMethod("close");
        case 8 -> java.sql.Statement.class.getDeclaredMethod("closeOnCompletion");
        case 9 -> java.sql.Statement.class.getDeclaredMethod("enquoteIdentifier", String.class,
            boolean.class);
        case 10 -> java.sql.Statement.class.getDeclaredMethod("enquoteLiteral", String.class);
        case 11 -> java.sql.Statement.class.getDeclaredMethod("enquoteNCharLiteral", String.class);
        case 12 -> java.sql.Statement.class.getDeclaredMethod("execute", String.class);
        case 13 -> java.sql.Statement.class.getDeclaredMethod("execute", String.class, int[].class);
        case 14 -> java.sql.Statement.class.getDeclaredMethod("execute", String.class,
            String[].class);
        case 15 -> java.sql.Statement.class.getDeclaredMethod("execute", String.class, int.class);
        case 16 -> java.sql.Statement.class.getDeclaredMethod("executeBatch");
        case 17 -> java.sql.Statement.class.getDeclaredMethod("executeLargeBatch");
        case 18 -> java.sql.Statement.class.getDeclaredMethod("executeLargeUpdate", String.class);
        case 19 -> java.sql.Statement.class.getDeclaredMethod("executeLargeUpdate", String.class,
            int[].class);
        case 20 -> java.sql.Statement.class.getDeclaredMethod("executeLargeUpdate", String.class,
            String[].class);
        case 21 -> java.sql.Statement.class.getDeclaredMethod("executeLargeUpdate", String.class,
            int.class);
        case 22 -> java.sql.Statement.class.getDeclaredMethod("executeQuery", String.class);
        case 23 -> java.sql.Statement.class.getDeclaredMethod("executeUpdate", String.class);
        case 24 -> java.sql.Statement.class.getDeclaredMethod("executeUpdate", String.class,
            int[].class);
        case 25 -> java.sql.Statement.class.getDeclaredMethod("executeUpdate", String.class,
            String[].class);
        case 26 -> java.sql.Statement.class.getDeclaredMethod("executeUpdate", String.class,
            int.class);
        case 27 -> java.sql.Statement.class.getDeclaredMethod("getConnection");
        case 28 -> java.sql.Statement.class.getDeclaredMethod("getFetchDirection");
        case 29 -> java.sql.Statement.class.getDeclaredMethod("getFetchSize");
        case 30 -> java.sql.Statement.class.getDeclaredMethod("getGeneratedKeys");
        case 31 -> java.sql.Statement.class.getDeclaredMethod("getLargeMaxRows");
        case 32 -> java.sql.Statement.class.getDeclaredMethod("getLargeUpdateCount");
        case 33 -> java.sql.Statement.class.getDeclaredMethod("getMaxFieldSize");
        case 34 -> java.sql.Statement.class.getDeclaredMethod("getMaxRows");
        case 35 -> java.sql.Statement.class.getDeclaredMethod("getMoreResults");
        case 36 -> java.sql.Statement.class.getDeclaredMethod("getMoreResults", int.class);
        case 37 -> java.sql.Statement.class.getDeclaredMethod("getQueryTimeout");
        case 38 -> java.sql.Statement.class.getDeclaredMethod("getResultSet");
        case 39 -> java.sql.Statement.class.getDeclaredMethod("getResultSetConcurrency");
        case 40 -> java.sql.Statement.class.getDeclaredMethod("getResultSetHoldability");
        case 41 -> java.sql.Statement.class.getDeclaredMethod("getResultSetType");
        case 42 -> java.sql.Statement.class.getDeclaredMethod("getUpdateCount");
        case 43 -> java.sql.Statement.class.getDeclaredMethod("getWarnings");
        case 44 -> java.sql.Statement.class.getDeclaredMethod("isCloseOnCompletion");
        case 45 -> java.sql.Statement.class.getDeclaredMethod("isClosed");
        case 46 -> java.sql.Statement.class.getDeclaredMethod("isPoolable");
        case 47 -> java.sql.Statement.class.getDeclaredMethod("isSimpleIdentifier", String.class);
        case 48 -> java.sql.Wrapper.class.getDeclaredMethod("isWrapperFor", Class.class);
        case 49 -> java.sql.Statement.class.getDeclaredMethod("setCursorName", String.class);
        case 50 -> java.sql.Statement.class.getDeclaredMethod("setEscapeProcessing", boolean.class);
        case 51 -> java.sql.Statement.class.getDeclaredMethod("setFetchDirection", int.class);
        case 52 -> java.sql.Statement.class.getDeclaredMethod("setFetchSize", int.class);
        case 53 -> java.sql.Statement.class.getDeclaredMethod("setLargeMaxRows", long.class);
        case 54 -> java.sql.Statement.class.getDeclaredMethod("setMaxFieldSize", int.class);
        case 55 -> java.sql.Statement.class.getDeclaredMethod("setMaxRows", int.class);
        case 56 -> java.sql.Statement.class.getDeclaredMethod("setPoolable", boolean.class);
        case 57 -> java.sql.Statement.class.getDeclaredMethod("setQueryTimeout", int.class);
        case 58 -> java.sql.Wrapper.class.getDeclaredMethod("unwrap", Class.class);
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
  public void addBatch(String a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(3), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void cancel() throws java.sql.SQLException {
    try {
      h.invoke(this, method(4), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void clearBatch() throws java.sql.SQLException {
    try {
      h.invoke(this, method(5), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void clearWarnings() throws java.sql.SQLException {
    try {
      h.invoke(this, method(6), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void close() throws java.sql.SQLException {
    try {
      h.invoke(this, method(7), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void closeOnCompletion() throws java.sql.SQLException {
    try {
      h.invoke(this, method(8), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String enquoteIdentifier(String a0, boolean a1) throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(9), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String enquoteLiteral(String a0) throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(10), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String enquoteNCharLiteral(String a0) throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(11), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean execute(String a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(12), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean execute(String a0, int[] a1) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(13), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean execute(String a0, String[] a1) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(14), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean execute(String a0, int a1) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(15), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int[] executeBatch() throws java.sql.SQLException {
    try {
      return (int[]) h.invoke(this, method(16), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public long[] executeLargeBatch() throws java.sql.SQLException {
    try {
      return (long[]) h.invoke(this, method(17), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public long executeLargeUpdate(String a0) throws java.sql.SQLException {
    try {
      return (Long) h.invoke(this, method(18), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public long executeLargeUpdate(String a0, int[] a1) throws java.sql.SQLException {
    try {
      return (Long) h.invoke(this, method(19), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public long executeLargeUpdate(String a0, String[] a1) throws java.sql.SQLException {
    try {
      return (Long) h.invoke(this, method(20), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public long executeLargeUpdate(String a0, int a1) throws java.sql.SQLException {
    try {
      return (Long) h.invoke(this, method(21), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet executeQuery(String a0) throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(22), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int executeUpdate(String a0) throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(23), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int executeUpdate(String a0, int[] a1) throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(24), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int executeUpdate(String a0, String[] a1) throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(25), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int executeUpdate(String a0, int a1) throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(26), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Connection getConnection() throws java.sql.SQLException {
    try {
      return (java.sql.Connection) h.invoke(this, method(27), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getFetchDirection() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(28), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getFetchSize() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(29), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet getGeneratedKeys() throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(30), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public long getLargeMaxRows() throws java.sql.SQLException {
    try {
      return (Long) h.invoke(this, method(31), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public long getLargeUpdateCount() throws java.sql.SQLException {
    try {
      return (Long) h.invoke(this, method(32), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getMaxFieldSize() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(33), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getMaxRows() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(34), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean getMoreResults() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(35), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean getMoreResults(int a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(36), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getQueryTimeout() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(37), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet getResultSet() throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(38), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getResultSetConcurrency() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(39), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getResultSetHoldability() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(40), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getResultSetType() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(41), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getUpdateCount() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(42), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.SQLWarning getWarnings() throws java.sql.SQLException {
    try {
      return (java.sql.SQLWarning) h.invoke(this, method(43), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isCloseOnCompletion() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(44), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isClosed() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(45), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isPoolable() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(46), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isSimpleIdentifier(String a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(47), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isWrapperFor(Class a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(48), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setCursorName(String a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(49), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setEscapeProcessing(boolean a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(50), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setFetchDirection(int a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(51), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setFetchSize(int a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(52), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setLargeMaxRows(long a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(53), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setMaxFieldSize(int a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(54), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setMaxRows(int a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(55), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setPoolable(boolean a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(56), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setQueryTimeout(int a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(57), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public Object unwrap(Class a0) throws java.sql.SQLException {
    try {
      return h.invoke(this, method(58), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }
}
