package io.hostsql.os.linux;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.NativeLong;

/**
 * The process-control system calls psutil makes through C, as Java methods. Each failure is a
 * {@link SyscallException} carrying the errno, which the public layer maps to psutil's
 * exceptions.
 */
public final class Syscalls {
  private Syscalls() {
  }

  /** setpriority(PRIO_PROCESS, pid, nice). */
  public static void setNice(int pid, int nice) {
    try {
      LibC.setpriority(LibC.PRIO_PROCESS, pid, nice);
    } catch (LastErrorException e) {
      throw new SyscallException("setpriority", e.getErrorCode());
    }
  }

  /** ioprio_get(IOPRIO_WHO_PROCESS, pid): the raw priority word (class in bits 13 and up). */
  public static int ioprioGet(int pid) {
    try {
      return (int) LibC.syscall(LibC.SYS_IOPRIO_GET, LibC.IOPRIO_WHO_PROCESS, pid, 0);
    } catch (LastErrorException e) {
      throw new SyscallException("ioprio_get", e.getErrorCode());
    }
  }

  /** ioprio_set(IOPRIO_WHO_PROCESS, pid, ioprio). */
  public static void ioprioSet(int pid, int ioprio) {
    try {
      LibC.syscall(LibC.SYS_IOPRIO_SET, LibC.IOPRIO_WHO_PROCESS, pid, ioprio);
    } catch (LastErrorException e) {
      throw new SyscallException("ioprio_set", e.getErrorCode());
    }
  }

  /** The CPUs the process may run on, ascending. */
  public static int[] getAffinity(int pid) {
    int bytes = 128;
    while (true) {
      byte[] mask = new byte[bytes];
      try {
        LibC.sched_getaffinity(pid, new NativeLong(bytes), mask);
        return bits(mask);
      } catch (LastErrorException e) {
        if (e.getErrorCode() == LibC.EINVAL && bytes < (1 << 20)) {
          bytes *= 2; // more CPUs than the mask holds
          continue;
        }
        throw new SyscallException("sched_getaffinity", e.getErrorCode());
      }
    }
  }

  /** Restricts the process to these CPUs. */
  public static void setAffinity(int pid, int[] cpus) {
    int max = 0;
    for (int c : cpus) {
      max = Math.max(max, c);
    }
    byte[] mask = new byte[Math.max(128, (max / 8) + 1)];
    for (int c : cpus) {
      mask[c / 8] |= (byte) (1 << (c % 8));
    }
    try {
      LibC.sched_setaffinity(pid, new NativeLong(mask.length), mask);
    } catch (LastErrorException e) {
      throw new SyscallException("sched_setaffinity", e.getErrorCode());
    }
  }

  private static int[] bits(byte[] mask) {
    int n = 0;
    for (byte b : mask) {
      n += Integer.bitCount(b & 0xff);
    }
    int[] out = new int[n];
    int k = 0;
    for (int i = 0; i < mask.length * 8; i++) {
      if ((mask[i / 8] & (1 << (i % 8))) != 0) {
        out[k++] = i;
      }
    }
    return out;
  }

  /**
   * prlimit(pid, resource, new, old). With {@code newLimit} null it only reads.
   *
   * @return {soft, hard}, with RLIM_INFINITY as -1
   */
  public static long[] prlimit(int pid, int resource, long[] newLimit) {
    long[] old = new long[2];
    try {
      LibC.prlimit(pid, resource, newLimit, old);
      return old;
    } catch (LastErrorException e) {
      throw new SyscallException("prlimit", e.getErrorCode());
    }
  }

  /** kill(pid, sig). */
  public static void kill(int pid, int signal) {
    try {
      LibC.kill(pid, signal);
    } catch (LastErrorException e) {
      throw new SyscallException("kill", e.getErrorCode());
    }
  }

  /**
   * waitpid(pid, WNOHANG or blocking).
   *
   * @return the raw wait status, or -1 when WNOHANG and the child is still running
   * @throws SyscallException ECHILD when pid is not our child (or was reaped already)
   */
  public static int waitpid(int pid, boolean noHang) {
    int[] status = new int[1];
    while (true) {
      try {
        int r = LibC.waitpid(pid, status, noHang ? LibC.WNOHANG : 0);
        return r == 0 ? -1 : status[0];
      } catch (LastErrorException e) {
        if (e.getErrorCode() == LibC.EINTR) {
          continue;
        }
        throw new SyscallException("waitpid", e.getErrorCode());
      }
    }
  }

  /** pidfd_open(pid, 0): a descriptor that becomes readable when the process exits. */
  public static int pidfdOpen(int pid) {
    try {
      return (int) LibC.syscall(LibC.SYS_PIDFD_OPEN, pid, 0, 0);
    } catch (LastErrorException e) {
      throw new SyscallException("pidfd_open", e.getErrorCode());
    }
  }

  /** Waits until the descriptor is readable or the timeout passes; true when readable. */
  public static boolean pollReadable(int fd, int timeoutMillis) {
    Memory pfd = new Memory(8);
    pfd.setInt(0, fd);
    pfd.setShort(4, (short) LibC.POLLIN);
    pfd.setShort(6, (short) 0);
    try {
      return LibC.poll(pfd, new NativeLong(1), timeoutMillis) > 0;
    } catch (LastErrorException e) {
      if (e.getErrorCode() == LibC.EINTR) {
        return false;
      }
      throw new SyscallException("poll", e.getErrorCode());
    }
  }

  /** close(fd), ignoring errors. */
  public static void close(int fd) {
    LibC.close(fd);
  }
}
