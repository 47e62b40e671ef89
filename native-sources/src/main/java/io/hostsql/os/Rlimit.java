package io.hostsql.os;

/** The resources of getrlimit(2), as psutil names them ({@code RLIMIT_*}). */
public enum Rlimit {
  CPU, FSIZE, DATA, STACK, CORE, RSS, NPROC, NOFILE, MEMLOCK, AS, LOCKS, SIGPENDING, MSGQUEUE,
  NICE, RTPRIO, RTTIME
}
