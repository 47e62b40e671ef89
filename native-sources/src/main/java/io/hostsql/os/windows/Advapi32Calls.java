package io.hostsql.os.windows;

import com.sun.jna.Pointer;
import com.sun.jna.WString;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import com.sun.jna.win32.StdCallLibrary;

/**
 * The advapi32 functions the service readers call, the wide-character ones, declared here
 * because jna-platform's Advapi32 lacks QueryServiceConfigW and GetServiceKeyNameW and the rest
 * are a few lines. Handles are plain pointers; failures are read with Native.getLastError().
 */
interface Advapi32Calls extends StdCallLibrary {
  int SC_MANAGER_CONNECT = 0x0001;
  int SC_MANAGER_ENUMERATE_SERVICE = 0x0004;
  int SERVICE_QUERY_CONFIG = 0x0001;
  int SERVICE_QUERY_STATUS = 0x0004;
  int SC_ENUM_PROCESS_INFO = 0;
  int SC_STATUS_PROCESS_INFO = 0;
  int SERVICE_WIN32 = 0x30;
  int SERVICE_STATE_ALL = 3;
  int SERVICE_CONFIG_DESCRIPTION = 1;
  int KEY_QUERY_VALUE = 0x0001;
  int ERROR_INSUFFICIENT_BUFFER = 122;
  int ERROR_MORE_DATA = 234;
  int ERROR_FILE_NOT_FOUND = 2;
  /** HKEY_LOCAL_MACHINE, the predefined handle (sign-extended as Windows does). */
  Pointer HKEY_LOCAL_MACHINE = new Pointer(0xFFFFFFFF80000002L);

  /** Loaded on first use, which only a Windows platform makes. */
  static Advapi32Calls load() {
    return Libraries.load("advapi32", Advapi32Calls.class);
  }

  Pointer OpenSCManagerW(WString machine, WString database, int access);

  boolean CloseServiceHandle(Pointer handle);

  boolean EnumServicesStatusExW(Pointer scm, int infoLevel, int serviceType, int serviceState,
      Pointer buffer, int size, IntByReference needed, IntByReference count,
      IntByReference resume, WString group);

  Pointer OpenServiceW(Pointer scm, WString name, int access);

  boolean QueryServiceStatusEx(Pointer service, int infoLevel, Pointer buffer, int size,
      IntByReference needed);

  boolean QueryServiceConfigW(Pointer service, Pointer buffer, int size, IntByReference needed);

  boolean QueryServiceConfig2W(Pointer service, int infoLevel, Pointer buffer, int size,
      IntByReference needed);

  boolean GetServiceKeyNameW(Pointer scm, WString displayName, char[] buffer,
      IntByReference size);

  int RegOpenKeyExW(Pointer key, WString subKey, int options, int access,
      PointerByReference result);

  int RegQueryValueExW(Pointer key, WString valueName, Pointer reserved, IntByReference type,
      Pointer data, IntByReference size);

  int RegCloseKey(Pointer key);
}
