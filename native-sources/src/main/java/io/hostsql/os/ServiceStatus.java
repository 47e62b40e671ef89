package io.hostsql.os;

/**
 * A Windows service's state as the service control manager reports it (SERVICE_STATUS's
 * dwCurrentState), named as psutil's {@code WindowsService.status()} names it.
 */
public enum ServiceStatus {
  STOPPED(1, "stopped", "STOPPED"),
  START_PENDING(2, "start_pending", "START_PENDING"),
  STOP_PENDING(3, "stop_pending", "STOP_PENDING"),
  RUNNING(4, "running", "RUNNING"),
  CONTINUE_PENDING(5, "continue_pending", "CONTINUE_PENDING"),
  PAUSE_PENDING(6, "pause_pending", "PAUSE_PENDING"),
  PAUSED(7, "paused", "PAUSED"),
  /** A code this version does not know; psutil and osquery both say "unknown". */
  UNKNOWN(0, "unknown", "UNKNOWN");

  private final ServiceCode code;

  ServiceStatus(int code, String label, String osqueryName) {
    this.code = new ServiceCode(code, label, osqueryName);
  }

  /** psutil's string ("running", "stop_pending"...). */
  public String label() {
    return code.label();
  }

  /** osquery's {@code services.status} text ("RUNNING", "STOP_PENDING"...). */
  public String osqueryName() {
    return code.osqueryName();
  }

  /** The state for a SERVICE_STATUS code; UNKNOWN for any other. */
  public static ServiceStatus of(long code) {
    return ServiceCode.lookup(values(), e -> e.code, code, UNKNOWN);
  }
}
