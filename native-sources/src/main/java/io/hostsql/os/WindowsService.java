package io.hostsql.os;

/**
 * One installed Windows service: psutil's {@code WindowsService.as_dict()} and the fields
 * osquery's {@code services} table adds. The listing's fields (name, display name, status, pid,
 * exit codes) are always there; the configuration's are null when the service control manager
 * refused them (access denied, or the service was deleted after it was listed).
 *
 * @param name the service name, what {@link Services#get} takes (case-insensitive on Windows)
 * @param displayName the name the Services console shows
 * @param binpath the command line the service control manager starts, or null
 * @param username the account it runs as (lpServiceStartName), or null
 * @param startType when it starts, or null
 * @param pid the process it runs in, or null when it is not running (pid 0, as psutil says)
 * @param status its state
 * @param description its description, or null when it has none or it was refused
 * @param serviceType the SERVICE_* type bits (0x10 own process, 0x20 shared, 0x100 interactive)
 * @param win32ExitCode the Win32 error code it stopped with (1077: never started)
 * @param serviceExitCode its own exit code, meaningful when win32ExitCode is 1066
 * @param modulePath the ServiceDll registry value of a shared-process service, as stored
 *     (unexpanded), or null when it has none
 */
public record WindowsService(String name, String displayName, String binpath, String username,
    ServiceStartType startType, Integer pid, ServiceStatus status, String description,
    int serviceType, long win32ExitCode, long serviceExitCode, String modulePath) {

  /** osquery's {@code service_type} text for the type bits ("OWN_PROCESS"...), or "UNKNOWN". */
  public String serviceTypeName() {
    return switch (serviceType) {
      case 0x10 -> "OWN_PROCESS";
      case 0x20 -> "SHARE_PROCESS";
      case 0x100 -> "INTERACTIVE_PROCESS";
      case 0x110 -> "OWN_PROCESS(Interactive)";
      case 0x120 -> "SHARE_PROCESS(Interactive)";
      default -> "UNKNOWN";
    };
  }
}
