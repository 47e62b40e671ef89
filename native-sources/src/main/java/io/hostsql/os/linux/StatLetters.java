package io.hostsql.os.linux;

import io.hostsql.os.ProcessStatus;

/** The scheduler state letters of /proc/PID/stat (field 3), as psutil names them. */
public final class StatLetters {
  private StatLetters() {
  }

  /** The state for the letter. */
  public static ProcessStatus status(char letter) {
    return switch (letter) {
      case 'R' -> ProcessStatus.RUNNING;
      case 'S' -> ProcessStatus.SLEEPING;
      case 'D' -> ProcessStatus.DISK_SLEEP;
      case 'T' -> ProcessStatus.STOPPED;
      case 't' -> ProcessStatus.TRACING_STOP;
      case 'Z' -> ProcessStatus.ZOMBIE;
      case 'X', 'x' -> ProcessStatus.DEAD;
      case 'K' -> ProcessStatus.WAKE_KILL;
      case 'W' -> ProcessStatus.WAKING;
      case 'I' -> ProcessStatus.IDLE;
      case 'P' -> ProcessStatus.PARKED;
      default -> ProcessStatus.UNKNOWN;
    };
  }
}
