package io.hostsql.os.linux;

import io.hostsql.os.Rlimit;

/** Linux's resource numbers of getrlimit(2) and prlimit(2) (asm-generic/resource.h). */
public final class RlimitNumbers {
  private RlimitNumbers() {
  }

  /** The kernel's number for the resource. */
  public static int of(Rlimit resource) {
    return switch (resource) {
      case CPU -> 0;
      case FSIZE -> 1;
      case DATA -> 2;
      case STACK -> 3;
      case CORE -> 4;
      case RSS -> 5;
      case NPROC -> 6;
      case NOFILE -> 7;
      case MEMLOCK -> 8;
      case AS -> 9;
      case LOCKS -> 10;
      case SIGPENDING -> 11;
      case MSGQUEUE -> 12;
      case NICE -> 13;
      case RTPRIO -> 14;
      case RTTIME -> 15;
    };
  }
}
