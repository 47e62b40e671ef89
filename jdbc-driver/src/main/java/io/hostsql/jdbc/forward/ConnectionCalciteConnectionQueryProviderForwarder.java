// Written by ForwarderGenerator (jdbc-driver/src/test/java/io/hostsql/jdbc/forward):
// do not edit, run it again.
package io.hostsql.jdbc.forward;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Hands every method of java.sql.Connection,
 * org.apache.calcite.jdbc.CalciteConnection and org.apache.calcite.linq4j.QueryProvider to its
 * handler, as a proxy of those interfaces would.
 */
@SuppressWarnings({"unchecked", "rawtypes", "deprecation", "removal"})
public final class ConnectionCalciteConnectionQueryProviderForwarder extends Forwarder
    implements java.sql.Connection,
    org.apache.calcite.jdbc.CalciteConnection,
    org.apache.calcite.linq4j.QueryProvider {
  private static final long serialVersionUID = 1L;

  /** The interface methods, each looked up the first time it is called. */
  private static final AtomicReferenceArray<Method> METHODS =
      new AtomicReferenceArray<>(73);

  /** A forwarder to {@code handler}. */
  public ConnectionCalciteConnectionQueryProviderForwarder(InvocationHandler handler) {
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
        case 3 -> java.sql.Connection.class.getDeclaredMethod("abort",
            java.util.concurrent.Executor.class);
        case 4 -> java.sql.Connection.class.getDeclaredMethod("beginRequest");
        case 5 -> java.sql.Connection.class.getDeclaredMethod("clearWarnings");
        case 6 -> java.sql.Connection.class.getDeclaredMethod("close");
        case 7 -> java.sql.Connection.class.getDeclaredMethod("commit");
        case 8 -> java.sql.Connection.class.getDeclaredMethod("createArrayOf", String.class,
            Object[].class);
        case 9 -> java.sql.Connection.class.getDeclaredMethod("createBlob");
        case 10 -> java.sql.Connection.class.getDeclaredMethod("createClob");
        case 11 -> java.sql.Connection.class.getDeclaredMethod("createNClob");
        case 12 -> java.sql.Connection.class.getDeclaredMethod("createSQLXML");
        case 13 -> java.sql.Connection.class.getDeclaredMethod("createStatement");
        case 14 -> java.sql.Connection.class.getDeclaredMethod("createStatement", int.class,
            int.class);
        case 15 -> java.sql.Connection.class.getDeclaredMethod("createStatement", int.class,
            int.class, int.class);
        case 16 -> java.sql.Connection.class.getDeclaredMethod("createStruct", String.class,
            Object[].class);
        case 17 -> java.sql.Connection.class.getDeclaredMethod("endRequest");
        case 18 -> java.sql.Connection.class.getDeclaredMethod("getAutoCommit");
        case 19 -> java.sql.Connection.class.getDeclaredMethod("getCatalog");
        case 20 -> java.sql.Connection.class.getDeclaredMethod("getClientInfo");
        case 21 -> java.sql.Connection.class.getDeclaredMethod("getClientInfo", String.class);
        case 22 -> java.sql.Connection.class.getDeclaredMethod("getHoldability");
        case 23 -> java.sql.Connection.class.getDeclaredMethod("getMetaData");
        case 24 -> java.sql.Connection.class.getDeclaredMethod("getNetworkTimeout");
        case 25 -> java.sql.Connection.class.getDeclaredMethod("getSchema");
        case 26 -> java.sql.Connection.class.getDeclaredMethod("getTransactionIsolation");
        case 27 -> java.sql.Connection.class.getDeclaredMethod("getTypeMap");
        case 28 -> java.sql.Connection.class.getDeclaredMethod("getWarnings");
        case 29 -> java.sql.Connection.class.getDeclaredMethod("isClosed");
        case 30 -> java.sql.Connection.class.getDeclaredMethod("isReadOnly");
        case 31 -> java.sql.Connection.class.getDeclaredMethod("isValid", int.class);
        case 32 -> java.sql.Wrapper.class.getDeclaredMethod("isWrapperFor", Class.class);
        case 33 -> java.sql.Connection.class.getDeclaredMethod("nativeSQL", String.class);
        case 34 -> java.sql.Connection.class.getDeclaredMethod("prepareCall", String.class);
        case 35 -> java.sql.Connection.class.getDeclaredMethod("prepareCall", String.class,
            int.class, int.class);
        case 36 -> java.sql.Connection.class.getDeclaredMethod("prepareCall", String.class,
            int.class, int.class, int.class);
        case 37 -> java.sql.Connection.class.getDeclaredMethod("prepareStatement", String.class);
        case 38 -> java.sql.Connection.class.getDeclaredMethod("prepareStatement", String.class,
            int[].class);
        case 39 -> java.sql.Connection.class.getDeclaredMethod("prepareStatement", String.class,
            String[].class);
        case 40 -> java.sql.Connection.class.getDeclaredMethod("prepareStatement", String.class,
            int.class);
        case 41 -> java.sql.Connection.class.getDeclaredMethod("prepareStatement", String.class,
            int.class, int.class);
        case 42 -> java.sql.Connection.class.getDeclaredMethod("prepareStatement", String.class,
            int.class, int.class, int.class);
        case 43 -> java.sql.Connection.class.getDeclaredMethod("releaseSavepoint",
            java.sql.Savepoint.class);
        case 44 -> java.sql.Connection.class.getDeclaredMethod("rollback");
        case 45 -> java.sql.Connection.class.getDeclaredMethod("rollback",
            java.sql.Savepoint.class);
        case 46 -> java.sql.Connection.class.getDeclaredMethod("setAutoCommit", boolean.class);
        case 47 -> java.sql.Connection.class.getDeclaredMethod("setCatalog", String.class);
        case 48 -> java.sql.Connection.class.getDeclaredMethod("setClientInfo", String.class,
            String.class);
        case 49 -> java.sql.Connection.class.getDeclaredMethod("setClientInfo",
            java.util.Properties.class);
        case 50 -> java.sql.Connection.class.getDeclaredMethod("setHoldability", int.class);
        case 51 -> java.sql.Connection.class.getDeclaredMethod("setNetworkTimeout",
            java.util.concurrent.Executor.class, int.class);
        case 52 -> java.sql.Connection.class.getDeclaredMethod("setReadOnly", boolean.class);
        case 53 -> java.sql.Connection.class.getDeclaredMethod("setSavepoint");
        case 54 -> java.sql.Connection.class.getDeclaredMethod("setSavepoint", String.class);
        case 55 -> java.sql.Connection.class.getDeclaredMethod("setSchema", String.class);
        case 56 -> java.sql.Connection.class.getDeclaredMethod("setShardingKey",
            java.sql.ShardingKey.class);
        case 57 -> java.sql.Connection.class.getDeclaredMethod("setShardingKey",
            java.sql.ShardingKey.class, java.sql.ShardingKey.class);
        case 58 -> java.sql.Connection.class.getDeclaredMethod("setShardingKeyIfValid",
            java.sql.ShardingKey.class, int.class);
        case 59 -> java.sql.Connection.class.getDeclaredMethod("setShardingKeyIfValid",
            java.sql.ShardingKey.class, java.sql.ShardingKey.class, int.class);
        case 60 -> java.sql.Connection.class.getDeclaredMethod("setTransactionIsolation",
            int.class);
        case 61 -> java.sql.Connection.class.getDeclaredMethod("setTypeMap", java.util.Map.class);
        case 62 -> java.sql.Wrapper.class.getDeclaredMethod("unwrap", Class.class);
        case 63 -> org.apache.calcite.jdbc.CalciteConnection.class.getDeclaredMethod("config");
        case 64 ->
            org.apache.calcite.jdbc.CalciteConnection.class.getDeclaredMethod("createPrepareContext");
        case 65 -> org.apache.calcite.linq4j.QueryProvider.class.getDeclaredMethod("createQuery",
            org.apache.calcite.linq4j.tree.Expression.class, Class.class);
        case 66 -> org.apache.calcite.linq4j.QueryProvider.class.getDeclaredMethod("createQuery",
            org.apache.calcite.linq4j.tree.Expression.class, java.lang.reflect.Type.class);
        case 67 -> org.apache.calcite.linq4j.QueryProvider.class.getDeclaredMethod("execute",
            org.apache.calcite.linq4j.tree.Expression.class, Class.class);
        case 68 -> org.apache.calcite.linq4j.QueryProvider.class.getDeclaredMethod("execute",
            org.apache.calcite.linq4j.tree.Expression.class, java.lang.reflect.Type.class);
        case 69 -> org.apache.calcite.linq4j.QueryProvider.class.getDeclaredMethod("executeQuery",
            org.apache.calcite.linq4j.Queryable.class);
        case 70 ->
            org.apache.calcite.jdbc.CalciteConnection.class.getDeclaredMethod("getProperties");
        case 71 ->
            org.apache.calcite.jdbc.CalciteConnection.class.getDeclaredMethod("getRootSchema");
        case 72 ->
            org.apache.calcite.jdbc.CalciteConnection.class.getDeclaredMethod("getTypeFactory");
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
  public void abort(java.util.concurrent.Executor a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(3), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void beginRequest() throws java.sql.SQLException {
    try {
      h.invoke(this, method(4), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void clearWarnings() throws java.sql.SQLException {
    try {
      h.invoke(this, method(5), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void close() throws java.sql.SQLException {
    try {
      h.invoke(this, method(6), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void commit() throws java.sql.SQLException {
    try {
      h.invoke(this, method(7), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Array createArrayOf(String a0, Object[] a1) throws java.sql.SQLException {
    try {
      return (java.sql.Array) h.invoke(this, method(8), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Blob createBlob() throws java.sql.SQLException {
    try {
      return (java.sql.Blob) h.invoke(this, method(9), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Clob createClob() throws java.sql.SQLException {
    try {
      return (java.sql.Clob) h.invoke(this, method(10), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.NClob createNClob() throws java.sql.SQLException {
    try {
      return (java.sql.NClob) h.invoke(this, method(11), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.SQLXML createSQLXML() throws java.sql.SQLException {
    try {
      return (java.sql.SQLXML) h.invoke(this, method(12), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Statement createStatement() throws java.sql.SQLException {
    try {
      return (java.sql.Statement) h.invoke(this, method(13), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Statement createStatement(int a0, int a1) throws java.sql.SQLException {
    try {
      return (java.sql.Statement) h.invoke(this, method(14), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Statement createStatement(int a0, int a1, int a2) throws java.sql.SQLException {
    try {
      return (java.sql.Statement) h.invoke(this, method(15), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Struct createStruct(String a0, Object[] a1) throws java.sql.SQLException {
    try {
      return (java.sql.Struct) h.invoke(this, method(16), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void endRequest() throws java.sql.SQLException {
    try {
      h.invoke(this, method(17), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean getAutoCommit() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(18), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getCatalog() throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(19), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.util.Properties getClientInfo() throws java.sql.SQLException {
    try {
      return (java.util.Properties) h.invoke(this, method(20), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getClientInfo(String a0) throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(21), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getHoldability() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(22), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.DatabaseMetaData getMetaData() throws java.sql.SQLException {
    try {
      return (java.sql.DatabaseMetaData) h.invoke(this, method(23), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getNetworkTimeout() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(24), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getSchema() throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(25), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getTransactionIsolation() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(26), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.util.Map getTypeMap() throws java.sql.SQLException {
    try {
      return (java.util.Map) h.invoke(this, method(27), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.SQLWarning getWarnings() throws java.sql.SQLException {
    try {
      return (java.sql.SQLWarning) h.invoke(this, method(28), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isClosed() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(29), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isReadOnly() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(30), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isValid(int a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(31), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isWrapperFor(Class a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(32), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String nativeSQL(String a0) throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(33), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.CallableStatement prepareCall(String a0) throws java.sql.SQLException {
    try {
      return (java.sql.CallableStatement) h.invoke(this, method(34), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.CallableStatement prepareCall(String a0, int a1,
      int a2) throws java.sql.SQLException {
    try {
      return (java.sql.CallableStatement) h.invoke(this, method(35), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.CallableStatement prepareCall(String a0, int a1, int a2,
      int a3) throws java.sql.SQLException {
    try {
      return (java.sql.CallableStatement) h.invoke(this, method(36), new Object[] {a0, a1, a2, a3});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.PreparedStatement prepareStatement(String a0) throws java.sql.SQLException {
    try {
      return (java.sql.PreparedStatement) h.invoke(this, method(37), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.PreparedStatement prepareStatement(String a0,
      int[] a1) throws java.sql.SQLException {
    try {
      return (java.sql.PreparedStatement) h.invoke(this, method(38), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.PreparedStatement prepareStatement(String a0,
      String[] a1) throws java.sql.SQLException {
    try {
      return (java.sql.PreparedStatement) h.invoke(this, method(39), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.PreparedStatement prepareStatement(String a0,
      int a1) throws java.sql.SQLException {
    try {
      return (java.sql.PreparedStatement) h.invoke(this, method(40), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.PreparedStatement prepareStatement(String a0, int a1,
      int a2) throws java.sql.SQLException {
    try {
      return (java.sql.PreparedStatement) h.invoke(this, method(41), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.PreparedStatement prepareStatement(String a0, int a1, int a2,
      int a3) throws java.sql.SQLException {
    try {
      return (java.sql.PreparedStatement) h.invoke(this, method(42), new Object[] {a0, a1, a2, a3});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void releaseSavepoint(java.sql.Savepoint a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(43), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void rollback() throws java.sql.SQLException {
    try {
      h.invoke(this, method(44), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void rollback(java.sql.Savepoint a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(45), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setAutoCommit(boolean a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(46), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setCatalog(String a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(47), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setClientInfo(String a0, String a1) throws java.sql.SQLClientInfoException {
    try {
      h.invoke(this, method(48), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLClientInfoException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setClientInfo(java.util.Properties a0) throws java.sql.SQLClientInfoException {
    try {
      h.invoke(this, method(49), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLClientInfoException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setHoldability(int a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(50), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setNetworkTimeout(java.util.concurrent.Executor a0,
      int a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(51), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setReadOnly(boolean a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(52), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Savepoint setSavepoint() throws java.sql.SQLException {
    try {
      return (java.sql.Savepoint) h.invoke(this, method(53), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Savepoint setSavepoint(String a0) throws java.sql.SQLException {
    try {
      return (java.sql.Savepoint) h.invoke(this, method(54), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setSchema(String a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(55), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setShardingKey(java.sql.ShardingKey a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(56), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setShardingKey(java.sql.ShardingKey a0,
      java.sql.ShardingKey a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(57), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean setShardingKeyIfValid(java.sql.ShardingKey a0,
      int a1) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(58), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean setShardingKeyIfValid(java.sql.ShardingKey a0, java.sql.ShardingKey a1,
      int a2) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(59), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setTransactionIsolation(int a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(60), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setTypeMap(java.util.Map a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(61), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public Object unwrap(Class a0) throws java.sql.SQLException {
    try {
      return h.invoke(this, method(62), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public org.apache.calcite.config.CalciteConnectionConfig config() {
    try {
      return (org.apache.calcite.config.CalciteConnectionConfig) h.invoke(this, method(63), null);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public org.apache.calcite.jdbc.CalcitePrepare.Context createPrepareContext() {
    try {
      return (org.apache.calcite.jdbc.CalcitePrepare.Context) h.invoke(this, method(64), null);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public org.apache.calcite.linq4j.Queryable createQuery(org.apache.calcite.linq4j.tree.Expression
      a0, Class a1) {
    try {
      return (org.apache.calcite.linq4j.Queryable) h.invoke(this, method(65), new Object[] {a0,
          a1});
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public org.apache.calcite.linq4j.Queryable createQuery(org.apache.calcite.linq4j.tree.Expression
      a0, java.lang.reflect.Type a1) {
    try {
      return (org.apache.calcite.linq4j.Queryable) h.invoke(this, method(66), new Object[] {a0,
          a1});
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public Object execute(org.apache.calcite.linq4j.tree.Expression a0, Class a1) {
    try {
      return h.invoke(this, method(67), new Object[] {a0, a1});
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public Object execute(org.apache.calcite.linq4j.tree.Expression a0, java.lang.reflect.Type a1) {
    try {
      return h.invoke(this, method(68), new Object[] {a0, a1});
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public org.apache.calcite.linq4j.Enumerator executeQuery(org.apache.calcite.linq4j.Queryable a0) {
    try {
      return (org.apache.calcite.linq4j.Enumerator) h.invoke(this, method(69), new Object[] {a0});
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.util.Properties getProperties() {
    try {
      return (java.util.Properties) h.invoke(this, method(70), null);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public org.apache.calcite.schema.SchemaPlus getRootSchema() {
    try {
      return (org.apache.calcite.schema.SchemaPlus) h.invoke(this, method(71), null);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public org.apache.calcite.adapter.java.JavaTypeFactory getTypeFactory() {
    try {
      return (org.apache.calcite.adapter.java.JavaTypeFactory) h.invoke(this, method(72), null);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }
}
