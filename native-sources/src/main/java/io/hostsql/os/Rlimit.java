package io.hostsql.os;

/** The resources of getrlimit(2), with Linux's numbers (psutil's {@code RLIMIT_*}). */
public enum Rlimit {
  CPU(0), FSIZE(1), DATA(2), STACK(3), CORE(4), RSS(5), NPROC(6), NOFILE(7), MEMLOCK(8),
  AS(9), LOCKS(10), SIGPENDING(11), MSGQUEUE(12), NICE(13), RTPRIO(14), RTTIME(15);

  private final int code;

  Rlimit(int code) {
    this.code = code;
  }

  /** The kernel's resource number. */
  public int code() {
    return code;
  }
}
