package io.hostsql.os.windows;

/**
 * The service control manager's calls, each handing back the raw buffer it filled
 * ({@link Win32Buffer}) or its error code; {@link ServiceBuffers} decodes them. The live one
 * calls advapi32; tests replay buffers Wine filled.
 */
public interface ServiceControl {
  /** EnumServicesStatusExW(SC_ENUM_PROCESS_INFO, SERVICE_WIN32, SERVICE_STATE_ALL), whole. */
  Win32Buffer enumerate();

  /** QueryServiceStatusEx(SC_STATUS_PROCESS_INFO) of the service opened by name. */
  Win32Buffer status(String name);

  /** QueryServiceConfigW of the service opened by name (SERVICE_QUERY_CONFIG). */
  Win32Buffer config(String name);

  /** QueryServiceConfig2W(SERVICE_CONFIG_DESCRIPTION) of the service opened by name. */
  Win32Buffer description(String name);

  /**
   * The raw ServiceDll value under the service's Parameters registry key, or null when the
   * service has none.
   */
  Win32Buffer serviceDll(String name);

  /**
   * GetServiceKeyNameW: the service name, as the service control manager spells it, of the
   * service with this display name; null when none has it. Opening by name ignores case, so
   * this gives a service opened by name the spelling the listing shows.
   */
  String keyName(String displayName);
}
