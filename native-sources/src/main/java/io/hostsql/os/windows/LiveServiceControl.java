package io.hostsql.os.windows;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.WString;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import io.hostsql.os.OsException;

/**
 * The service control manager of the running Windows, through advapi32: each call opens what
 * it needs, copies the filled buffer out with the address it was at, and closes its handles.
 * Buffers are bounded: a listing larger than {@link #MAX_LISTING} is refused.
 */
final class LiveServiceControl implements ServiceControl {
  /** Far above any real listing (a few hundred services take some 100 KiB). */
  static final int MAX_LISTING = 64 << 20;
  /** A single service's configuration or description; the API documents 8 KiB at most. */
  private static final int MAX_ONE = 1 << 20;
  private static final int ATTEMPTS = 5;

  private final Advapi32Calls api;

  LiveServiceControl(Advapi32Calls api) {
    this.api = api;
  }

  @Override
  public Win32Buffer enumerate() {
    Pointer scm = api.OpenSCManagerW(null, null, Advapi32Calls.SC_MANAGER_ENUMERATE_SERVICE);
    if (scm == null) {
      return Win32Buffer.failed(Native.getLastError());
    }
    try {
      IntByReference needed = new IntByReference();
      IntByReference count = new IntByReference();
      int size = 0;
      Memory buffer = null;
      // Services added between the size query and the call make it too small again.
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        if (api.EnumServicesStatusExW(scm, Advapi32Calls.SC_ENUM_PROCESS_INFO,
            Advapi32Calls.SERVICE_WIN32, Advapi32Calls.SERVICE_STATE_ALL, buffer, size, needed,
            count, null, null)) {
          return copy(buffer, size, count.getValue());
        }
        int err = Native.getLastError();
        if (err != Advapi32Calls.ERROR_MORE_DATA) {
          return Win32Buffer.failed(err);
        }
        size = needed.getValue() + 4096;
        if (size > MAX_LISTING || size < 0) {
          throw new OsException("the service listing needs " + needed.getValue()
              + " bytes, more than the " + MAX_LISTING + " allowed");
        }
        buffer = new Memory(size);
      }
      return Win32Buffer.failed(Advapi32Calls.ERROR_MORE_DATA);
    } finally {
      api.CloseServiceHandle(scm);
    }
  }

  @Override
  public Win32Buffer status(String name) {
    return withService(name, Advapi32Calls.SERVICE_QUERY_STATUS, (s, buf, size, needed) ->
        api.QueryServiceStatusEx(s, Advapi32Calls.SC_STATUS_PROCESS_INFO, buf, size, needed));
  }

  @Override
  public Win32Buffer config(String name) {
    return withService(name, Advapi32Calls.SERVICE_QUERY_CONFIG, api::QueryServiceConfigW);
  }

  @Override
  public Win32Buffer description(String name) {
    return withService(name, Advapi32Calls.SERVICE_QUERY_CONFIG, (s, buf, size, needed) ->
        api.QueryServiceConfig2W(s, Advapi32Calls.SERVICE_CONFIG_DESCRIPTION, buf, size,
            needed));
  }

  @Override
  public Win32Buffer serviceDll(String name) {
    PointerByReference key = new PointerByReference();
    int err = api.RegOpenKeyExW(Advapi32Calls.HKEY_LOCAL_MACHINE,
        new WString("SYSTEM\\CurrentControlSet\\Services\\" + name + "\\Parameters"), 0,
        Advapi32Calls.KEY_QUERY_VALUE, key);
    if (err != 0) {
      return null;
    }
    try {
      IntByReference size = new IntByReference();
      WString value = new WString("ServiceDll");
      if (api.RegQueryValueExW(key.getValue(), value, null, null, null, size) != 0
          || size.getValue() <= 0 || size.getValue() > MAX_ONE) {
        return null;
      }
      Memory data = new Memory(size.getValue());
      if (api.RegQueryValueExW(key.getValue(), value, null, null, data, size) != 0) {
        return null;
      }
      return Win32Buffer.of(data.getByteArray(0, size.getValue()), 0, -1);
    } finally {
      api.RegCloseKey(key.getValue());
    }
  }

  @Override
  public String keyName(String displayName) {
    Pointer scm = api.OpenSCManagerW(null, null, Advapi32Calls.SC_MANAGER_CONNECT);
    if (scm == null) {
      return null;
    }
    try {
      char[] buf = new char[257]; // service names are at most 256 characters
      IntByReference size = new IntByReference(buf.length);
      if (!api.GetServiceKeyNameW(scm, new WString(displayName), buf, size)) {
        return null;
      }
      return new String(buf, 0, Math.min(size.getValue(), buf.length));
    } finally {
      api.CloseServiceHandle(scm);
    }
  }

  /** One query of the (size, fill) kind on a service opened by name with this access. */
  private interface Query {
    boolean call(Pointer service, Pointer buffer, int size, IntByReference needed);
  }

  private Win32Buffer withService(String name, int access, Query query) {
    Pointer scm = api.OpenSCManagerW(null, null, Advapi32Calls.SC_MANAGER_CONNECT);
    if (scm == null) {
      return Win32Buffer.failed(Native.getLastError());
    }
    try {
      Pointer service = api.OpenServiceW(scm, new WString(name), access);
      if (service == null) {
        return Win32Buffer.failed(Native.getLastError());
      }
      try {
        IntByReference needed = new IntByReference();
        Memory buffer = null;
        int size = 0;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
          if (query.call(service, buffer, size, needed)) {
            return copy(buffer, size, -1);
          }
          int err = Native.getLastError();
          if (err != Advapi32Calls.ERROR_INSUFFICIENT_BUFFER || needed.getValue() <= 0
              || needed.getValue() > MAX_ONE) {
            return Win32Buffer.failed(err == 0 ? Advapi32Calls.ERROR_INSUFFICIENT_BUFFER : err);
          }
          size = needed.getValue();
          buffer = new Memory(size);
        }
        return Win32Buffer.failed(Advapi32Calls.ERROR_INSUFFICIENT_BUFFER);
      } finally {
        api.CloseServiceHandle(service);
      }
    } finally {
      api.CloseServiceHandle(scm);
    }
  }

  private static Win32Buffer copy(Memory buffer, int size, int count) {
    if (buffer == null) {
      return Win32Buffer.of(new byte[0], 0, count);
    }
    return Win32Buffer.of(buffer.getByteArray(0, size), Pointer.nativeValue(buffer), count);
  }
}
