package io.hostsql.jdbc.face;

import io.hostsql.jdbc.forward.Forwarders;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JDBC objects hostsql hands out, embedded and through {@code jdbc:hostsql:remote:}: each
 * is a proxy ({@link Forwarders}) over Calcite's or Avatica's own object that answers what
 * those get wrong for clients nobody here wrote (pools, Spring, jOOQ, BI tools). A call goes
 * to the face object of its kind (ConnectionFace, ResultSetFace...) when that declares the same
 * method, else to the real object; every error leaves with a standard SQLState
 * ({@link SqlStates}); the objects a call returns (statements, result sets, metadata) are
 * faced in turn and point back to their faced parents.
 */
public final class JdbcFace implements InvocationHandler {
  /** Per face class and interface method: the face's method of the same signature, if any. */
  private static final Map<Class<?>, Map<Method, Optional<Method>>> OVERRIDES =
      new ConcurrentHashMap<>();

  private final Object delegate;
  private final Object face;
  private final Object parent;
  private final Connection connection;
  /** A statement whose client asked for a scrollable result: its results are read into memory. */
  private boolean scroll;

  private JdbcFace(Object delegate, Object face, Object parent, Connection connection) {
    this.delegate = delegate;
    this.face = face;
    this.parent = parent;
    this.connection = connection;
  }

  /**
   * {@code connection} faced, {@code url} being the URL it was opened with; {@code side} where
   * it sits; {@code warnings} found while it was opened.
   */
  public static Connection connection(Connection connection, String url, Side side,
      List<SQLWarning> warnings) {
    ConnectionFace face = new ConnectionFace(connection, url, side, warnings);
    return (Connection) proxy(connection, Connection.class,
        new JdbcFace(connection, face, null, null));
  }

  private static Object proxy(Object delegate, Class<?> kind, JdbcFace handler) {
    Set<Class<?>> interfaces = new LinkedHashSet<>();
    interfaces.add(kind);
    for (Class<?> c = delegate.getClass(); c != null; c = c.getSuperclass()) {
      for (Class<?> i : c.getInterfaces()) {
        if (java.lang.reflect.Modifier.isPublic(i.getModifiers())) {
          interfaces.add(i);
        }
      }
    }
    return Forwarders.newInstance(JdbcFace.class.getClassLoader(),
        interfaces.toArray(new Class<?>[0]), handler);
  }

