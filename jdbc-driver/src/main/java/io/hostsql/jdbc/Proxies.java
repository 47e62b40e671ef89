package io.hostsql.jdbc;

import io.hostsql.jdbc.forward.Forwarders;
import java.io.Serializable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * JDBC objects answered partly here and partly by Calcite's own (whose classes cannot be
 * extended): a proxy with every interface of the real object, so casts to Calcite's
 * interfaces still work. The proxies are {@link Forwarders}': compiled classes for the
 * interface sets the driver hands out, java.lang.reflect.Proxy for any other.
 */
final class Proxies {
  private Proxies() {
  }

  /**
   * A proxy implementing every interface of {@code target}'s class and superclasses but
   * Serializable, which has no methods and which every proxy and forwarder implements through
   * its superclass: wrapping a proxy again then asks for the interface set it was made with.
   */
  @SuppressWarnings("unchecked")
  static <T> T of(T target, InvocationHandler handler) {
    Set<Class<?>> interfaces = new LinkedHashSet<>();
    for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
      interfaces.addAll(List.of(c.getInterfaces()));
    }
    interfaces.remove(Serializable.class);
    return (T) Forwarders.newInstance(HostsqlDriver.class.getClassLoader(),
        interfaces.toArray(new Class<?>[0]), handler);
  }

  /** Calls the method on the real object, throwing what it throws. */
  static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return Forwarders.invoke(method, target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
