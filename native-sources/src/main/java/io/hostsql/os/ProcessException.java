package io.hostsql.os;

/**
 * A failure about one process, carrying its pid and (when it was known) its name, as psutil's
 * {@code Error} subclasses do.
 */
public class ProcessException extends OsException {
  private static final long serialVersionUID = 1L;

  private final int pid;
  private final String processName;

  public ProcessException(int pid, String processName, String message) {
    super(describe(pid, processName, message));
    this.pid = pid;
    this.processName = processName;
  }

  public ProcessException(int pid, String processName, String message, Throwable cause) {
    super(describe(pid, processName, message), cause);
    this.pid = pid;
    this.processName = processName;
  }

  private static String describe(int pid, String name, String message) {
    String who = name == null ? "pid=" + pid : "pid=" + pid + ", name='" + name + "'";
    return message + " (" + who + ")";
  }

  /** The pid the failure is about. */
  public int pid() {
    return pid;
  }

  /** The process name when it was known, else null. */
  public String processName() {
    return processName;
  }
}