  /** The connection proxy a face of another kind belongs to. */
  private Connection connectionProxy(Object proxy) {
    return connection != null ? connection : (Connection) proxy;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return switch (method.getName()) {
        case "equals" -> proxy == args[0];
        case "hashCode" -> System.identityHashCode(proxy);
        default -> "hostsql:" + delegate;
      };
    }
    String name = method.getName();
    if (name.equals("unwrap") && args[0] instanceof Class<?> c && c.isInstance(proxy)
        && c.getName().startsWith("java.sql.")) {
      return proxy;
    }
    if (name.equals("isWrapperFor") && args[0] instanceof Class<?> c && c.isInstance(proxy)) {
      return true;
    }
    if (method.getParameterCount() == 0 && name.equals("getConnection")
        && method.getReturnType() == Connection.class) {
      return connectionProxy(proxy);
    }
    if (method.getParameterCount() == 0 && name.equals("getStatement")
        && method.getReturnType() == Statement.class && parent instanceof Statement) {
      return parent;
    }
    int typeArg = resultSetTypeArgument(method);
    boolean scrollWanted = false;
    if (typeArg >= 0) {
      if ((Integer) args[typeArg + 1] != ResultSet.CONCUR_READ_ONLY) {
        throw SqlStates.create("hostsql's results are read-only: use CONCUR_READ_ONLY",
            SqlStates.NOT_SUPPORTED, null);
      }
      scrollWanted = (Integer) args[typeArg] != ResultSet.TYPE_FORWARD_ONLY;
      args = args.clone();
      args[typeArg] = ResultSet.TYPE_FORWARD_ONLY;
    }
    Object result;
    try {
      Method override = face == null ? null : override(face.getClass(), method);
      result = override != null ? override.invoke(face, args)
          : Forwarders.invoke(method, delegate, args);
    } catch (InvocationTargetException e) {
      throw translate(method, e.getCause());
    }
    Object wrapped = wrap(proxy, method, result);
    if (scrollWanted && wrapped != null) {
      ((JdbcFace) Forwarders.handler(wrapped)).scroll = true;
    }
    if (scroll && wrapped instanceof ResultSet rs && proxy instanceof Statement s) {
      try {
        return ScrollableResults.materialize(rs, s);
      } catch (RuntimeException e) {
        throw SqlStates.classify(e);
      }
    }
    return wrapped;
  }

  /**
   * Where the result set type is among a Connection method's arguments (createStatement(type,
   * concurrency...), prepareStatement(sql, type, concurrency...)), else -1. Scrolling is done
   * here over a forward-only scan; Calcite refuses any other type.
   */
  private static int resultSetTypeArgument(Method method) {
    if (method.getDeclaringClass() != Connection.class) {
      return -1;
    }
    Class<?>[] p = method.getParameterTypes();
    return switch (method.getName()) {
      case "createStatement" -> p.length >= 2 ? 0 : -1;
      case "prepareStatement", "prepareCall" ->
          p.length >= 3 && p[1] == int.class && p[2] == int.class ? 1 : -1;
      default -> -1;
    };
  }

  private static Throwable translate(Method method, Throwable cause) {
    if (cause instanceof Error) {
      return cause;
    }
    for (Class<?> declared : method.getExceptionTypes()) {
      if (declared.isAssignableFrom(SQLException.class)) {
        return SqlStates.classify(cause);
      }
    }
    return cause;
  }

  private static Method override(Class<?> faceClass, Method method) {
    return OVERRIDES.computeIfAbsent(faceClass, k -> new ConcurrentHashMap<>())
        .computeIfAbsent(method, m -> {
          try {
            Method found = faceClass.getDeclaredMethod(m.getName(), m.getParameterTypes());
            found.setAccessible(true);
            return Optional.of(found);
          } catch (NoSuchMethodException e) {
            return Optional.empty();
          }
        }).orElse(null);
  }

  /** Faces what a call returned: statements, result sets and metadata. */
  private Object wrap(Object proxy, Method method, Object result) {
    if (result == null || Forwarders.isProxy(result)) {
      return result;
    }
    Connection conn = connectionProxy(proxy);
    ConnectionFace cf = ((JdbcFace) Forwarders.handler(conn)).face instanceof
        ConnectionFace f ? f : null;
    Side side = cf == null ? Side.EMBEDDED : cf.side;
    String url = cf == null ? null : cf.url;
    Class<?> type = method.getReturnType();
    if (type == PreparedStatement.class || type == java.sql.CallableStatement.class) {
      PreparedStatement s = (PreparedStatement) result;
      return proxy(s, type, new JdbcFace(s, new PreparedStatementFace(s, side), conn, conn));
    }
    if (type == Statement.class) {
      Statement s = (Statement) result;
      return proxy(s, Statement.class, new JdbcFace(s, null, conn, conn));
    }
    if (type == ResultSet.class) {
      ResultSet r = (ResultSet) result;
      Object owner = proxy instanceof Statement ? proxy : null;
      return proxy(r, ResultSet.class, new JdbcFace(r, new ResultSetFace(r), owner, conn));
    }
    if (type == DatabaseMetaData.class) {
      DatabaseMetaData m = (DatabaseMetaData) result;
      return proxy(m, DatabaseMetaData.class,
          new JdbcFace(m, new DatabaseMetaDataFace(m, conn, url, side), conn, conn));
    }
    if (type == ResultSetMetaData.class) {
      ResultSetMetaData m = (ResultSetMetaData) result;
      return proxy(m, ResultSetMetaData.class,
          new JdbcFace(m, new ResultSetMetaDataFace(m, side), proxy, conn));
    }
    if (type == ParameterMetaData.class) {
      ParameterMetaData m = (ParameterMetaData) result;
      return proxy(m, ParameterMetaData.class,
          new JdbcFace(m, new ParameterMetaDataFace(m), proxy, conn));
    }
    return result;
  }
}
