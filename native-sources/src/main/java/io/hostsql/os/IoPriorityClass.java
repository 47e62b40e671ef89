package io.hostsql.os;

/** The I/O scheduling classes of ioprio_set(2), psutil's {@code IOPRIO_CLASS_*}. */
public enum IoPriorityClass {
  /** No class set: the CPU nice value decides. */
  NONE,
  /** Real time: served first. */
  RT,
  /** Best effort: the default. */
  BE,
  /** Served only when nobody else needs the disk. */
  IDLE;

  /** The kernel's number for this class. */
  public int code() {
    return ordinal();
  }
}
