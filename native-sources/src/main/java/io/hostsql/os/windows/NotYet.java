package io.hostsql.os.windows;

import java.lang.reflect.Proxy;

/**
 * A reader of a concept the Windows backend does not answer yet: made without error (a schema
 * is built over every reader of its platform, and registers only the tables its family has),
 * it fails each call with a NotImplementedException (an OsException) naming the concept.
 */
final class NotYet {
  private NotYet() {
  }

  static <T> T reader(Class<T> type) {
    return type.cast(Proxy.newProxyInstance(NotYet.class.getClassLoader(),
        new Class<?>[] {type}, (proxy, method, args) -> {
          switch (method.getName()) {
            case "toString":
              return "NotYet[" + type.getSimpleName() + "]";
            case "hashCode":
              return System.identityHashCode(proxy);
            case "equals":
              return proxy == args[0];
            default:
              throw new io.hostsql.os.NotImplementedException(type.getSimpleName() + "." + method.getName()
                  + " is not implemented on Windows yet");
          }
        }));
  }
}
