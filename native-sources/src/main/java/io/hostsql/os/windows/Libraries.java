package io.hostsql.os.windows;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The one way the Windows call interfaces are loaded: on first use (which only a Windows
 * platform makes), once per interface for the JVM, however many live process and system call
 * objects are built over them.
 */
final class Libraries {
  private static final ConcurrentMap<Class<?>, Library> LOADED = new ConcurrentHashMap<>();

  private Libraries() {
  }

  /** The interface bound to the DLL, loaded the first time it is asked for. */
  static <T extends Library> T load(String dll, Class<T> type) {
    return type.cast(LOADED.computeIfAbsent(type, t -> Native.load(dll, type)));
  }
}
