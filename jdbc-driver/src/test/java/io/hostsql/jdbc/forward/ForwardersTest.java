package io.hostsql.jdbc.forward;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.lang.reflect.UndeclaredThrowableException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generated forwarders against the JDK's own java.lang.reflect.Proxy over the same
 * interfaces: every method, called through either, reaches the handler with the same Method
 * and arguments, and what the handler returns or throws comes out the same.
 */
class ForwardersTest {
  /** Set to true, the test writes the generator's output instead of comparing with it. */
  static final String WRITE = "hostsql.forwarders.write";

  @Test
  void sourcesAreWhatTheGeneratorWritesNow() throws IOException {
    Map<String, String> generated = ForwarderGenerator.sources();
    if (Boolean.getBoolean(WRITE)) {
      ForwarderGenerator.main(new String[0]);
    }
    for (Map.Entry<String, String> e : generated.entrySet()) {
      Path file = ForwarderGenerator.DIRECTORY.resolve(e.getKey());
      assertTrue(Files.exists(file), file + " is missing: run this test with -D" + WRITE
          + "=true");
      assertEquals(e.getValue(), Files.readString(file, StandardCharsets.UTF_8), file
          + " is not what ForwarderGenerator writes now: run this test with -D" + WRITE
          + "=true");
    }
    // No forwarder left over from an interface set the generator no longer has.
    TreeSet<String> present = new TreeSet<>();
    try (Stream<Path> files = Files.list(ForwarderGenerator.DIRECTORY)) {
      files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith("Forwarder.java") && !n.equals("Forwarder.java"))
          .forEach(present::add);
    }
    TreeSet<String> written = new TreeSet<>(generated.keySet());
    written.remove("GeneratedForwarders.java");
    written.remove("DirectCalls.java");
    assertEquals(written, present);
  }

  @Test
  void everySetHasAForwarderImplementingItInOrder() {
    for (Class<?>[] set : sets()) {
      Object f = Forwarders.newInstance(loader(), set, (p, m, a) -> null);
      assertInstanceOf(Forwarder.class, f, Arrays.toString(set));
      assertArrayEquals(set, f.getClass().getInterfaces());
      assertInstanceOf(java.io.Serializable.class, f, "as a proxy is");
      assertTrue(Modifier.isPublic(f.getClass().getModifiers()), "as a proxy class is");
    }
  }

  /** The handler's answers the forwarders are compared under. */
  private static final List<Function<Method, Object>> ANSWERS = List.of(
      ForwardersTest::typical,
      m -> null,
      m -> "text",
      m -> {
        throw new Thrown(new SQLException("refused", "42000"));
      },
      m -> {
        throw new Thrown(new IOException("undeclared"));
      },
      m -> {
        throw new Thrown(new IllegalStateException("unchecked"));
      },
      m -> {
        throw new Thrown(new AssertionError("an error"));
      });

  @Test
  void everyMethodReachesTheHandlerAsThroughAProxy() throws Exception {
    int methods = 0;
    for (Class<?>[] set : sets()) {
      for (Function<Method, Object> answer : ANSWERS) {
        Recorder forwarded = new Recorder(answer);
        Recorder proxied = new Recorder(answer);
        Object f = Forwarders.newInstance(loader(), set, forwarded);
        Object p = Proxy.newProxyInstance(loader(), set, proxied);
        assertInstanceOf(Forwarder.class, f);
        for (Method m : callable(set)) {
          Object[] args = arguments(m);
          String what = Arrays.toString(set) + " " + m;
          String byForwarder = outcome(m, f, args);
          String byProxy = outcome(m, p, args);
          assertEquals(byProxy, byForwarder, what);
          assertEquals(1, forwarded.calls, what);
          assertEquals(1, proxied.calls, what);
          assertSame(f, forwarded.proxy, what);
          assertEquals(proxied.method, forwarded.method, what);
          assertEquals(proxied.method.getDeclaringClass(),
              forwarded.method.getDeclaringClass(), what);
          assertArrayEquals(proxied.args, forwarded.args, what);
          assertEquals(proxied.args == null, forwarded.args == null, what);
          forwarded.calls = 0;
          proxied.calls = 0;
          methods++;
        }
      }
    }
    assertTrue(methods > 1000, methods + " calls compared");
  }

  @Test
  void directCallsAreWhatReflectionDoes() throws Throwable {
    int methods = 0;
    for (Class<?>[] set : sets()) {
      for (Function<Method, Object> answer : ANSWERS) {
        Recorder direct = new Recorder(answer);
        Recorder reflected = new Recorder(answer);
        Object d = Proxy.newProxyInstance(loader(), set, direct);
        Object r = Proxy.newProxyInstance(loader(), set, reflected);
        for (Method m : dispatched(set)) {
          Object[] args = arguments(m);
          String what = Arrays.toString(set) + " " + m;
          assertEquals(outcome(() -> m.invoke(r, args)),
              outcome(() -> Forwarders.invoke(m, d, args)), what);
          assertEquals(reflected.method, direct.method, what);
          assertArrayEquals(reflected.args, direct.args, what);
          assertEquals(1, direct.calls, what);
          direct.calls = 0;
          reflected.calls = 0;
          methods++;
        }
      }
      // Every method is called directly: reflection is only the fallback.
      Object quiet = Proxy.newProxyInstance(loader(), set, new Recorder(ForwardersTest::typical));
      for (Method m : dispatched(set)) {
        assertFalse(DirectCalls.call(m, quiet, arguments(m)) == DirectCalls.UNKNOWN,
            m + " is not called directly");
      }
    }
    assertTrue(methods > 1000, methods + " calls compared");
  }

  @Test
  void aMethodOfAnotherInterfaceIsCalledByReflection() throws Throwable {
    Method run = Runnable.class.getMethod("run");
    int[] runs = new int[1];
    Runnable r = () -> runs[0]++;
    assertSame(DirectCalls.UNKNOWN, DirectCalls.call(run, r, null));
    assertEquals(null, Forwarders.invoke(run, r, null));
    assertEquals(1, runs[0]);
    // Not an instance of the declaring interface: reflection's own refusal.
    Method close = java.sql.Statement.class.getMethod("close");
    assertThrows(IllegalArgumentException.class, () -> Forwarders.invoke(close, r, null));
  }

  @Test
  void aMethodIsTheSameObjectOnEveryCall() throws Exception {
    Recorder r = new Recorder(ForwardersTest::typical);
    java.sql.Statement s = (java.sql.Statement) Forwarders.newInstance(loader(),
        new Class<?>[] {java.sql.Statement.class}, r);
    s.getMaxRows();
    Method first = r.method;
    s.getMaxRows();
    assertSame(first, r.method);
  }

  @Test
  void theFirstMethodKeptIsTheOneKept() throws NoSuchMethodException {
    AtomicReferenceArray<Method> table = new AtomicReferenceArray<>(1);
    Method a = Object.class.getMethod("toString");
    Method b = Object.class.getMethod("toString");
    assertSame(a, Forwarder.keep(table, 0, a));
    assertSame(a, Forwarder.keep(table, 0, b));
  }

  @Test
  void aSetWithoutAForwarderGetsAProxy() {
    InvocationHandler h = (p, m, a) -> null;
    Object o = Forwarders.newInstance(loader(), new Class<?>[] {Runnable.class}, h);
    assertTrue(Proxy.isProxyClass(o.getClass()));
    assertTrue(Forwarders.isProxy(o));
    assertSame(h, Forwarders.handler(o));
    // The same interfaces in another order are another class, as for proxies.
    Object reordered = Forwarders.newInstance(loader(), new Class<?>[] {
        java.sql.Statement.class, java.sql.ParameterMetaData.class,
        java.sql.PreparedStatement.class}, h);
    assertTrue(Proxy.isProxyClass(reordered.getClass()));
  }

  @Test
  void aForwarderIsKnownAsAProxyIs() {
    InvocationHandler h = (p, m, a) -> null;
    Object f = Forwarders.newInstance(loader(), new Class<?>[] {java.sql.Connection.class}, h);
    assertFalse(Proxy.isProxyClass(f.getClass()));
    assertTrue(Forwarders.isProxy(f));
    assertSame(h, Forwarders.handler(f));
    assertFalse(Forwarders.isProxy(new Object()));
    assertFalse(Forwarders.isProxy(null));
    assertThrows(IllegalArgumentException.class, () -> Forwarders.handler(new Object()));
    assertThrows(NullPointerException.class, () -> Forwarders.newInstance(loader(),
        new Class<?>[] {java.sql.Connection.class}, null));
  }

  private static ClassLoader loader() {
    return ForwardersTest.class.getClassLoader();
  }

  private static List<Class<?>[]> sets() {
    List<Class<?>[]> sets = new ArrayList<>();
    for (List<String> names : ForwarderGenerator.SETS) {
      Class<?>[] set = new Class<?>[names.size()];
      for (int i = 0; i < set.length; i++) {
        try {
          set[i] = Class.forName(names.get(i));
        } catch (ClassNotFoundException e) {
          throw new AssertionError(e);
        }
      }
      sets.add(set);
    }
    return sets;
  }

  /** Object's three methods a proxy forwards, then every instance method of the interfaces. */
  private static List<Method> callable(Class<?>[] set) throws NoSuchMethodException {
    List<Method> methods = new ArrayList<>(List.of(Object.class.getMethod("hashCode"),
        Object.class.getMethod("equals", Object.class), Object.class.getMethod("toString")));
    for (Class<?> i : set) {
      for (Method m : i.getMethods()) {
        if (!Modifier.isStatic(m.getModifiers())) {
          methods.add(m);
        }
      }
    }
    return methods;
  }

  /** Arguments a call can be told apart by: each parameter's position in its value. */
  private static Object[] arguments(Method m) {
    Class<?>[] types = m.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      args[i] = value(types[i], i + 1);
    }
    return args;
  }

  private static Object value(Class<?> type, int n) {
    return switch (type.getName()) {
      case "boolean" -> n % 2 == 1;
      case "byte" -> (byte) n;
      case "char" -> (char) ('a' + n);
      case "short" -> (short) n;
      case "int" -> n;
      case "long" -> (long) n * 1_000_000_000_000L;
      case "float" -> n + 0.5f;
      case "double" -> n + 0.25;
      case "java.lang.String" -> "arg" + n;
      case "java.lang.Object" -> Integer.valueOf(n * 11);
      case "java.lang.Class" -> String.class;
      default -> null;
    };
  }

  /** A value of the method's return type, not the default one where that can be made. */
  private static Object typical(Method m) {
    Class<?> r = m.getReturnType();
    return r == void.class ? null : value(r, 7);
  }

  /** The Methods a forwarder of the set passes: the first declaration of each signature. */
  private static List<Method> dispatched(Class<?>[] set) throws NoSuchMethodException {
    List<Method> methods = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Method m : callable(set)) {
      if (seen.add(m.getName() + Arrays.toString(m.getParameterTypes()))) {
        methods.add(m);
      }
    }
    return methods;
  }

  /** A reflective call. */
  private interface Call {
    Object run() throws IllegalAccessException, InvocationTargetException;
  }

  private static String outcome(Method m, Object target, Object[] args) {
    return outcome(() -> m.invoke(target, args));
  }

  /** What the call gave: its value, or what it threw (and what that wraps). */
  private static String outcome(Call call) {
    try {
      return "returned " + Objects.toString(call.run());
    } catch (InvocationTargetException e) {
      Throwable t = e.getCause();
      String wrapped = t instanceof UndeclaredThrowableException u
          ? " wrapping " + u.getUndeclaredThrowable() : "";
      return "threw " + t.getClass().getName() + wrapped
          + (t instanceof Thrown || t instanceof SQLException || t instanceof Error
              || t instanceof IllegalStateException ? " " + t.getMessage() : "");
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  /** Carries what the handler throws out of a Function. */
  private static final class Thrown extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final Throwable what;

    Thrown(Throwable what) {
      super(what);
      this.what = what;
    }
  }

  /** A handler that notes each call and answers it as told. */
  private static final class Recorder implements InvocationHandler {
    private final Function<Method, Object> answer;
    int calls;
    Object proxy;
    Method method;
    Object[] args;

    Recorder(Function<Method, Object> answer) {
      this.answer = answer;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      calls++;
      this.proxy = proxy;
      this.method = method;
      this.args = args;
      try {
        return answer.apply(method);
      } catch (Thrown t) {
        throw t.what;
      }
    }
  }
}
