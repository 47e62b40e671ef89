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

  private final int code;
  private final String label;
  private final String osqueryName;

  ServiceStartType(int code, String label, String osqueryName) {
    this.code = code;
    this.label = label;
    this.osqueryName = osqueryName;
  }

  /** psutil's string ("automatic", "manual", "disabled"; "boot", "system" for drivers). */
  public String label() {
    return label;
  }

  /** osquery's {@code services.start_type} text ("AUTO_START", "DEMAND_START"...). */
  public String osqueryName() {
    return osqueryName;
  }

  /** The start type for a dwStartType code; UNKNOWN for any other. */
  public static ServiceStartType of(long code) {
    for (ServiceStartType t : values()) {
      if (t.code == code) {
        return t;
      }
    }
    return UNKNOWN;
  }
}
