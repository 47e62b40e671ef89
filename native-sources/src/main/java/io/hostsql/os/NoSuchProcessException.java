package io.hostsql.os;

/** The process is gone (or never existed), or its pid now belongs to another process. */
public class NoSuchProcessException extends ProcessException {
  private static final long serialVersionUID = 1L;

  public NoSuchProcessException(int pid, String processName, String message) {
    super(pid, processName, message);
  }

  public NoSuchProcessException(int pid) {
    this(pid, null, "process no longer exists");
  }
}
