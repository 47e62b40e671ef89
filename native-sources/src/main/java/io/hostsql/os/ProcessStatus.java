package io.hostsql.os;

/**
 * A process's scheduler state: the letter in /proc/PID/stat, named as psutil names it.
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

  /** The state for the letter of /proc/PID/stat field 3. */
  public static ProcessStatus fromStatLetter(char letter) {
    return switch (letter) {
      case 'R' -> RUNNING;
      case 'S' -> SLEEPING;
      case 'D' -> DISK_SLEEP;
      case 'T' -> STOPPED;
      case 't' -> TRACING_STOP;
      case 'Z' -> ZOMBIE;
      case 'X', 'x' -> DEAD;
      case 'K' -> WAKE_KILL;
      case 'W' -> WAKING;
      case 'I' -> IDLE;
      case 'P' -> PARKED;
      default -> UNKNOWN;
    };
  }
}
