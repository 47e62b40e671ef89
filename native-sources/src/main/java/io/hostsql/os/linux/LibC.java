package io.hostsql.os.linux;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

/**
 * The libc calls native-sources needs, bound directly (JNA direct mapping avoids the proxy's
 * reflection on every call). Calls that report failure through errno throw
 * {@link LastErrorException}, whose {@code getErrorCode()} is the errno.
 */
final class LibC {
  static final int SC_CLK_TCK = 2;
  static final int SC_PAGESIZE = 30;
  static final int PRIO_PROCESS = 0;
  static final int IOPRIO_WHO_PROCESS = 1;
  static final int WNOHANG = 1;
  static final int POLLIN = 1;
  static final int O_RDONLY = 0;
  static final int O_CLOEXEC = 02000000;

  static final int EPERM = 1;
  static final int ENOENT = 2;
  static final int ESRCH = 3;
  static final int EINTR = 4;
  static final int ECHILD = 10;
  static final int EACCES = 13;
  static final int ENOTDIR = 20;
  static final int EINVAL = 22;
  static final int ENOSYS = 38;

  /** Syscall numbers that glibc has no wrapper for (or had none in older releases). */
  static final long SYS_IOPRIO_SET = Platform.isARM() ? 30 : 251;
  static final long SYS_IOPRIO_GET = Platform.isARM() ? 31 : 252;
  static final long SYS_PIDFD_OPEN = 434;
  static final long SYS_GETDENTS64 = Platform.isARM() ? 61 : 217;
  static final int O_DIRECTORY = 0200000;

  static {
    Native.register(LibC.class, "c"); // named: JNA need not walk the stack for it
  }

  private LibC() {
  }

  static native NativeLong sysconf(int name);

  static native int getpwuid_r(int uid, Pointer pwd, Pointer buf, NativeLong buflen,
      PointerByReference result);

  static native int setpriority(int which, int who, int prio) throws LastErrorException;

  /** A variadic syscall(2) with up to three integer arguments. */
  static native long syscall(long number, long a1, long a2, long a3) throws LastErrorException;

  static native int sched_getaffinity(int pid, NativeLong size, byte[] mask)
      throws LastErrorException;

  static native int sched_setaffinity(int pid, NativeLong size, byte[] mask)
      throws LastErrorException;

  /** prlimit(2) with struct rlimit as two 64-bit words; {@code newLimit} may be null. */
  static native int prlimit(int pid, int resource, long[] newLimit, long[] oldLimit)
      throws LastErrorException;

  static native int kill(int pid, int sig) throws LastErrorException;

  static native int waitpid(int pid, int[] status, int options) throws LastErrorException;

  /** poll(2) on one struct pollfd (int fd, short events, short revents). */
  static native int poll(Pointer fds, NativeLong nfds, int timeoutMillis)
      throws LastErrorException;

  static native int close(int fd);

  /** readlink(2) with the path as NUL-terminated bytes: no String conversion per call. */
  static native long readlink(byte[] path, byte[] buf, long size);

  static native int socket(int domain, int type, int protocol) throws LastErrorException;

  /** ioctl(2) with a pointer argument (struct ifreq). */
  static native int ioctl(int fd, long request, Pointer arg) throws LastErrorException;

  static native int open(String path, int flags) throws LastErrorException;

  /** open(2) with the path as NUL-terminated bytes: no String encoding per call. */
  static native int open(byte[] path, int flags) throws LastErrorException;

  /** read(2) into native memory: a byte[] argument would be copied whole in and out. */
  static native long read(int fd, Pointer buf, long count) throws LastErrorException;

  static native String strerror(int errnum);

  static final int AT_FDCWD = -100;
  static final int AT_SYMLINK_NOFOLLOW = 0x100;

  /**
   * statx(2) into a 256-byte struct statx; returns -1 on failure without raising (a file that
   * vanished or is refused is skipped by a walk, not an error).
   */
  static native int statx(int dirfd, byte[] path, int flags, int mask, byte[] buf);

  /** faccessat(2); returns -1 on failure without raising (absence is an answer, not an error). */
  static native int faccessat(int dirfd, byte[] path, int mode, int flags);

  /** pread(2) into native memory. */
  static native long pread(int fd, Pointer buf, long count, long offset)
      throws LastErrorException;

  /**
   * sysinfo(2): struct sysinfo, whose loads[3] follow the uptime at byte 8. Returns -1 on
   * failure; no errno is captured, which keeps the call at its cheapest.
   */
  static native int sysinfo(Pointer info);

  /** getdents64(fd, buf, size) through syscall(2): a directory's entries in bulk. */
  static native long syscall(long number, int fd, Pointer buf, long size)
      throws LastErrorException;

  static native int pipe2(int[] fds, int flags) throws LastErrorException;

  static native NativeLong read(int fd, byte[] buf, NativeLong count) throws LastErrorException;

  static native NativeLong write(int fd, byte[] buf, NativeLong count)
      throws LastErrorException;

  /** Returns an error number (not errno): 0 on success. */
  static native int posix_spawnp(int[] pid, String file, Pointer fileActions, Pointer attr,
      Pointer argv, Pointer envp);

  static native int posix_spawn_file_actions_init(Pointer fileActions);

  static native int posix_spawn_file_actions_destroy(Pointer fileActions);

  static native int posix_spawn_file_actions_adddup2(Pointer fileActions, int fd, int newFd);

  static native int posix_spawn_file_actions_addchdir_np(Pointer fileActions, String path);

  static native int posix_spawn_file_actions_addclose(Pointer fileActions, int fd);
}
