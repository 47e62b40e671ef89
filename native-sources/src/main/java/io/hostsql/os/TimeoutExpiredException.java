package io.hostsql.os;

import java.time.Duration;

/** A wait on a process ran out of time before the process ended. */
public class TimeoutExpiredException extends ProcessException {
  private static final long serialVersionUID = 1L;

  private final Duration timeout;

  public TimeoutExpiredException(int pid, String processName, Duration timeout) {
    super(pid, processName, "timeout after " + timeout.toMillis() + " ms");
    this.timeout = timeout;
  }

  /** How long the caller waited. */
  public Duration timeout() {
    return timeout;
  }
}
