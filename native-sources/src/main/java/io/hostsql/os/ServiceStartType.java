package io.hostsql.os;

/**
 * When a Windows service starts (QUERY_SERVICE_CONFIG's dwStartType). psutil names the three a
 * Win32 service can have; boot and system starts are drivers', named as osquery names them.
 */
public enum ServiceStartType {
  BOOT(0, "boot", "BOOT_START"),
  SYSTEM(1, "system", "SYSTEM_START"),
  AUTOMATIC(2, "automatic", "AUTO_START"),
  MANUAL(3, "manual", "DEMAND_START"),
  DISABLED(4, "disabled", "DISABLED"),
  /** A code this version does not know; psutil says "unknown". */
  UNKNOWN(-1, "unknown", "UNKNOWN");

  private final ServiceCode code;

  ServiceStartType(int code, String label, String osqueryName) {
    this.code = new ServiceCode(code, label, osqueryName);
  }

  /** psutil's string ("automatic", "manual", "disabled"; "boot", "system" for drivers). */
  public String label() {
    return code.label();
  }

  /** osquery's {@code services.start_type} text ("AUTO_START", "DEMAND_START"...). */
  public String osqueryName() {
    return code.osqueryName();
  }

  /** The start type for a dwStartType code; UNKNOWN for any other. */
  public static ServiceStartType of(long code) {
    return ServiceCode.lookup(values(), e -> e.code, code, UNKNOWN);
  }
}
