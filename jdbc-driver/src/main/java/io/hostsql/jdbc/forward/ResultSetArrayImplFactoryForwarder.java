// Written by ForwarderGenerator (jdbc-driver/src/test/java/io/hostsql/jdbc/forward):
// do not edit, run it again.
package io.hostsql.jdbc.forward;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Hands every method of java.sql.ResultSet and org.apache.calcite.avatica.util.ArrayImpl.Factory
 * to its handler, as a proxy of those interfaces would.
 */
@SuppressWarnings({"unchecked", "rawtypes", "deprecation", "removal"})
public final class ResultSetArrayImplFactoryForwarder extends Forwarder
    implements java.sql.ResultSet,
    org.apache.calcite.avatica.util.ArrayImpl.Factory {
  private static final long serialVersionUID = 1L;

  /** The interface methods, each looked up the first time it is called. */
  private static final AtomicReferenceArray<Method> METHODS =
      new AtomicReferenceArray<>(200);

  /** A forwarder to {@code handler}. */
  public ResultSetArrayImplFactoryForwarder(InvocationHandler handler) {
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
        case 3 -> java.sql.ResultSet.class.getDeclaredMethod("absolute", int.class);
        case 4 -> java.sql.ResultSet.class.getDeclaredMethod("afterLast");
        case 5 -> java.sql.ResultSet.class.getDeclaredMethod("beforeFirst");
        case 6 -> java.sql.ResultSet.class.getDeclaredMethod("cancelRowUpdates");
        case 7 -> java.sql.ResultSet.class.getDeclaredMethod("clearWarnings");
        case 8 -> java.sql.ResultSet.class.getDeclaredMethod("close");
        case 9 -> java.sql.ResultSet.class.getDeclaredMethod("deleteRow");
        case 10 -> java.sql.ResultSet.class.getDeclaredMethod("findColumn", String.class);
        case 11 -> java.sql.ResultSet.class.getDeclaredMethod("first");
        case 12 -> java.sql.ResultSet.class.getDeclaredMethod("getArray", int.class);
        case 13 -> java.sql.ResultSet.class.getDeclaredMethod("getArray", String.class);
        case 14 -> java.sql.ResultSet.class.getDeclaredMethod("getAsciiStream", int.class);
        case 15 -> java.sql.ResultSet.class.getDeclaredMethod("getAsciiStream", String.class);
        case 16 -> java.sql.ResultSet.class.getDeclaredMethod("getBigDecimal", int.class);
        case 17 -> java.sql.ResultSet.class.getDeclaredMethod("getBigDecimal", int.class,
            int.class);
        case 18 -> java.sql.ResultSet.class.getDeclaredMethod("getBigDecimal", String.class);
        case 19 -> java.sql.ResultSet.class.getDeclaredMethod("getBigDecimal", String.class,
            int.class);
        case 20 -> java.sql.ResultSet.class.getDeclaredMethod("getBinaryStream", int.class);
        case 21 -> java.sql.ResultSet.class.getDeclaredMethod("getBinaryStream", String.class);
        case 22 -> java.sql.ResultSet.class.getDeclaredMethod("getBlob", int.class);
        case 23 -> java.sql.ResultSet.class.getDeclaredMethod("getBlob", String.class);
        case 24 -> java.sql.ResultSet.class.getDeclaredMethod("getBoolean", int.class);
        case 25 -> java.sql.ResultSet.class.getDeclaredMethod("getBoolean", String.class);
        case 26 -> java.sql.ResultSet.class.getDeclaredMethod("getByte", int.class);
        case 27 -> java.sql.ResultSet.class.getDeclaredMethod("getByte", String.class);
        case 28 -> java.sql.ResultSet.class.getDeclaredMethod("getBytes", int.class);
        case 29 -> java.sql.ResultSet.class.getDeclaredMethod("getBytes", String.class);
        case 30 -> java.sql.ResultSet.class.getDeclaredMethod("getCharacterStream", int.class);
        case 31 -> java.sql.ResultSet.class.getDeclaredMethod("getCharacterStream", String.class);
        case 32 -> java.sql.ResultSet.class.getDeclaredMethod("getClob", int.class);
        case 33 -> java.sql.ResultSet.class.getDeclaredMethod("getClob", String.class);
        case 34 -> java.sql.ResultSet.class.getDeclaredMethod("getConcurrency");
        case 35 -> java.sql.ResultSet.class.getDeclaredMethod("getCursorName");
        case 36 -> java.sql.ResultSet.class.getDeclaredMethod("getDate", int.class);
        case 37 -> java.sql.ResultSet.class.getDeclaredMethod("getDate", int.class,
            java.util.Calendar.class);
        case 38 -> java.sql.ResultSet.class.getDeclaredMethod("getDate", String.class);
        case 39 -> java.sql.ResultSet.class.getDeclaredMethod("getDate", String.class,
            java.util.Calendar.class);
        case 40 -> java.sql.ResultSet.class.getDeclaredMethod("getDouble", int.class);
        case 41 -> java.sql.ResultSet.class.getDeclaredMethod("getDouble", String.class);
        case 42 -> java.sql.ResultSet.class.getDeclaredMethod("getFetchDirection");
        case 43 -> java.sql.ResultSet.class.getDeclaredMethod("getFetchSize");
        case 44 -> java.sql.ResultSet.class.getDeclaredMethod("getFloat", int.class);
        case 45 -> java.sql.ResultSet.class.getDeclaredMethod("getFloat", String.class);
        case 46 -> java.sql.ResultSet.class.getDeclaredMethod("getHoldability");
        case 47 -> java.sql.ResultSet.class.getDeclaredMethod("getInt", int.class);
        case 48 -> java.sql.ResultSet.class.getDeclaredMethod("getInt", String.class);
        case 49 -> java.sql.ResultSet.class.getDeclaredMethod("getLong", int.class);
        case 50 -> java.sql.ResultSet.class.getDeclaredMethod("getLong", String.class);
        case 51 -> java.sql.ResultSet.class.getDeclaredMethod("getMetaData");
        case 52 -> java.sql.ResultSet.class.getDeclaredMethod("getNCharacterStream", int.class);
        case 53 -> java.sql.ResultSet.class.getDeclaredMethod("getNCharacterStream", String.class);
        case 54 -> java.sql.ResultSet.class.getDeclaredMethod("getNClob", int.class);
        case 55 -> java.sql.ResultSet.class.getDeclaredMethod("getNClob", String.class);
        case 56 -> java.sql.ResultSet.class.getDeclaredMethod("getNString", int.class);
        case 57 -> java.sql.ResultSet.class.getDeclaredMethod("getNString", String.class);
        case 58 -> java.sql.ResultSet.class.getDeclaredMethod("getObject", int.class);
        case 59 -> java.sql.ResultSet.class.getDeclaredMethod("getObject", int.class, Class.class);
        case 60 -> java.sql.ResultSet.class.getDeclaredMethod("getObject", int.class,
            java.util.Map.class);
        case 61 -> java.sql.ResultSet.class.getDeclaredMethod("getObject", String.class);
        case 62 -> java.sql.ResultSet.class.getDeclaredMethod("getObject", String.class,
            Class.class);
        case 63 -> java.sql.ResultSet.class.getDeclaredMethod("getObject", String.class,
            java.util.Map.class);
        case 64 -> java.sql.ResultSet.class.getDeclaredMethod("getRef", int.class);
        case 65 -> java.sql.ResultSet.class.getDeclaredMethod("getRef", String.class);
        case 66 -> java.sql.ResultSet.class.getDeclaredMethod("getRow");
        case 67 -> java.sql.ResultSet.class.getDeclaredMethod("getRowId", int.class);
        case 68 -> java.sql.ResultSet.class.getDeclaredMethod("getRowId", String.class);
        case 69 -> java.sql.ResultSet.class.getDeclaredMethod("getSQLXML", int.class);
        case 70 -> java.sql.ResultSet.class.getDeclaredMethod("getSQLXML", String.class);
        case 71 -> java.sql.ResultSet.class.getDeclaredMethod("getShort", int.class);
        case 72 -> java.sql.ResultSet.class.getDeclaredMethod("getShort", String.class);
        case 73 -> java.sql.ResultSet.class.getDeclaredMethod("getStatement");
        case 74 -> java.sql.ResultSet.class.getDeclaredMethod("getString", int.class);
        case 75 -> java.sql.ResultSet.class.getDeclaredMethod("getString", String.class);
        case 76 -> java.sql.ResultSet.class.getDeclaredMethod("getTime", int.class);
        case 77 -> java.sql.ResultSet.class.getDeclaredMethod("getTime", int.class,
            java.util.Calendar.class);
        case 78 -> java.sql.ResultSet.class.getDeclaredMethod("getTime", String.class);
        case 79 -> java.sql.ResultSet.class.getDeclaredMethod("getTime", String.class,
            java.util.Calendar.class);
        case 80 -> java.sql.ResultSet.class.getDeclaredMethod("getTimestamp", int.class);
        case 81 -> java.sql.ResultSet.class.getDeclaredMethod("getTimestamp", int.class,
            java.util.Calendar.class);
        case 82 -> java.sql.ResultSet.class.getDeclaredMethod("getTimestamp", String.class);
        case 83 -> java.sql.ResultSet.class.getDeclaredMethod("getTimestamp", String.class,
            java.util.Calendar.class);
        case 84 -> java.sql.ResultSet.class.getDeclaredMethod("getType");
        case 85 -> java.sql.ResultSet.class.getDeclaredMethod("getURL", int.class);
        case 86 -> java.sql.ResultSet.class.getDeclaredMethod("getURL", String.class);
        case 87 -> java.sql.ResultSet.class.getDeclaredMethod("getUnicodeStream", int.class);
        case 88 -> java.sql.ResultSet.class.getDeclaredMethod("getUnicodeStream", String.class);
        case 89 -> java.sql.ResultSet.class.getDeclaredMethod("getWarnings");
        case 90 -> java.sql.ResultSet.class.getDeclaredMethod("insertRow");
        case 91 -> java.sql.ResultSet.class.getDeclaredMethod("isAfterLast");
        case 92 -> java.sql.ResultSet.class.getDeclaredMethod("isBeforeFirst");
        case 93 -> java.sql.ResultSet.class.getDeclaredMethod("isClosed");
        case 94 -> java.sql.ResultSet.class.getDeclaredMethod("isFirst");
        case 95 -> java.sql.ResultSet.class.getDeclaredMethod("isLast");
        case 96 -> java.sql.Wrapper.class.getDeclaredMethod("isWrapperFor", Class.class);
        case 97 -> java.sql.ResultSet.class.getDeclaredMethod("last");
        case 98 -> java.sql.ResultSet.class.getDeclaredMethod("moveToCurrentRow");
        case 99 -> java.sql.ResultSet.class.getDeclaredMethod("moveToInsertRow");
        case 100 -> java.sql.ResultSet.class.getDeclaredMethod("next");
        case 101 -> java.sql.ResultSet.class.getDeclaredMethod("previous");
        case 102 -> java.sql.ResultSet.class.getDeclaredMethod("refreshRow");
        case 103 -> java.sql.ResultSet.class.getDeclaredMethod("relative", int.class);
        case 104 -> java.sql.ResultSet.class.getDeclaredMethod("rowDeleted");
        case 105 -> java.sql.ResultSet.class.getDeclaredMethod("rowInserted");
        case 106 -> java.sql.ResultSet.class.getDeclaredMethod("rowUpdated");
        case 107 -> java.sql.ResultSet.class.getDeclaredMethod("setFetchDirection", int.class);
        case 108 -> java.sql.ResultSet.class.getDeclaredMethod("setFetchSize", int.class);
        case 109 -> java.sql.Wrapper.class.getDeclaredMethod("unwrap", Class.class);
        case 110 -> java.sql.ResultSet.class.getDeclaredMethod("updateArray", int.class,
            java.sql.Array.class);
        case 111 -> java.sql.ResultSet.class.getDeclaredMethod("updateArray", String.class,
            java.sql.Array.class);
        case 112 -> java.sql.ResultSet.class.getDeclaredMethod("updateAsciiStream", int.class,
            java.io.InputStream.class);
        case 113 -> java.sql.ResultSet.class.getDeclaredMethod("updateAsciiStream", int.class,
            java.io.InputStream.class, int.class);
        case 114 -> java.sql.ResultSet.class.getDeclaredMethod("updateAsciiStream", int.class,
            java.io.InputStream.class, long.class);
        case 115 -> java.sql.ResultSet.class.getDeclaredMethod("updateAsciiStream", String.class,
            java.io.InputStream.class);
        case 116 -> java.sql.ResultSet.class.getDeclaredMethod("updateAsciiStream", String.class,
            java.io.InputStream.class, int.class);
        case 117 -> java.sql.ResultSet.class.getDeclaredMethod("updateAsciiStream", String.class,
            java.io.InputStream.class, long.class);
        case 118 -> java.sql.ResultSet.class.getDeclaredMethod("updateBigDecimal", int.class,
            java.math.BigDecimal.class);
        case 119 -> java.sql.ResultSet.class.getDeclaredMethod("updateBigDecimal", String.class,
            java.math.BigDecimal.class);
        case 120 -> java.sql.ResultSet.class.getDeclaredMethod("updateBinaryStream", int.class,
            java.io.InputStream.class);
        case 121 -> java.sql.ResultSet.class.getDeclaredMethod("updateBinaryStream", int.class,
            java.io.InputStream.class, int.class);
        case 122 -> java.sql.ResultSet.class.getDeclaredMethod("updateBinaryStream", int.class,
            java.io.InputStream.class, long.class);
        case 123 -> java.sql.ResultSet.class.getDeclaredMethod("updateBinaryStream", String.class,
            java.io.InputStream.class);
        case 124 -> java.sql.ResultSet.class.getDeclaredMethod("updateBinaryStream", String.class,
            java.io.InputStream.class, int.class);
        case 125 -> java.sql.ResultSet.class.getDeclaredMethod("updateBinaryStream", String.class,
            java.io.InputStream.class, long.class);
        case 126 -> java.sql.ResultSet.class.getDeclaredMethod("updateBlob", int.class,
            java.io.InputStream.class);
        case 127 -> java.sql.ResultSet.class.getDeclaredMethod("updateBlob", int.class,
            java.io.InputStream.class, long.class);
        case 128 -> java.sql.ResultSet.class.getDeclaredMethod("updateBlob", int.class,
            java.sql.Blob.class);
        case 129 -> java.sql.ResultSet.class.getDeclaredMethod("updateBlob", String.class,
            java.io.InputStream.class);
        case 130 -> java.sql.ResultSet.class.getDeclaredMethod("updateBlob", String.class,
            java.io.InputStream.class, long.class);
        case 131 -> java.sql.ResultSet.class.getDeclaredMethod("updateBlob", String.class,
            java.sql.Blob.class);
        case 132 -> java.sql.ResultSet.class.getDeclaredMethod("updateBoolean", int.class,
            boolean.class);
        case 133 -> java.sql.ResultSet.class.getDeclaredMethod("updateBoolean", String.class,
            boolean.class);
        case 134 -> java.sql.ResultSet.class.getDeclaredMethod("updateByte", int.class, byte.class);
        case 135 -> java.sql.ResultSet.class.getDeclaredMethod("updateByte", String.class,
            byte.class);
        case 136 -> java.sql.ResultSet.class.getDeclaredMethod("updateBytes", int.class,
            byte[].class);
        case 137 -> java.sql.ResultSet.class.getDeclaredMethod("updateBytes", String.class,
            byte[].class);
        case 138 -> java.sql.ResultSet.class.getDeclaredMethod("updateCharacterStream", int.class,
            java.io.Reader.class);
        case 139 -> java.sql.ResultSet.class.getDeclaredMethod("updateCharacterStream", int.class,
            java.io.Reader.class, int.class);
        case 140 -> java.sql.ResultSet.class.getDeclaredMethod("updateCharacterStream", int.class,
            java.io.Reader.class, long.class);
        case 141 -> java.sql.ResultSet.class.getDeclaredMethod("updateCharacterStream",
            String.class, java.io.Reader.class);
        case 142 -> java.sql.ResultSet.class.getDeclaredMethod("updateCharacterStream",
            String.class, java.io.Reader.class, int.class);
        case 143 -> java.sql.ResultSet.class.getDeclaredMethod("updateCharacterStream",
            String.class, java.io.Reader.class, long.class);
        case 144 -> java.sql.ResultSet.class.getDeclaredMethod("updateClob", int.class,
            java.io.Reader.class);
        case 145 -> java.sql.ResultSet.class.getDeclaredMethod("updateClob", int.class,
            java.io.Reader.class, long.class);
        case 146 -> java.sql.ResultSet.class.getDeclaredMethod("updateClob", int.class,
            java.sql.Clob.class);
        case 147 -> java.sql.ResultSet.class.getDeclaredMethod("updateClob", String.class,
            java.io.Reader.class);
        case 148 -> java.sql.ResultSet.class.getDeclaredMethod("updateClob", String.class,
            java.io.Reader.class, long.class);
        case 149 -> java.sql.ResultSet.class.getDeclaredMethod("updateClob", String.class,
            java.sql.Clob.class);
        case 150 -> java.sql.ResultSet.class.getDeclaredMethod("updateDate", int.class,
            java.sql.Date.class);
        case 151 -> java.sql.ResultSet.class.getDeclaredMethod("updateDate", String.class,
            java.sql.Date.class);
        case 152 -> java.sql.ResultSet.class.getDeclaredMethod("updateDouble", int.class,
            double.class);
        case 153 -> java.sql.ResultSet.class.getDeclaredMethod("updateDouble", String.class,
            double.class);
        case 154 -> java.sql.ResultSet.class.getDeclaredMethod("updateFloat", int.class,
            float.class);
        case 155 -> java.sql.ResultSet.class.getDeclaredMethod("updateFloat", String.class,
            float.class);
        case 156 -> java.sql.ResultSet.class.getDeclaredMethod("updateInt", int.class, int.class);
        case 157 -> java.sql.ResultSet.class.getDeclaredMethod("updateInt", String.class,
            int.class);
        case 158 -> java.sql.ResultSet.class.getDeclaredMethod("updateLong", int.class, long.class);
        case 159 -> java.sql.ResultSet.class.getDeclaredMethod("updateLong", String.class,
            long.class);
        case 160 -> java.sql.ResultSet.class.getDeclaredMethod("updateNCharacterStream", int.class,
            java.io.Reader.class);
        case 161 -> java.sql.ResultSet.class.getDeclaredMethod("updateNCharacterStream", int.class,
            java.io.Reader.class, long.class);
        case 162 -> java.sql.ResultSet.class.getDeclaredMethod("updateNCharacterStream",
            String.class, java.io.Reader.class);
        case 163 -> java.sql.ResultSet.class.getDeclaredMethod("updateNCharacterStream",
            String.class, java.io.Reader.class, long.class);
        case 164 -> java.sql.ResultSet.class.getDeclaredMethod("updateNClob", int.class,
            java.io.Reader.class);
        case 165 -> java.sql.ResultSet.class.getDeclaredMethod("updateNClob", int.class,
            java.io.Reader.class, long.class);
        case 166 -> java.sql.ResultSet.class.getDeclaredMethod("updateNClob", int.class,
            java.sql.NClob.class);
        case 167 -> java.sql.ResultSet.class.getDeclaredMethod("updateNClob", String.class,
            java.io.Reader.class);
        case 168 -> java.sql.ResultSet.class.getDeclaredMethod("updateNClob", String.class,
            java.io.Reader.class, long.class);
        case 169 -> java.sql.ResultSet.class.getDeclaredMethod("updateNClob", String.class,
            java.sql.NClob.class);
        case 170 -> java.sql.ResultSet.class.getDeclaredMethod("updateNString", int.class,
            String.class);
        case 171 -> java.sql.ResultSet.class.getDeclaredMethod("updateNString", String.class,
            String.class);
        case 172 -> java.sql.ResultSet.class.getDeclaredMethod("updateNull", int.class);
        case 173 -> java.sql.ResultSet.class.getDeclaredMethod("updateNull", String.class);
        case 174 -> java.sql.ResultSet.class.getDeclaredMethod("updateObject", int.class,
            Object.class);
        case 175 -> java.sql.ResultSet.class.getDeclaredMethod("updateObject", int.class,
            Object.class, int.class);
        case 176 -> java.sql.ResultSet.class.getDeclaredMethod("updateObject", int.class,
            Object.class, java.sql.SQLType.class);
        case 177 -> java.sql.ResultSet.class.getDeclaredMethod("updateObject", int.class,
            Object.class, java.sql.SQLType.class, int.class);
        case 178 -> java.sql.ResultSet.class.getDeclaredMethod("updateObject", String.class,
            Object.class);
        case 179 -> java.sql.ResultSet.class.getDeclaredMethod("updateObject", String.class,
            Object.class, int.class);
        case 180 -> java.sql.ResultSet.class.getDeclaredMethod("updateObject", String.class,
            Object.class, java.sql.SQLType.class);
        case 181 -> java.sql.ResultSet.class.getDeclaredMethod("updateObject", String.class,
            Object.class, java.sql.SQLType.class, int.class);
        case 182 -> java.sql.ResultSet.class.getDeclaredMethod("updateRef", int.class,
            java.sql.Ref.class);
        case 183 -> java.sql.ResultSet.class.getDeclaredMethod("updateRef", String.class,
            java.sql.Ref.class);
        case 184 -> java.sql.ResultSet.class.getDeclaredMethod("updateRow");
        case 185 -> java.sql.ResultSet.class.getDeclaredMethod("updateRowId", int.class,
            java.sql.RowId.class);
        case 186 -> java.sql.ResultSet.class.getDeclaredMethod("updateRowId", String.class,
            java.sql.RowId.class);
        case 187 -> java.sql.ResultSet.class.getDeclaredMethod("updateSQLXML", int.class,
            java.sql.SQLXML.class);
        case 188 -> java.sql.ResultSet.class.getDeclaredMethod("updateSQLXML", String.class,
            java.sql.SQLXML.class);
        case 189 -> java.sql.ResultSet.class.getDeclaredMethod("updateShort", int.class,
            short.class);
        case 190 -> java.sql.ResultSet.class.getDeclaredMethod("updateShort", String.class,
            short.class);
        case 191 -> java.sql.ResultSet.class.getDeclaredMethod("updateString", int.class,
            String.class);
        case 192 -> java.sql.ResultSet.class.getDeclaredMethod("updateString", String.class,
            String.class);
        case 193 -> java.sql.ResultSet.class.getDeclaredMethod("updateTime", int.class,
            java.sql.Time.class);
        case 194 -> java.sql.ResultSet.class.getDeclaredMethod("updateTime", String.class,
            java.sql.Time.class);
        case 195 -> java.sql.ResultSet.class.getDeclaredMethod("updateTimestamp", int.class,
            java.sql.Timestamp.class);
        case 196 -> java.sql.ResultSet.class.getDeclaredMethod("updateTimestamp", String.class,
            java.sql.Timestamp.class);
        case 197 -> java.sql.ResultSet.class.getDeclaredMethod("wasNull");
        case 198 ->
            org.apache.calcite.avatica.util.ArrayImpl.Factory.class.getDeclaredMethod("create",
            org.apache.calcite.avatica.ColumnMetaData.AvaticaType.class, Iterable.class);
        case 199 ->
            org.apache.calcite.avatica.util.ArrayImpl.Factory.class.getDeclaredMethod("createArray",
            org.apache.calcite.avatica.ColumnMetaData.AvaticaType.class, Iterable.class);
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
  public boolean absolute(int a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(3), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void afterLast() throws java.sql.SQLException {
    try {
      h.invoke(this, method(4), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void beforeFirst() throws java.sql.SQLException {
    try {
      h.invoke(this, method(5), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void cancelRowUpdates() throws java.sql.SQLException {
    try {
      h.invoke(this, method(6), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void clearWarnings() throws java.sql.SQLException {
    try {
      h.invoke(this, method(7), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void close() throws java.sql.SQLException {
    try {
      h.invoke(this, method(8), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void deleteRow() throws java.sql.SQLException {
    try {
      h.invoke(this, method(9), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int findColumn(String a0) throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(10), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean first() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(11), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Array getArray(int a0) throws java.sql.SQLException {
    try {
      return (java.sql.Array) h.invoke(this, method(12), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Array getArray(String a0) throws java.sql.SQLException {
    try {
      return (java.sql.Array) h.invoke(this, method(13), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.io.InputStream getAsciiStream(int a0) throws java.sql.SQLException {
    try {
      return (java.io.InputStream) h.invoke(this, method(14), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.io.InputStream getAsciiStream(String a0) throws java.sql.SQLException {
    try {
      return (java.io.InputStream) h.invoke(this, method(15), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.math.BigDecimal getBigDecimal(int a0) throws java.sql.SQLException {
    try {
      return (java.math.BigDecimal) h.invoke(this, method(16), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.math.BigDecimal getBigDecimal(int a0, int a1) throws java.sql.SQLException {
    try {
      return (java.math.BigDecimal) h.invoke(this, method(17), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.math.BigDecimal getBigDecimal(String a0) throws java.sql.SQLException {
    try {
      return (java.math.BigDecimal) h.invoke(this, method(18), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.math.BigDecimal getBigDecimal(String a0, int a1) throws java.sql.SQLException {
    try {
      return (java.math.BigDecimal) h.invoke(this, method(19), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.io.InputStream getBinaryStream(int a0) throws java.sql.SQLException {
    try {
      return (java.io.InputStream) h.invoke(this, method(20), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.io.InputStream getBinaryStream(String a0) throws java.sql.SQLException {
    try {
      return (java.io.InputStream) h.invoke(this, method(21), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Blob getBlob(int a0) throws java.sql.SQLException {
    try {
      return (java.sql.Blob) h.invoke(this, method(22), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Blob getBlob(String a0) throws java.sql.SQLException {
    try {
      return (java.sql.Blob) h.invoke(this, method(23), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean getBoolean(int a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(24), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean getBoolean(String a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(25), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public byte getByte(int a0) throws java.sql.SQLException {
    try {
      return (Byte) h.invoke(this, method(26), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public byte getByte(String a0) throws java.sql.SQLException {
    try {
      return (Byte) h.invoke(this, method(27), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public byte[] getBytes(int a0) throws java.sql.SQLException {
    try {
      return (byte[]) h.invoke(this, method(28), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public byte[] getBytes(String a0) throws java.sql.SQLException {
    try {
      return (byte[]) h.invoke(this, method(29), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.io.Reader getCharacterStream(int a0) throws java.sql.SQLException {
    try {
      return (java.io.Reader) h.invoke(this, method(30), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.io.Reader getCharacterStream(String a0) throws java.sql.SQLException {
    try {
      return (java.io.Reader) h.invoke(this, method(31), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Clob getClob(int a0) throws java.sql.SQLException {
    try {
      return (java.sql.Clob) h.invoke(this, method(32), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Clob getClob(String a0) throws java.sql.SQLException {
    try {
      return (java.sql.Clob) h.invoke(this, method(33), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getConcurrency() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(34), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getCursorName() throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(35), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Date getDate(int a0) throws java.sql.SQLException {
    try {
      return (java.sql.Date) h.invoke(this, method(36), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Date getDate(int a0, java.util.Calendar a1) throws java.sql.SQLException {
    try {
      return (java.sql.Date) h.invoke(this, method(37), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Date getDate(String a0) throws java.sql.SQLException {
    try {
      return (java.sql.Date) h.invoke(this, method(38), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Date getDate(String a0, java.util.Calendar a1) throws java.sql.SQLException {
    try {
      return (java.sql.Date) h.invoke(this, method(39), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public double getDouble(int a0) throws java.sql.SQLException {
    try {
      return (Double) h.invoke(this, method(40), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public double getDouble(String a0) throws java.sql.SQLException {
    try {
      return (Double) h.invoke(this, method(41), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getFetchDirection() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(42), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getFetchSize() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(43), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public float getFloat(int a0) throws java.sql.SQLException {
    try {
      return (Float) h.invoke(this, method(44), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public float getFloat(String a0) throws java.sql.SQLException {
    try {
      return (Float) h.invoke(this, method(45), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getHoldability() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(46), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getInt(int a0) throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(47), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getInt(String a0) throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(48), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public long getLong(int a0) throws java.sql.SQLException {
    try {
      return (Long) h.invoke(this, method(49), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public long getLong(String a0) throws java.sql.SQLException {
    try {
      return (Long) h.invoke(this, method(50), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSetMetaData getMetaData() throws java.sql.SQLException {
    try {
      return (java.sql.ResultSetMetaData) h.invoke(this, method(51), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.io.Reader getNCharacterStream(int a0) throws java.sql.SQLException {
    try {
      return (java.io.Reader) h.invoke(this, method(52), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.io.Reader getNCharacterStream(String a0) throws java.sql.SQLException {
    try {
      return (java.io.Reader) h.invoke(this, method(53), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.NClob getNClob(int a0) throws java.sql.SQLException {
    try {
      return (java.sql.NClob) h.invoke(this, method(54), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.NClob getNClob(String a0) throws java.sql.SQLException {
    try {
      return (java.sql.NClob) h.invoke(this, method(55), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getNString(int a0) throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(56), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getNString(String a0) throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(57), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public Object getObject(int a0) throws java.sql.SQLException {
    try {
      return h.invoke(this, method(58), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public Object getObject(int a0, Class a1) throws java.sql.SQLException {
    try {
      return h.invoke(this, method(59), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public Object getObject(int a0, java.util.Map a1) throws java.sql.SQLException {
    try {
      return h.invoke(this, method(60), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public Object getObject(String a0) throws java.sql.SQLException {
    try {
      return h.invoke(this, method(61), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public Object getObject(String a0, Class a1) throws java.sql.SQLException {
    try {
      return h.invoke(this, method(62), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public Object getObject(String a0, java.util.Map a1) throws java.sql.SQLException {
    try {
      return h.invoke(this, method(63), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Ref getRef(int a0) throws java.sql.SQLException {
    try {
      return (java.sql.Ref) h.invoke(this, method(64), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Ref getRef(String a0) throws java.sql.SQLException {
    try {
      return (java.sql.Ref) h.invoke(this, method(65), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getRow() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(66), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.RowId getRowId(int a0) throws java.sql.SQLException {
    try {
      return (java.sql.RowId) h.invoke(this, method(67), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.RowId getRowId(String a0) throws java.sql.SQLException {
    try {
      return (java.sql.RowId) h.invoke(this, method(68), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.SQLXML getSQLXML(int a0) throws java.sql.SQLException {
    try {
      return (java.sql.SQLXML) h.invoke(this, method(69), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.SQLXML getSQLXML(String a0) throws java.sql.SQLException {
    try {
      return (java.sql.SQLXML) h.invoke(this, method(70), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public short getShort(int a0) throws java.sql.SQLException {
    try {
      return (Short) h.invoke(this, method(71), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public short getShort(String a0) throws java.sql.SQLException {
    try {
      return (Short) h.invoke(this, method(72), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Statement getStatement() throws java.sql.SQLException {
    try {
      return (java.sql.Statement) h.invoke(this, method(73), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getString(int a0) throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(74), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getString(String a0) throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(75), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Time getTime(int a0) throws java.sql.SQLException {
    try {
      return (java.sql.Time) h.invoke(this, method(76), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Time getTime(int a0, java.util.Calendar a1) throws java.sql.SQLException {
    try {
      return (java.sql.Time) h.invoke(this, method(77), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Time getTime(String a0) throws java.sql.SQLException {
    try {
      return (java.sql.Time) h.invoke(this, method(78), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Time getTime(String a0, java.util.Calendar a1) throws java.sql.SQLException {
    try {
      return (java.sql.Time) h.invoke(this, method(79), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Timestamp getTimestamp(int a0) throws java.sql.SQLException {
    try {
      return (java.sql.Timestamp) h.invoke(this, method(80), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Timestamp getTimestamp(int a0,
      java.util.Calendar a1) throws java.sql.SQLException {
    try {
      return (java.sql.Timestamp) h.invoke(this, method(81), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Timestamp getTimestamp(String a0) throws java.sql.SQLException {
    try {
      return (java.sql.Timestamp) h.invoke(this, method(82), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Timestamp getTimestamp(String a0,
      java.util.Calendar a1) throws java.sql.SQLException {
    try {
      return (java.sql.Timestamp) h.invoke(this, method(83), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getType() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(84), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.net.URL getURL(int a0) throws java.sql.SQLException {
    try {
      return (java.net.URL) h.invoke(this, method(85), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.net.URL getURL(String a0) throws java.sql.SQLException {
    try {
      return (java.net.URL) h.invoke(this, method(86), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.io.InputStream getUnicodeStream(int a0) throws java.sql.SQLException {
    try {
      return (java.io.InputStream) h.invoke(this, method(87), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.io.InputStream getUnicodeStream(String a0) throws java.sql.SQLException {
    try {
      return (java.io.InputStream) h.invoke(this, method(88), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.SQLWarning getWarnings() throws java.sql.SQLException {
    try {
      return (java.sql.SQLWarning) h.invoke(this, method(89), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void insertRow() throws java.sql.SQLException {
    try {
      h.invoke(this, method(90), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isAfterLast() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(91), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isBeforeFirst() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(92), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isClosed() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(93), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isFirst() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(94), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isLast() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(95), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isWrapperFor(Class a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(96), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean last() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(97), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void moveToCurrentRow() throws java.sql.SQLException {
    try {
      h.invoke(this, method(98), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void moveToInsertRow() throws java.sql.SQLException {
    try {
      h.invoke(this, method(99), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean next() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(100), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean previous() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(101), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void refreshRow() throws java.sql.SQLException {
    try {
      h.invoke(this, method(102), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean relative(int a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(103), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean rowDeleted() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(104), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean rowInserted() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(105), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean rowUpdated() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(106), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setFetchDirection(int a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(107), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void setFetchSize(int a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(108), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public Object unwrap(Class a0) throws java.sql.SQLException {
    try {
      return h.invoke(this, method(109), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateArray(int a0, java.sql.Array a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(110), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateArray(String a0, java.sql.Array a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(111), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateAsciiStream(int a0, java.io.InputStream a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(112), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateAsciiStream(int a0, java.io.InputStream a1,
      int a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(113), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateAsciiStream(int a0, java.io.InputStream a1,
      long a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(114), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateAsciiStream(String a0, java.io.InputStream a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(115), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateAsciiStream(String a0, java.io.InputStream a1,
      int a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(116), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateAsciiStream(String a0, java.io.InputStream a1,
      long a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(117), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateBigDecimal(int a0, java.math.BigDecimal a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(118), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateBigDecimal(String a0, java.math.BigDecimal a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(119), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateBinaryStream(int a0, java.io.InputStream a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(120), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateBinaryStream(int a0, java.io.InputStream a1,
      int a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(121), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateBinaryStream(int a0, java.io.InputStream a1,
      long a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(122), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateBinaryStream(String a0, java.io.InputStream a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(123), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateBinaryStream(String a0, java.io.InputStream a1,
      int a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(124), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateBinaryStream(String a0, java.io.InputStream a1,
      long a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(125), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateBlob(int a0, java.io.InputStream a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(126), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateBlob(int a0, java.io.InputStream a1, long a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(127), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateBlob(int a0, java.sql.Blob a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(128), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateBlob(String a0, java.io.InputStream a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(129), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateBlob(String a0, java.io.InputStream a1, long a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(130), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateBlob(String a0, java.sql.Blob a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(131), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateBoolean(int a0, boolean a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(132), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateBoolean(String a0, boolean a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(133), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateByte(int a0, byte a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(134), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateByte(String a0, byte a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(135), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateBytes(int a0, byte[] a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(136), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateBytes(String a0, byte[] a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(137), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateCharacterStream(int a0, java.io.Reader a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(138), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateCharacterStream(int a0, java.io.Reader a1,
      int a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(139), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateCharacterStream(int a0, java.io.Reader a1,
      long a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(140), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateCharacterStream(String a0, java.io.Reader a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(141), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateCharacterStream(String a0, java.io.Reader a1,
      int a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(142), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateCharacterStream(String a0, java.io.Reader a1,
      long a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(143), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateClob(int a0, java.io.Reader a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(144), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateClob(int a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(145), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateClob(int a0, java.sql.Clob a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(146), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateClob(String a0, java.io.Reader a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(147), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateClob(String a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(148), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateClob(String a0, java.sql.Clob a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(149), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateDate(int a0, java.sql.Date a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(150), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateDate(String a0, java.sql.Date a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(151), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateDouble(int a0, double a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(152), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateDouble(String a0, double a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(153), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateFloat(int a0, float a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(154), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateFloat(String a0, float a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(155), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateInt(int a0, int a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(156), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateInt(String a0, int a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(157), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateLong(int a0, long a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(158), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateLong(String a0, long a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(159), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateNCharacterStream(int a0, java.io.Reader a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(160), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateNCharacterStream(int a0, java.io.Reader a1,
      long a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(161), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateNCharacterStream(String a0, java.io.Reader a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(162), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateNCharacterStream(String a0, java.io.Reader a1,
      long a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(163), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateNClob(int a0, java.io.Reader a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(164), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateNClob(int a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(165), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateNClob(int a0, java.sql.NClob a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(166), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateNClob(String a0, java.io.Reader a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(167), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateNClob(String a0, java.io.Reader a1, long a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(168), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateNClob(String a0, java.sql.NClob a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(169), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateNString(int a0, String a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(170), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateNString(String a0, String a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(171), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateNull(int a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(172), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateNull(String a0) throws java.sql.SQLException {
    try {
      h.invoke(this, method(173), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateObject(int a0, Object a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(174), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateObject(int a0, Object a1, int a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(175), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateObject(int a0, Object a1, java.sql.SQLType a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(176), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateObject(int a0, Object a1, java.sql.SQLType a2,
      int a3) throws java.sql.SQLException {
    try {
      h.invoke(this, method(177), new Object[] {a0, a1, a2, a3});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateObject(String a0, Object a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(178), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateObject(String a0, Object a1, int a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(179), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateObject(String a0, Object a1, java.sql.SQLType a2) throws java.sql.SQLException {
    try {
      h.invoke(this, method(180), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateObject(String a0, Object a1, java.sql.SQLType a2,
      int a3) throws java.sql.SQLException {
    try {
      h.invoke(this, method(181), new Object[] {a0, a1, a2, a3});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateRef(int a0, java.sql.Ref a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(182), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateRef(String a0, java.sql.Ref a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(183), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateRow() throws java.sql.SQLException {
    try {
      h.invoke(this, method(184), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateRowId(int a0, java.sql.RowId a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(185), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateRowId(String a0, java.sql.RowId a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(186), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateSQLXML(int a0, java.sql.SQLXML a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(187), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateSQLXML(String a0, java.sql.SQLXML a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(188), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateShort(int a0, short a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(189), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateShort(String a0, short a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(190), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateString(int a0, String a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(191), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateString(String a0, String a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(192), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateTime(int a0, java.sql.Time a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(193), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateTime(String a0, java.sql.Time a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(194), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateTimestamp(int a0, java.sql.Timestamp a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(195), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public void updateTimestamp(String a0, java.sql.Timestamp a1) throws java.sql.SQLException {
    try {
      h.invoke(this, method(196), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean wasNull() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(197), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet create(org.apache.calcite.avatica.ColumnMetaData.AvaticaType a0,
      Iterable a1) throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(198), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Array createArray(org.apache.calcite.avatica.ColumnMetaData.AvaticaType a0,
      Iterable a1) {
    try {
      return (java.sql.Array) h.invoke(this, method(199), new Object[] {a0, a1});
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }
}
