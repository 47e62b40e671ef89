package io.hostsql.os;

import io.hostsql.os.linux.Errno;
import io.hostsql.os.linux.PidStat;
import io.hostsql.os.linux.PidStatm;
import io.hostsql.os.linux.PidStatus;
import io.hostsql.os.linux.ProcFs;
import io.hostsql.os.linux.SystemConstants;
import io.hostsql.os.linux.UserNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One process, bound to its pid and its start time so that a reused pid is told apart from the
 * process it once named: psutil's {@code Process} on Linux, in Java idiom.
 *
 * <p>Getters read /proc afresh on each call unless inside {@link #oneshot()}. Errors follow
 * psutil: a refused read is {@link AccessDeniedException}; a process that is gone is
 * {@link NoSuchProcessException}, or {@link ZombieProcessException} when only its zombie is left.
 * Instances are not thread-safe inside a oneshot scope.
 */
public final class Process {
  private final ProcFs fs;
  private final int pid;
  private final String dir;
  /** Start time in clock ticks after boot: with the pid, the identity. -1 until first read. */
  private long startTicks = -1;
  private String lastKnownName;

  private int oneshotDepth;
  private PidStat cachedStat;
  private PidStatus cachedStatus;
  private PidStatm cachedStatm;

  private Process(ProcFs fs, int pid) {
    this.fs = fs;
    this.pid = pid;
    this.dir = pid + "/";
  }

  /**
   * The process with this pid, now. Reads its stat file to learn its start time.
   *
   * @throws NoSuchProcessException if no such process exists
   */
  public static Process of(int pid) {
    return of(ProcFs.system(), pid);
  }

  /** As {@link #of(int)}, on the given procfs. */
  public static Process of(ProcFs fs, int pid) {
    if (pid < 0) {
      throw new IllegalArgumentException("pid must be a positive number: " + pid);
    }
    Process p = new Process(fs, pid);
    try {
      p.stat();
    } catch (AccessDeniedException | ZombieProcessException e) {
      // psutil swallows these at construction: the process exists.
    } catch (NoSuchProcessException e) {
      throw new NoSuchProcessException(pid, null, "process not found");
    }
    return p;
  }

  /**
   * A handle on the pid that reads nothing until asked: its identity is fixed by the first
   * stat read. Table scans use it so that a query needing no per-process column opens no file.
   */
  public static Process lazy(ProcFs fs, int pid) {
    return new Process(fs, pid);
  }

  /** The current process. */
  public static Process self() {
    return of(Math.toIntExact(ProcessHandle.current().pid()));
  }

  public int pid() {
    return pid;
  }

  /** Starts a oneshot scope; use in try-with-resources. */
  public Oneshot oneshot() {
    oneshotDepth++;
    return new Oneshot(this);
  }

  void leaveOneshot() {
    if (--oneshotDepth == 0) {
      cachedStat = null;
      cachedStatus = null;
      cachedStatm = null;
    }
  }

  // ---- reading -----------------------------------------------------------------------------

  private byte[] readFile(String file) {
    try {
      return fs.read(dir + file);
    } catch (IOException e) {
      throw translate(e, file);
    }
  }

  private RuntimeException translate(IOException e, String what) {
    switch (Errno.of(e)) {
      case EACCES, EPERM:
        return new AccessDeniedException(pid, lastKnownName, "/proc/" + pid + "/" + what);
      case ESRCH, ENOENT:
        if (isZombieNow()) {
          return new ZombieProcessException(pid, lastKnownName);
        }
        if (!fs.exists(dir + "stat")) {
          return new NoSuchProcessException(pid, lastKnownName, "process no longer exists");
        }
        return new OsException("cannot read /proc/" + pid + "/" + what + ": " + e, e);
      default:
        return new OsException("cannot read /proc/" + pid + "/" + what + ": " + e, e);
    }
  }

  private boolean isZombieNow() {
    if (cachedStat != null) {
      // Inside oneshot the snapshot answers: the same view every other getter gives.
      return cachedStat.state() == 'Z';
    }
    try {
      byte[] b = fs.read(dir + "stat");
      return PidStat.parse(b).state() == 'Z';
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  private PidStat stat() {
    PidStat s = cachedStat;
    if (s != null) {
      return s;
    }
    byte[] b;
    try {
      b = fs.read(dir + "stat");
    } catch (IOException e) {
      Errno errno = Errno.of(e);
      if (errno == Errno.ENOENT || errno == Errno.ESRCH) {
        throw new NoSuchProcessException(pid, lastKnownName, "process no longer exists");
      }
      throw translate(e, "stat");
    }
    s = PidStat.parse(b);
    if (startTicks < 0) {
      startTicks = s.starttime();
    } else if (s.starttime() != startTicks) {
      throw new NoSuchProcessException(pid, lastKnownName,
          "pid was reused by another process");
    }
    lastKnownName = s.comm();
    if (oneshotDepth > 0) {
      cachedStat = s;
    }
    return s;
  }

  private PidStatus statusFile() {
    PidStatus s = cachedStatus;
    if (s == null) {
      s = PidStatus.parse(readFile("status"));
      if (oneshotDepth > 0) {
        cachedStatus = s;
      }
    }
    return s;
  }

  private PidStatm statmFile() {
    PidStatm s = cachedStatm;
    if (s == null) {
      s = PidStatm.parse(readFile("statm"));
      if (oneshotDepth > 0) {
        cachedStatm = s;
      }
    }
    return s;
  }

  // ---- stat group --------------------------------------------------------------------------

  /** The parent's pid, read afresh (a process is re-parented when its parent exits). */
  public int ppid() {
    return stat().ppid();
  }

  /**
   * The process name: the kernel's 15-byte comm, extended to the executable's base name from the
   * command line when the kernel truncated it (as psutil does).
   */
  public String name() {
    PidStat s = stat();
    String comm = s.comm();
    // Kernel threads have no command line to complete the name from; skip the read.
    if (comm.length() >= 15 && !s.isKernelThread()) {
      try {
        List<String> args = cmdline();
        if (!args.isEmpty()) {
          String first = args.get(0);
          String base = first.substring(first.lastIndexOf('/') + 1);
          if (base.startsWith(comm)) {
            return base;
          }
        }
      } catch (AccessDeniedException | ZombieProcessException e) {
        // keep the truncated name
      }
    }
    return comm;
  }

  /** The scheduler state (psutil's {@code status()}). */
  public ProcessStatus status() {
    return ProcessStatus.fromStatLetter(stat().state());
  }

  /** When the process started, to the clock tick. */
  public Instant createTime() {
    PidStat s = stat();
    long ticks = SystemConstants.clockTicks();
    long millis = fs.bootTimeSeconds() * 1000 + s.starttime() * 1000 / ticks;
    return Instant.ofEpochMilli(millis);
  }

  /** CPU times of the process and its reaped children, in seconds. */
  public CpuTimes cpuTimes() {
    PidStat s = stat();
    double t = SystemConstants.clockTicks();
    return new CpuTimes(s.utime() / t, s.stime() / t, s.cutime() / t, s.cstime() / t,
        s.blkioTicks() / t);
  }

  /** The CPU this process last ran on. */
  public int cpuNum() {
    return stat().processor();
  }

  /** Minor and major page faults. */
  public PageFaults pageFaults() {
    PidStat s = stat();
    return new PageFaults(s.minflt(), s.majflt());
  }

  /** The nice value (-20 .. 19). */
  public int nice() {
    return stat().nice();
  }

  /** Whether this is a kernel thread (PF_KTHREAD): no memory, exe, cmdline or environ. */
  public boolean isKernelThread() {
    return stat().isKernelThread();
  }

  // ---- status group ------------------------------------------------------------------------

  /** Real, effective and saved uid. */
  public Ids uids() {
    int[] u = statusFile().uids();
    return new Ids(u[0], u[1], u[2]);
  }

  /** Real, effective and saved gid. */
  public Ids gids() {
    int[] g = statusFile().gids();
    return new Ids(g[0], g[1], g[2]);
  }

  /** The name of the real uid's user, or the uid as text if the user database lacks it. */
  public String username() {
    return UserNames.of(statusFile().uids()[0]);
  }

  /** The thread count. */
  public int numThreads() {
    return statusFile().threads();
  }

  /** Voluntary and involuntary context switches. */
  public CtxSwitches numCtxSwitches() {
    PidStatus s = statusFile();
    if (s.voluntaryCtxtSwitches() < 0) {
      throw new OsException("this kernel does not report context switches");
    }
    return new CtxSwitches(s.voluntaryCtxtSwitches(), s.nonvoluntaryCtxtSwitches());
  }

  // ---- statm -------------------------------------------------------------------------------

  /** Resident and virtual memory, in bytes. */
  public MemoryInfo memoryInfo() {
    PidStatm m = statmFile();
    long page = SystemConstants.pageSize();
    return new MemoryInfo(m.resident() * page, m.size() * page, m.shared() * page,
        m.text() * page, 0, m.data() * page, 0);
  }

  // ---- uncached files ----------------------------------------------------------------------

  /**
   * The command line as the process presents it. Empty for kernel threads; a zombie raises
   * {@link ZombieProcessException}.
   */
  public List<String> cmdline() {
    byte[] b = readFile("cmdline");
    if (b.length == 0) {
      if (cachedStat != null && cachedStat.isKernelThread()) {
        return List.of();
      }
      if (isZombieNow()) {
        throw new ZombieProcessException(pid, lastKnownName);
      }
      return List.of();
    }
    return parseCmdline(b);
  }

  /**
   * psutil's rules: arguments are NUL-separated; a process that rewrote its title
   * (setproctitle) leaves no trailing NUL, or one NUL after a single space-joined string, and
   * then spaces separate the arguments.
   */
  static List<String> parseCmdline(byte[] b) {
    int len = b.length;
    boolean endsWithNul = b[len - 1] == 0;
    String text = new String(b, 0, endsWithNul ? len - 1 : len, StandardCharsets.UTF_8);
    if (!endsWithNul) {
      return splitOnSpaces(text.replace('\0', ' '));
    }
    String[] parts = text.split("\0", -1);
    if (parts.length == 1 && parts[0].indexOf(' ') >= 0) {
      return splitOnSpaces(parts[0]);
    }
    return Collections.unmodifiableList(Arrays.asList(parts));
  }

  private static List<String> splitOnSpaces(String text) {
    List<String> out = new ArrayList<>();
    for (String s : text.split(" ")) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The environment the process started with (or rewrote in place), in its own order. */
  public Map<String, String> environ() {
    byte[] b;
    try {
      b = fs.read(dir + "environ");
    } catch (IOException e) {
      // Kernel threads answer ESRCH on recent kernels; they have no environment, and are alive.
      if (Errno.of(e) == Errno.ESRCH && fs.exists(dir + "stat") && !isZombieNow()) {
        return Map.of();
      }
      throw translate(e, "environ");
    }
    Map<String, String> env = new LinkedHashMap<>();
    int start = 0;
    for (int i = 0; i <= b.length; i++) {
      if (i == b.length || b[i] == 0) {
        if (i > start) {
          String entry = new String(b, start, i - start, StandardCharsets.UTF_8);
          int eq = entry.indexOf('=');
          if (eq > 0) {
            env.put(entry.substring(0, eq), entry.substring(eq + 1));
          }
        }
        start = i + 1;
      }
    }
    return env;
  }

  /**
   * The executable's absolute path; "" for kernel threads. A path the kernel marks
   * " (deleted)" keeps the mark only when a file of that full name exists.
   */
  public String exe() {
    return link("exe", "");
  }

  /** The working directory; "/" stands for kernel threads as the kernel reports. */
  public String cwd() {
    return link("cwd", "");
  }

  private String link(String name, String whenAbsent) {
    String target;
    try {
      target = fs.readLink(dir + name);
    } catch (IOException e) {
      Errno errno = Errno.of(e);
      if ((errno == Errno.ENOENT || errno == Errno.ESRCH) && fs.exists(dir + "stat")) {
        if (isZombieNow()) {
          throw new ZombieProcessException(pid, lastKnownName);
        }
        return whenAbsent;
      }
      throw translate(e, name);
    }
    int nul = target.indexOf('\0');
    if (nul >= 0) {
      target = target.substring(0, nul);
    }
    if (target.endsWith(" (deleted)") && !new java.io.File(target).exists()) {
      target = target.substring(0, target.length() - " (deleted)".length());
    }
    return target;
  }

  /** The number of open file descriptors. */
  public int numFds() {
    try {
      java.nio.file.Path fd = fs.root().resolve(dir + "fd");
      try (var stream = java.nio.file.Files.newDirectoryStream(fd)) {
        int n = 0;
        for (var ignored : stream) {
          n++;
        }
        return n;
      }
    } catch (IOException e) {
      throw translate(e, "fd");
    }
  }

  /** Whether the process still runs under this identity (its pid not reused). */
  public boolean isRunning() {
    try {
      byte[] b = fs.read(dir + "stat");
      long ticks = PidStat.parse(b).starttime();
      return startTicks < 0 || ticks == startTicks;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Process other && other.pid == pid && other.startTicks == startTicks;
  }

  @Override
  public int hashCode() {
    return pid;
  }

  @Override
  public String toString() {
    return "Process(pid=" + pid + (lastKnownName == null ? "" : ", name='" + lastKnownName + "'")
        + ")";
  }
}
