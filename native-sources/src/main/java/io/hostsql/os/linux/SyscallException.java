package io.hostsql.os.linux;

import io.hostsql.os.OsException;

/**
 * A system call failed; {@link #errno()} says why. The public layer turns ESRCH, EPERM and
 * EACCES into psutil's exceptions and lets the rest through as this.
 */
public final class SyscallException extends OsException {
  private static final long serialVersionUID = 1L;

  private final int errno;

  public SyscallException(String call, int errno) {
    super(call + " failed: errno " + errno + " (" + name(errno) + ")");
    this.errno = errno;
  }

  public int errno() {
    return errno;
  }

  public boolean isNoSuchProcess() {
    return errno == LibC.ESRCH;
  }

  public boolean isPermission() {
    return errno == LibC.EPERM || errno == LibC.EACCES;
  }

  public boolean isInvalid() {
    return errno == LibC.EINVAL;
  }

  public boolean isNotChild() {
    return errno == LibC.ECHILD;
  }

  public boolean isUnsupported() {
    return errno == LibC.ENOSYS;
  }

  private static String name(int errno) {
    return switch (errno) {
      case LibC.EPERM -> "EPERM";
      case LibC.ENOENT -> "ENOENT";
      case LibC.ESRCH -> "ESRCH";
      case LibC.EINTR -> "EINTR";
      case LibC.ECHILD -> "ECHILD";
      case LibC.EACCES -> "EACCES";
      case LibC.EINVAL -> "EINVAL";
      case LibC.ENOSYS -> "ENOSYS";
      default -> "errno " + errno;
    };
  }
}
