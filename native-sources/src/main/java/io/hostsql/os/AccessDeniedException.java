package io.hostsql.os;

/** The operating system refused the read or the change (EACCES or EPERM). */
public class AccessDeniedException extends ProcessException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(int pid, String processName, String what) {
    super(pid, processName, "access denied: " + what);
  }
}
