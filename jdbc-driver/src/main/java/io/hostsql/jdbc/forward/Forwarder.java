package io.hostsql.jdbc.forward;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What every generated forwarder is: the handler its methods call. Serializable because
 * java.lang.reflect.Proxy is, so that an object answers instanceof as the proxy it replaces.
 */
public abstract class Forwarder implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** Where every call goes, with the interface method it was made through. */
  protected final InvocationHandler h;

  /** A forwarder to {@code h}, which must not be null (as for a proxy). */
  protected Forwarder(InvocationHandler h) {
    this.h = Objects.requireNonNull(h, "handler");
  }

  /**
   * Keeps {@code found} as the method at {@code index} unless another thread kept one first:
   * every call then passes the same Method object, as a proxy's do.
   */
  protected static Method keep(AtomicReferenceArray<Method> table, int index, Method found) {
    Method earlier = table.compareAndExchange(index, null, found);
    return earlier != null ? earlier : found;
  }
}
