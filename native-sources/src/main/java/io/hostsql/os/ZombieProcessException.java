package io.hostsql.os;

/**
 * The process has exited but its parent has not reaped it: its pid still exists, most of what
 * it owned does not. A subclass of {@link NoSuchProcessException}, as in psutil, so code that
 * only cares whether the process is usable can catch the parent type.
 */
public class ZombieProcessException extends NoSuchProcessException {
  private static final long serialVersionUID = 1L;

  public ZombieProcessException(int pid, String processName) {
    super(pid, processName, "process is a zombie");
  }
}
