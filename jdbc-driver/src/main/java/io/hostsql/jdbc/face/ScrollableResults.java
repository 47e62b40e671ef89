package io.hostsql.jdbc.face;

import io.hostsql.jdbc.forward.Forwarders;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * A scrollable, read-only result set (TYPE_SCROLL_INSENSITIVE, which some tools ask for to
 * preview a table): the forward-only scan is read once into memory, at most {@link #MAX_ROWS}
 * rows, and then moved about freely. Each cell keeps the value and the text the scan gave, so
 * getString reads exactly as it would have.
 */
final class ScrollableResults implements InvocationHandler {
  /** More rows than a preview needs; a larger result is refused rather than held in memory. */
  static final int MAX_ROWS = 1_000_000;

  private final List<Object[]> values;
  private final List<String[]> texts;
  private final ResultSetMetaData meta;
  private final Statement statement;
  private int row;
  private boolean wasNull;
  private boolean closed;

  private ScrollableResults(List<Object[]> values, List<String[]> texts,
      ResultSetMetaData meta, Statement statement) {
    this.values = values;
    this.texts = texts;
    this.meta = meta;
    this.statement = statement;
  }

  /** Reads {@code forward} to its end, closes it, and returns the rows as a scrollable set. */
  static ResultSet materialize(ResultSet forward, Statement statement) throws SQLException {
    try (forward) {
      ResultSetMetaData meta = forward.getMetaData();
      int columns = meta.getColumnCount();
      List<Object[]> values = new ArrayList<>();
      List<String[]> texts = new ArrayList<>();
      // What is read here is kept: it counts against the statement's memory limit.
      java.util.function.Consumer<Object> kept = keeper(statement);
      while (forward.next()) {
        if (values.size() == MAX_ROWS) {
          throw SqlStates.create("a scrollable result holds at most " + MAX_ROWS
              + " rows: add a LIMIT or read it forward only", "54000", null);
        }
        Object[] v = new Object[columns];
        String[] t = new String[columns];
        for (int i = 0; i < columns; i++) {
          v[i] = forward.getObject(i + 1);
          t[i] = v[i] == null ? null : forward.getString(i + 1);
        }
        kept.accept(v);
        kept.accept(t);
        values.add(v);
        texts.add(t);
      }
      return (ResultSet) Forwarders.newInstance(ScrollableResults.class.getClassLoader(),
          new Class<?>[] {ResultSet.class},
          new ScrollableResults(values, texts, meta, statement));
    }
  }

  /** What charges kept values to an embedded statement's memory limit; else a no-op. */
  private static java.util.function.Consumer<Object> keeper(Statement statement) {
    try {
      return io.hostsql.calcite.plan.RetainedMemory.keptBy(
          org.apache.calcite.jdbc.StatementFlags.of(statement));
    } catch (SQLException | RuntimeException e) {
      return v -> { }; // a remote statement: the server counts what it keeps itself
    }
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    String name = method.getName();
    if (method.getDeclaringClass() == Object.class) {
      return switch (name) {
        case "equals" -> proxy == args[0];
        case "hashCode" -> System.identityHashCode(proxy);
        default -> "hostsql scrollable result (" + values.size() + " rows)";
      };
    }
    if (name.equals("close")) {
      closed = true;
      return null;
    }
    if (name.equals("isClosed")) {
      return closed;
    }
    if (closed) {
      throw SqlStates.create("the result set is closed", "24000", null);
    }
    int n = values.size();
    switch (name) {
      case "next" -> {
        row = Math.min(row + 1, n + 1);
        return row <= n;
      }
      case "previous" -> {
        row = Math.max(row - 1, 0);
        return row >= 1;
      }
      case "first" -> {
        row = n == 0 ? 0 : 1;
        return n > 0;
      }
      case "last" -> {
        row = n;
        return n > 0;
      }
      case "beforeFirst" -> {
        row = 0;
        return null;
      }
      case "afterLast" -> {
        row = n + 1;
        return null;
      }
      case "absolute" -> {
        int r = (Integer) args[0];
        row = r >= 0 ? Math.min(r, n + 1) : Math.max(n + 1 + r, 0);
        return row >= 1 && row <= n;
      }
      case "relative" -> {
        row = (int) Math.max(0, Math.min((long) row + (Integer) args[0], n + 1));
        return row >= 1 && row <= n;
      }
      case "getRow" -> {
        return row >= 1 && row <= n ? row : 0;
      }
      case "isBeforeFirst" -> {
        return n > 0 && row == 0;
      }
      case "isAfterLast" -> {
        return n > 0 && row == n + 1;
      }
      case "isFirst" -> {
        return n > 0 && row == 1;
      }
      case "isLast" -> {
        return n > 0 && row == n;
      }
      case "getType" -> {
        return ResultSet.TYPE_SCROLL_INSENSITIVE;
      }
      case "getConcurrency" -> {
        return ResultSet.CONCUR_READ_ONLY;
      }
      case "getHoldability" -> {
        return ResultSet.CLOSE_CURSORS_AT_COMMIT;
      }
      case "getFetchDirection" -> {
        return ResultSet.FETCH_FORWARD;
      }
      case "getFetchSize" -> {
        return 0;
      }
      case "setFetchDirection", "setFetchSize", "clearWarnings" -> {
        return null;
      }
      case "getWarnings" -> {
        return null;
      }
      case "getMetaData" -> {
        return meta;
      }
      case "getStatement" -> {
        return statement;
      }
      case "wasNull" -> {
        return wasNull;
      }
      case "findColumn" -> {
        return findColumn((String) args[0]);
      }
      case "unwrap" -> {
        if (((Class<?>) args[0]).isInstance(proxy)) {
          return proxy;
        }
        throw SqlStates.create("not a wrapper for " + args[0], SqlStates.GENERAL, null);
      }
      case "isWrapperFor" -> {
        return ((Class<?>) args[0]).isInstance(proxy);
      }
      default -> {
        if (name.startsWith("get") && args != null && args.length >= 1) {
          int column = args[0] instanceof String label ? findColumn(label) : (Integer) args[0];
          return get(name, column, args.length > 1 ? args[1] : null);
        }
        throw SqlStates.create(name + " is not supported on a read-only result",
            SqlStates.NOT_SUPPORTED, null);
      }
    }
  }

  private int findColumn(String label) throws SQLException {
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      if (meta.getColumnLabel(i).equalsIgnoreCase(label)) {
        return i;
      }
    }
    throw SqlStates.create("no column " + label, SqlStates.NO_COLUMN, null);
  }

  private Object get(String getter, int column, Object extra) throws SQLException {
    if (row < 1 || row > values.size()) {
      throw SqlStates.create("no current row", "24000", null);
    }
    if (column < 1 || column > meta.getColumnCount()) {
      throw SqlStates.create("no column " + column, "07009", null);
    }
    Object v = values.get(row - 1)[column - 1];
    wasNull = v == null;
    String text = texts.get(row - 1)[column - 1];
    return switch (getter) {
      case "getString", "getNString" -> text;
      case "getObject" -> extra instanceof Class<?> c ? as(v, text, c) : v;
      case "getInt" -> v == null ? 0 : ((Number) v).intValue();
      case "getLong" -> v == null ? 0L : ((Number) v).longValue();
      case "getShort" -> v == null ? (short) 0 : ((Number) v).shortValue();
      case "getByte" -> v == null ? (byte) 0 : ((Number) v).byteValue();
      case "getDouble" -> v == null ? 0.0 : ((Number) v).doubleValue();
      case "getFloat" -> v == null ? 0.0f : ((Number) v).floatValue();
      case "getBigDecimal" -> v == null ? null : new BigDecimal(v.toString());
      case "getBoolean" -> v != null && (v instanceof Boolean b ? b
          : v instanceof Number num ? num.doubleValue() != 0 : Boolean.parseBoolean(text));
      case "getTimestamp", "getDate", "getTime", "getArray" -> v;
      default -> throw SqlStates.create(getter + " is not supported on this result",
          SqlStates.NOT_SUPPORTED, null);
    };
  }

  private static Object as(Object v, String text, Class<?> type) throws SQLException {
    if (v == null) {
      return null;
    }
    if (type.isInstance(v)) {
      return v;
    }
    if (type == String.class) {
      return text;
    }
    if (v instanceof Timestamp t) {
      Object converted = TimeModel.as(t, type);
      if (converted != null) {
        return converted;
      }
    }
    if (v instanceof Number n) {
      int sqlType = type == Integer.class ? java.sql.Types.INTEGER
          : type == Long.class ? java.sql.Types.BIGINT
          : type == Double.class ? java.sql.Types.DOUBLE : java.sql.Types.DECIMAL;
      Object converted = ParameterConversion.convert(n, sqlType);
      if (type.isInstance(converted)) {
        return converted;
      }
    }
    throw SqlStates.create("cannot read " + v.getClass().getSimpleName() + " as "
        + type.getName(), SqlStates.BAD_VALUE, null);
  }
}
