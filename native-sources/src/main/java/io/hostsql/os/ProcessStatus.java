package io.hostsql.os;

/**
 * A process's scheduler state, named as psutil names it (each backend maps its own codes: Linux
 * the letter of /proc/PID/stat).
 */
public enum ProcessStatus {
  RUNNING("running"),
  SLEEPING("sleeping"),
  DISK_SLEEP("disk-sleep"),
  STOPPED("stopped"),
  TRACING_STOP("tracing-stop"),
  ZOMBIE("zombie"),
  DEAD("dead"),
  WAKE_KILL("wake-kill"),
  WAKING("waking"),
  IDLE("idle"),
  PARKED("parked"),
  /** A letter this version does not know; psutil reports it as "?". */
  UNKNOWN("?");

  private final String label;

  ProcessStatus(String label) {
    this.label = label;
  }

  /** psutil's string for this state ("running", "disk-sleep", ...). */
  public String label() {
    return label;
  }
}
