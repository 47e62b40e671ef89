package io.hostsql.os;

/**
 * The I/O priority classes, psutil's {@code ProcessIOPriority}: on Linux the scheduling classes
 * of ioprio_set(2) ({@code IOPRIO_CLASS_*}), on Windows the I/O priority hints
 * ({@code IOPRIO_VERYLOW} to {@code IOPRIO_HIGH}), each platform answering only its own.
 */
public enum IoPriorityClass {
  /** Linux: no class set, the CPU nice value decides. */
  NONE(0),
  /** Linux: real time, served first. */
  RT(1),
  /** Linux: best effort, the default. */
  BE(2),
  /** Linux: served only when nobody else needs the disk. */
  IDLE(3),
  /** Windows: IoPriorityVeryLow, background work. */
  VERYLOW(0),
  /** Windows: IoPriorityLow. */
  LOW(1),
  /** Windows: IoPriorityNormal, the default. */
  NORMAL(2),
  /** Windows: IoPriorityHigh. */
  HIGH(3);

  private final int code;

  IoPriorityClass(int code) {
    this.code = code;
  }

  /** The kernel's number for this class: ioprio's class on Linux, the hint on Windows. */
  public int code() {
    return code;
  }

  /** Windows' class for an IO_PRIORITY_HINT, or null for a number Windows does not define. */
  public static IoPriorityClass windowsHint(int hint) {
    return hint >= 0 && hint <= 3 ? values()[VERYLOW.ordinal() + hint] : null;
  }
}
