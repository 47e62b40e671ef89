package io.hostsql.os;

/** Signal numbers used by the process-control methods (Linux, x86_64 and arm64). */
public final class Signals {
  public static final int SIGHUP = 1;
  public static final int SIGINT = 2;
  public static final int SIGKILL = 9;
  public static final int SIGUSR1 = 10;
  public static final int SIGTERM = 15;
  public static final int SIGCONT = 18;
  public static final int SIGSTOP = 19;

  private Signals() {
  }
}
