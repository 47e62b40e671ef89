package io.hostsql.jdbc.forward;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;

/**
 * java.lang.reflect.Proxy's three operations over both kinds of object: a generated
 * {@link Forwarder} when one implements exactly the interfaces asked for (the sets hostsql's
 * JDBC layers build, embedded and remote), else a proxy.
 */
public final class Forwarders {
  private Forwarders() {
  }

  /**
   * As {@link Proxy#newProxyInstance}: an object implementing {@code interfaces}, in that
   * order, whose every method (and hashCode, equals, toString) calls {@code handler}.
   */
  public static Object newInstance(ClassLoader loader, Class<?>[] interfaces,
      InvocationHandler handler) {
    StringBuilder names = new StringBuilder();
    for (Class<?> i : interfaces) {
      if (names.length() > 0) {
        names.append(',');
      }
      names.append(i.getName());
    }
    Object forwarder = GeneratedForwarders.create(names.toString(), handler);
    // Same names are not the same interfaces when another class loader defined them.
    if (forwarder != null && Arrays.equals(forwarder.getClass().getInterfaces(), interfaces)) {
      return forwarder;
    }
    return Proxy.newProxyInstance(loader, interfaces, handler);
  }

  /**
   * As {@code method.invoke(target, args)}; the methods the forwarders pass are called
   * through their interface, without reflection, whose first call of each method builds an
   * accessor on JDK 18 and later (for the few dozen methods of a one-shot query, tens of
   * milliseconds). What the method throws arrives in an InvocationTargetException, as from
   * Method.invoke; the arguments must be of the parameters' types (boxed for primitives), as
   * a forwarder or proxy passes them.
   */
  public static Object invoke(Method method, Object target, Object[] args)
      throws IllegalAccessException, InvocationTargetException {
    if (method.getDeclaringClass().isInstance(target)) {
      Object result;
      try {
        result = DirectCalls.call(method, target, args);
      } catch (Throwable e) {
        throw new InvocationTargetException(e);
      }
      if (result != DirectCalls.UNKNOWN) {
        return result;
      }
    }
    return method.invoke(target, args);
  }

  /** As {@link Proxy#isProxyClass} of the object's class, true of forwarders too. */
  public static boolean isProxy(Object o) {
    return o instanceof Forwarder || o != null && Proxy.isProxyClass(o.getClass());
  }

  /**
   * As {@link Proxy#getInvocationHandler}: the handler of a forwarder or proxy.
   *
   * @throws IllegalArgumentException if {@code o} is neither
   */
  public static InvocationHandler handler(Object o) {
    return o instanceof Forwarder f ? f.h : Proxy.getInvocationHandler(o);
  }
}
