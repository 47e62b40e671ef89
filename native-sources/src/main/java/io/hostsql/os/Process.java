package io.hostsql.os;

import io.hostsql.os.linux.CpuList;
import io.hostsql.os.linux.DeletedMark;
import io.hostsql.os.linux.Errno;
import io.hostsql.os.linux.MemInfo;
import io.hostsql.os.linux.PidIo;
import io.hostsql.os.linux.PidSmaps;
import io.hostsql.os.linux.PidStat;
import io.hostsql.os.linux.PidStatm;
import io.hostsql.os.linux.PidStatus;
import io.hostsql.os.linux.ProcFs;
import io.hostsql.os.linux.ProcNet;
import io.hostsql.os.linux.ProcNetFiles;
import io.hostsql.os.linux.RlimitNumbers;
import io.hostsql.os.linux.StatLetters;
import io.hostsql.os.linux.SyscallException;
import io.hostsql.os.linux.Syscalls;
import io.hostsql.os.linux.SystemConstants;
import io.hostsql.os.linux.Terminals;
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
public class Process {
  final ProcFs fs;
  private final int pid;
  private final String dir;
  /** Start time in clock ticks after boot: with the pid, the identity. -1 until first read. */
  private long startTicks = -1;
  private String lastKnownName;
  /** The parent's pid as a kernel walk saw it, answering ppid() without stat; -1 if none. */
  private int seenPpid = -1;
  /** The name as a kernel walk saw it, where it is final; null if none. */
  private String seenName;

  private int oneshotDepth;
  private PidStat cachedStat;
  private PidStatus cachedStatus;
  private PidStatm cachedStatm;
  private java.util.SortedMap<Integer, String> cachedFdLinks;

  Process(ProcFs fs, int pid) {
    this.fs = fs;
    this.pid = pid;
    this.dir = pid + "/";
  }

  /**
   * A process whose ppid and name a kernel walk has already told ({@link Processes#snapshot}):
   * they are answered without reading stat, as of that walk. Nothing is read here.
   *
   * @param name the name, or null where it must be read (it may be longer than the comm)
   */
  static Process seen(ProcFs fs, int pid, int ppid, String name) {
    Process p = new Process(fs, pid);
    p.seenPpid = ppid;
    p.seenName = name;
    p.lastKnownName = name;
    return p;
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
      cachedFdLinks = null;
    }
  }

  /**
   * Descriptor number to link target (a path, "socket:[N]", "pipe:[N]"...), in fd order;
   * descriptors closed while being read are left out. Cached in oneshot: num_fds, open_files
   * and net_connections all start from it.
   */
  private java.util.SortedMap<Integer, String> fdLinks() {
    java.util.SortedMap<Integer, String> links = cachedFdLinks;
    if (links != null) {
      return links;
    }
    List<String> fds;
    try {
      fds = fs.listChecked(dir + "fd");
    } catch (IOException e) {
      throw translate(e, "fd");
    }
    links = new java.util.TreeMap<>();
    for (String fd : fds) {
      try {
        links.put(Integer.parseInt(fd), fs.readLink(dir + "fd/" + fd));
      } catch (IOException e) {
        Errno errno = Errno.of(e);
        if (errno == Errno.EACCES || errno == Errno.EPERM) {
          throw translate(e, "fd/" + fd);
        }
        // closed meanwhile, or a name too long to resolve: not listed
      }
    }
    if (oneshotDepth > 0) {
      cachedFdLinks = links;
    }
    return links;
  }

  // ---- reading -----------------------------------------------------------------------------

  private byte[] readFile(String file) {
    try {
      return fs.read(dir + file);
    } catch (IOException e) {
      throw translate(e, file);
    }
  }

  private byte[] readSeqFile(String file) {
    try {
      return fs.readSeqFile(pid, file);
    } catch (IOException e) {
      throw translate(e, file);
    }
  }

  private RuntimeException translate(IOException e, String what) {
    switch (Errno.of(e)) {
      case EACCES, EPERM:
        return new AccessDeniedException(pid, lastKnownName, fs.root() + "/" + pid + "/" + what);
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
      b = fs.readSeqFile(pid, "stat");
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
      s = PidStatus.parse(readSeqFile("status"));
      if (oneshotDepth > 0) {
        cachedStatus = s;
      }
    }
    return s;
  }

  private PidStatm statmFile() {
    PidStatm s = cachedStatm;
    if (s == null) {
      s = PidStatm.parse(readSeqFile("statm"));
      if (oneshotDepth > 0) {
        cachedStatm = s;
      }
    }
    return s;
  }

  // ---- stat group --------------------------------------------------------------------------

  /** The parent's pid, read afresh (a process is re-parented when its parent exits). */
  public int ppid() {
    return seenPpid >= 0 ? seenPpid : stat().ppid();
  }

  /** The process group id (the job a shell put it in; kill -PGID signals them all). */
  public int pgid() {
    return stat().pgrp();
  }

  /**
   * The process name: the kernel's 15-byte comm, extended to the executable's base name from the
   * command line when the kernel truncated it (as psutil does).
   */
  public String name() {
    if (seenName != null) {
      return seenName;
    }
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
    return StatLetters.status(stat().state());
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
    int eq = -1;
    for (int i = 0; i <= b.length; i++) {
      if (i == b.length || b[i] == 0) {
        // '=' is one byte in UTF-8 and no other character's bytes contain it, so splitting
        // the bytes there is splitting the decoded entry at its first '='.
        if (eq > start) {
          env.put(new String(b, start, eq - start, StandardCharsets.UTF_8),
              new String(b, eq + 1, i - eq - 1, StandardCharsets.UTF_8));
        }
        start = i + 1;
        eq = -1;
      } else if (eq < 0 && b[i] == '=') {
        eq = i;
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

  /**
   * The root directory the process sees: "/" unless it was chrooted or lives in another mount
   * namespace (a container's processes show their own root).
   */
  public String root() {
    return link("root", "");
  }

  /**
   * The control group the process belongs to: the cgroup v2 path ("0::" line) of
   * /proc/PID/cgroup, or on a v1-only system the path of the first hierarchy listed; "" for
   * none.
   */
  public String cgroup() {
    String text = new String(readFile("cgroup"), StandardCharsets.UTF_8);
    String first = null;
    for (String line : text.split("\n")) {
      int second = line.indexOf(':', line.indexOf(':') + 1);
      if (second < 0) {
        continue;
      }
      if (line.startsWith("0::")) {
        return line.substring(second + 1);
      }
      if (first == null) {
        first = line.substring(second + 1);
      }
    }
    return first == null ? "" : first;
  }

  /**
   * Every descriptor the process has open, by number: the link target as the kernel gives it
   * (a path, "socket:[N]", "pipe:[N]", "anon_inode:[eventfd]"...). Unlike {@link #openFiles()}
   * nothing is left out; a descriptor closed while being read is.
   */
  public java.util.SortedMap<Integer, String> fds() {
    return Collections.unmodifiableSortedMap(fdLinks());
  }

  /**
   * The process's mappings as /proc/PID/maps lists them: addresses, offset, device and inode,
   * without smaps' sizes, so far cheaper than {@link #memoryMaps(boolean)}. Kernel threads have
   * none; a zombie raises {@link ZombieProcessException}.
   */
  public List<Mapping> mappings() {
    byte[] b = readFile("maps");
    if (b.length == 0 && isZombieNow()) {
      throw new ZombieProcessException(pid, lastKnownName);
    }
    return io.hostsql.os.linux.PidMaps.parse(b);
  }

  /**
   * Whether the executable was deleted (or replaced) since the process started: the kernel
   * marks its link " (deleted)", which {@link #exe()} strips as psutil does.
   */
  public boolean exeDeleted() {
    return DeletedMark.isDeleted(rawLink("exe", ""));
  }

  private String link(String name, String whenAbsent) {
    return DeletedMark.strip(rawLink(name, whenAbsent));
  }

  /** The link's target with the kernel's marks, NUL-cut; {@code whenAbsent} if it has none. */
  private String rawLink(String name, String whenAbsent) {
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
    return nul >= 0 ? target.substring(0, nul) : target;
  }

  /** The number of open file descriptors. */
  public int numFds() {
    if (cachedFdLinks != null) {
      return cachedFdLinks.size();
    }
    try {
      return fs.listChecked(dir + "fd").size();
    } catch (IOException e) {
      throw translate(e, "fd");
    }
  }

  // ---- more files --------------------------------------------------------------------------

  /** The controlling terminal's path, or null when it has none. */
  public String terminal() {
    return Terminals.of(stat().ttyNr());
  }

  /** Read and write counters from /proc/PID/io (needs ptrace access: AccessDenied otherwise). */
  public IoCounters ioCounters() {
    byte[] b = readSeqFile("io");
    try {
      return PidIo.parse(b);
    } catch (IllegalStateException e) {
      throw new OsException(fs.root() + "/" + pid + "/io is empty", e);
    }
  }

  /** Every thread with its CPU times; threads that exit while being read are left out. */
  public List<ThreadTimes> threads() {
    List<String> tids;
    try {
      tids = fs.listChecked(dir + "task");
    } catch (IOException e) {
      throw translate(e, "task");
    }
    double ticks = SystemConstants.clockTicks();
    List<ThreadTimes> out = new ArrayList<>(tids.size());
    java.util.Collections.sort(tids, java.util.Comparator.comparingInt(Integer::parseInt));
    for (String tid : tids) {
      try {
        PidStat t = PidStat.parse(fs.read(dir + "task/" + tid + "/stat"));
        out.add(new ThreadTimes(Integer.parseInt(tid), t.utime() / ticks, t.stime() / ticks));
      } catch (IOException e) {
        Errno errno = Errno.of(e);
        if (errno != Errno.ENOENT && errno != Errno.ESRCH) {
          throw translate(e, "task/" + tid + "/stat");
        }
      }
    }
    if (!fs.exists(dir + "stat")) {
      throw new NoSuchProcessException(pid, lastKnownName, "process no longer exists");
    }
    return out;
  }

  /** memory_info plus peaks and the anon/file/shmem split of /proc/PID/status. */
  public MemoryInfoEx memoryInfoEx() {
    MemoryInfo m = memoryInfo();
    PidStatus s = statusFile();
    return new MemoryInfoEx(m.rss(), m.vms(), m.shared(), m.text(), m.data(), s.vmHwm(),
        s.vmPeak(), s.rssAnon(), s.rssFile(), s.rssShmem(), s.vmSwap(), s.hugetlbPages());
  }

  private static final boolean HAS_SMAPS_ROLLUP =
      new java.io.File("/proc/self/smaps_rollup").exists();

  /**
   * uss, pss and swap: from smaps_rollup, or summed over smaps where the kernel lacks it or
   * refuses it (kernel threads answer ESRCH). A zombie's footprint is zero.
   */
  public MemoryFootprint memoryFootprint() {
    if (HAS_SMAPS_ROLLUP) {
      try {
        return PidSmaps.footprint(fs.read(dir + "smaps_rollup"));
      } catch (IOException e) {
        Errno errno = Errno.of(e);
        if (errno != Errno.ESRCH && errno != Errno.ENOENT) {
          throw translate(e, "smaps_rollup");
        }
      }
    }
    try {
      return PidSmaps.footprint(fs.read(dir + "smaps"));
    } catch (IOException e) {
      if (isZombieNow()) {
        return new MemoryFootprint(0, 0, 0);
      }
      throw translate(e, "smaps");
    }
  }

  /** psutil 5.9's memory_full_info: memory_info and memory_footprint together. */
  public MemoryFullInfo memoryFullInfo() {
    return new MemoryFullInfo(memoryInfo(), memoryFootprint());
  }

  /**
   * A memory value as a percentage of physical memory.
   *
   * @param memtype a field of memory_info, memory_info_ex or memory_footprint ("rss", "uss"...)
   */
  public double memoryPercent(String memtype) {
    long value = switch (memtype) {
      case "rss" -> memoryInfo().rss();
      case "vms" -> memoryInfo().vms();
      case "shared" -> memoryInfo().shared();
      case "text" -> memoryInfo().text();
      case "data" -> memoryInfo().data();
      case "lib", "dirty" -> 0;
      case "peak_rss" -> memoryInfoEx().peakRss();
      case "peak_vms" -> memoryInfoEx().peakVms();
      case "rss_anon" -> memoryInfoEx().rssAnon();
      case "rss_file" -> memoryInfoEx().rssFile();
      case "rss_shmem" -> memoryInfoEx().rssShmem();
      case "hugetlb" -> memoryInfoEx().hugetlb();
      case "uss" -> memoryFootprint().uss();
      case "pss" -> memoryFootprint().pss();
      case "swap" -> memoryFootprint().swap();
      default -> throw new IllegalArgumentException("memtype '" + memtype
          + "' is not a field of memory_info, memory_info_ex or memory_footprint");
    };
    long total = totalMemory(fs);
    return total <= 0 ? 0.0 : value * 100.0 / total;
  }

  private static volatile long totalMemory = -1;

  private static long totalMemory(ProcFs fs) {
    long t = totalMemory;
    if (t < 0) {
      try {
        t = MemInfo.parse(fs.read("meminfo")).getOrDefault("MemTotal", 0L);
      } catch (IOException e) {
        throw new OsException("cannot read /proc/meminfo: " + e, e);
      }
      totalMemory = t;
    }
    return t;
  }

  /**
   * The process's mappings from /proc/PID/smaps; grouped, one entry per path with the sizes
   * summed (in order of first appearance). Kernel threads have none; a zombie raises
   * {@link ZombieProcessException}.
   */
  public List<MemoryMap> memoryMaps(boolean grouped) {
    byte[] b = readFile("smaps");
    if (b.length == 0) {
      if (isZombieNow()) {
        throw new ZombieProcessException(pid, lastKnownName);
      }
      return List.of();
    }
    return grouped ? PidSmaps.parseGrouped(b) : PidSmaps.parseMaps(b);
  }

  /**
   * Regular files the process has open, by descriptor number: path, offset and mode from
   * /proc/PID/fd and fdinfo. Descriptors closed while being read are skipped.
   */
  public List<OpenFile> openFiles() {
    List<OpenFile> out = new ArrayList<>();
    for (Map.Entry<Integer, String> link : fdLinks().entrySet()) {
      String fd = Integer.toString(link.getKey());
      String target = link.getValue();
      try {
        if (!target.startsWith("/") || !fs.isRegularFile(dir + "fd/" + fd)) {
          continue;
        }
      } catch (IOException e) {
        Errno errno = Errno.of(e);
        if (errno == Errno.EACCES || errno == Errno.EPERM) {
          throw translate(e, "fd/" + fd);
        }
        continue; // closed meanwhile
      }
      DeletedMark.Target file = DeletedMark.split(target);
      long pos = 0;
      int flags = 0;
      try {
        String info = fs.readString(dir + "fdinfo/" + fd);
        for (String line : info.split("\n")) {
          if (line.startsWith("pos:")) {
            pos = Long.parseLong(line.substring(4).trim());
          } else if (line.startsWith("flags:")) {
            flags = Integer.parseInt(line.substring(6).trim(), 8);
          }
        }
      } catch (IOException e) {
        continue; // closed between the link and its info
      }
      out.add(new OpenFile(file.path(), Integer.parseInt(fd), pos, fileMode(flags), flags,
          file.deleted()));
    }
    if (!fs.exists(dir + "stat")) {
      throw new NoSuchProcessException(pid, lastKnownName, "process no longer exists");
    }
    return out;
  }

  /** psutil's mode string from open(2) flags: access mode plus O_APPEND. */
  static String fileMode(int flags) {
    boolean append = (flags & 02000) != 0;
    return switch (flags & 3) {
      case 0 -> "r";
      case 1 -> append ? "a" : "w";
      default -> append ? "a+" : "r+";
    };
  }

  /**
   * The process's sockets of the given kind, read from its own network namespace's tables
   * (/proc/PID/net), joined to its descriptors by inode.
   */
  public List<NetConnection> netConnections(ConnectionKind kind) {
    Map<Long, Integer> inodes = socketInodes();
    if (inodes.isEmpty()) {
      return List.of();
    }
    List<NetConnection> out = new ArrayList<>();
    for (String file : new String[] {"tcp", "tcp6", "udp", "udp6", "unix"}) {
      if (!ProcNetFiles.of(kind).contains(file)) {
        continue;
      }
      byte[] table;
      try {
        table = fs.read(dir + "net/" + file);
      } catch (IOException e) {
        if (Errno.of(e) == Errno.ENOENT && fs.exists(dir + "stat")) {
          continue; // no IPv6 in this kernel
        }
        throw translate(e, "net/" + file);
      }
      List<ProcNet.Entry> entries = file.equals("unix") ? ProcNet.parseUnix(table)
          : ProcNet.parseInet(table, file.endsWith("6") ? AddressFamily.INET6
              : AddressFamily.INET, file.startsWith("tcp") ? SocketType.STREAM
              : SocketType.DGRAM);
      for (ProcNet.Entry e : entries) {
        Integer fd = inodes.get(e.inode());
        if (fd != null && kind.includes(e.family(), e.type())) {
          out.add(new NetConnection(fd, e.family(), e.type(), e.laddr(), e.raddr(), e.status(),
              pid, e.inode()));
        }
      }
    }
    return out;
  }

  /** Socket inode to descriptor number, from the socket:[N] links in /proc/PID/fd. */
  Map<Long, Integer> socketInodes() {
    Map<Long, Integer> inodes = new java.util.HashMap<>();
    for (Map.Entry<Integer, String> link : fdLinks().entrySet()) {
      String target = link.getValue();
      if (target.startsWith("socket:[")) {
        inodes.put(Long.parseLong(target.substring(8, target.length() - 1)), link.getKey());
      }
    }
    return inodes;
  }

  // ---- CPU ---------------------------------------------------------------------------------

  private long lastCpuTicks = -1;
  private long lastCpuNanos;

  /**
   * CPU use since the previous call on this object, in percent of one CPU (can exceed 100 on
   * several CPUs). The first call has nothing to compare with and returns 0.0.
   */
  public double cpuPercent() {
    PidStat s = stat();
    long now = System.nanoTime();
    long ticks = s.utime() + s.stime();
    double result = 0.0;
    if (lastCpuTicks >= 0 && now > lastCpuNanos) {
      double cpuSeconds = (ticks - lastCpuTicks) / (double) SystemConstants.clockTicks();
      double wallSeconds = (now - lastCpuNanos) / 1e9;
      result = Math.round(cpuSeconds / wallSeconds * 1000.0) / 10.0;
    }
    lastCpuTicks = ticks;
    lastCpuNanos = now;
    return result;
  }

  /** CPU use over a blocking interval, in percent of one CPU. */
  public double cpuPercent(java.time.Duration interval) {
    cpuPercentBaseline();
    try {
      Thread.sleep(interval.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return cpuPercent();
  }

  private void cpuPercentBaseline() {
    PidStat s = stat();
    lastCpuTicks = s.utime() + s.stime();
    lastCpuNanos = System.nanoTime();
  }

  /** The CPUs the process may run on, ascending. */
  public int[] cpuAffinity() {
    try {
      return Syscalls.getAffinity(pid);
    } catch (SyscallException e) {
      throw translate(e, "sched_getaffinity");
    }
  }

  /**
   * Restricts the process to these CPUs; an empty array means every eligible CPU (from
   * Cpus_allowed_list of pid 1's cgroup view, as psutil does with its own status).
   */
  public void cpuAffinity(int[] cpus) {
    checkNotReused();
    int[] target = cpus.length == 0 ? eligibleCpus() : cpus;
    try {
      Syscalls.setAffinity(pid, target);
    } catch (SyscallException e) {
      if (e.isInvalid()) {
        throw new IllegalArgumentException("invalid or ineligible CPU in "
            + java.util.Arrays.toString(cpus));
      }
      throw translate(e, "sched_setaffinity");
    }
  }

  private int[] eligibleCpus() {
    try {
      String list = PidStatus.parse(fs.read("self/status")).cpusAllowedList();
      return CpuList.parse(list);
    } catch (IOException e) {
      throw new OsException("cannot read /proc/self/status: " + e, e);
    }
  }

  // ---- priorities and limits -----------------------------------------------------------------

  /** Sets the nice value (a lower value needs CAP_SYS_NICE). */
  public void nice(int value) {
    checkNotReused();
    try {
      Syscalls.setNice(pid, value);
    } catch (SyscallException e) {
      throw translate(e, "setpriority");
    }
  }

  /** The I/O scheduling class and level. */
  public IoNice ionice() {
    try {
      int prio = Syscalls.ioprioGet(pid);
      return new IoNice(IoPriorityClass.of(prio >> 13), prio & 0x1fff);
    } catch (SyscallException e) {
      throw translate(e, "ioprio_get");
    }
  }

  /**
   * Sets the I/O class and level; NONE and IDLE take no level (0), RT and BE take 0..7.
   */
  public void ionice(IoPriorityClass ioClass, int value) {
    if ((ioClass == IoPriorityClass.NONE || ioClass == IoPriorityClass.IDLE) && value != 0) {
      throw new IllegalArgumentException(ioClass + " takes no value");
    }
    if (value < 0 || value > 7) {
      throw new IllegalArgumentException("ionice value must be 0..7, got " + value);
    }
    checkNotReused();
    try {
      Syscalls.ioprioSet(pid, (ioClass.code() << 13) | value);
    } catch (SyscallException e) {
      throw translate(e, "ioprio_set");
    }
  }

  /** A resource limit; {@link Limits#INFINITY} for unlimited. */
  public Limits rlimit(Rlimit resource) {
    return rlimitCall(resource, null);
  }

  /** Sets a resource limit (raising the hard limit needs CAP_SYS_RESOURCE). */
  public void rlimit(Rlimit resource, Limits limits) {
    checkNotReused();
    rlimitCall(resource, new long[] {limits.soft(), limits.hard()});
  }

  private Limits rlimitCall(Rlimit resource, long[] newLimit) {
    if (pid == 0) {
      throw new IllegalArgumentException("can't use prlimit() against PID 0");
    }
    try {
      // RLIM_INFINITY is all ones: as a signed 64-bit value, exactly -1.
      long[] old = Syscalls.prlimit(pid, RlimitNumbers.of(resource), newLimit);
      return new Limits(old[0], old[1]);
    } catch (SyscallException e) {
      if (e.isInvalid()) {
        throw new IllegalArgumentException("invalid limits for " + resource);
      }
      throw translate(e, "prlimit");
    }
  }

  // ---- family ------------------------------------------------------------------------------

  /**
   * The parent process, or null for the root of the tree, when the parent is gone, or when
   * the pid now names a process younger than this one (the real parent is gone).
   */
  public Process parent() {
    int ppid = ppid();
    if (ppid <= 0) {
      return null;
    }
    Instant created = createTime();
    try {
      Process parent = Process.of(fs, ppid);
      return parent.createTime().isAfter(created) ? null : parent;
    } catch (NoSuchProcessException e) {
      return null;
    }
  }

  /** The chain of parents, nearest first, up to the root. */
  public List<Process> parents() {
    List<Process> out = new ArrayList<>();
    Process p = parent();
    while (p != null && out.size() < 4096) {
      out.add(p);
      p = p.parent();
    }
    return out;
  }

  /**
   * Direct children, or all descendants when recursive, in pid order (breadth-first when
   * recursive). A child younger than its parent's pid entry is only kept if it started after
   * this process, so a reused pid never adopts strangers.
   */
  public List<Process> children(boolean recursive) {
    checkNotReused();
    Map<Integer, List<Integer>> byParent = new java.util.HashMap<>();
    Map<Integer, Long> startOf = new java.util.HashMap<>();
    for (int p : fs.pids()) {
      try {
        PidStat s = PidStat.parse(fs.read(p + "/stat"));
        byParent.computeIfAbsent(s.ppid(), k -> new ArrayList<>()).add(p);
        startOf.put(p, s.starttime());
      } catch (IOException | IllegalArgumentException e) {
        // gone while listing
      }
    }
    List<Process> out = new ArrayList<>();
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
    queue.add(pid);
    long myStart = startTicks;
    while (!queue.isEmpty()) {
      int parentPid = queue.poll();
      for (int child : byParent.getOrDefault(parentPid, List.of())) {
        if (!seen.add(child) || startOf.get(child) < myStart) {
          continue;
        }
        try {
          out.add(Process.of(fs, child));
          if (recursive) {
            queue.add(child);
          }
        } catch (NoSuchProcessException e) {
          // exited meanwhile
        }
      }
      if (!recursive) {
        break;
      }
    }
    return out;
  }

  // ---- signals and waiting -----------------------------------------------------------------

  /** Sends a signal, after checking the pid still names this process. */
  public void sendSignal(int signal) {
    if (pid == 0) {
      throw new IllegalArgumentException("refusing to signal pid 0 (the whole process group)");
    }
    checkNotReused();
    try {
      Syscalls.kill(pid, signal);
    } catch (SyscallException e) {
      throw translate(e, "kill");
    }
  }

  /** SIGSTOP. */
  public void suspend() {
    sendSignal(Signals.SIGSTOP);
  }

  /** SIGCONT. */
  public void resume() {
    sendSignal(Signals.SIGCONT);
  }

  /** SIGTERM. */
  public void terminate() {
    sendSignal(Signals.SIGTERM);
  }

  /** SIGKILL. */
  public void kill() {
    sendSignal(Signals.SIGKILL);
  }

  private Integer exitCode;
  private boolean exited;

  /**
   * Waits for the process to end. For a child of this JVM started by {@link Popen}, returns its
   * exit code, or minus the signal that killed it; for any other process, null once it is gone.
   *
   * @param timeout how long to wait; null waits for ever
   * @throws TimeoutExpiredException when the timeout passes first
   */
  public Integer waitFor(java.time.Duration timeout) {
    if (exited) {
      return exitCode;
    }
    long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
    int pidfd = -1;
    try {
      pidfd = Syscalls.pidfdOpen(pid);
    } catch (SyscallException e) {
      if (!e.isNoSuchProcess() && !e.isUnsupported() && !e.isPermission()) {
        throw translate(e, "pidfd_open");
      }
    }
    try {
      if (pidfd >= 0) {
        while (true) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            throw new TimeoutExpiredException(pid, lastKnownName, timeout);
          }
          int slice = (int) Math.min(left / 1_000_000 + 1, 1000);
          if (Syscalls.pollReadable(pidfd, slice)) {
            break;
          }
        }
      } else {
        pollUntilGone(deadline, timeout);
      }
    } finally {
      if (pidfd >= 0) {
        Syscalls.close(pidfd);
      }
    }
    exitCode = reapIfChild();
    exited = true;
    return exitCode;
  }

  private void pollUntilGone(long deadline, java.time.Duration timeout) {
    long sleepMicros = 100;
    while (isRunning() && !isZombieNow()) {
      if (System.nanoTime() >= deadline) {
        throw new TimeoutExpiredException(pid, lastKnownName, timeout);
      }
      java.util.concurrent.locks.LockSupport.parkNanos(sleepMicros * 1000);
      sleepMicros = Math.min(sleepMicros * 2, 40_000);
    }
  }

  /**
   * Children started by {@link Popen}: the only ones whose status we take. The JDK reaps the
   * children of ProcessBuilder on its own thread; taking their status would leave
   * java.lang.Process.waitFor() without it.
   */
  static final java.util.Set<Integer> SPAWNED =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** The decoded wait status when the process is our Popen child, null otherwise. */
  Integer reapIfChild() {
    if (!SPAWNED.remove(pid)) {
      return null;
    }
    try {
      int status = Syscalls.waitpid(pid, false);
      int termsig = status & 0x7f;
      return termsig == 0 ? (status >> 8) & 0xff : -termsig;
    } catch (SyscallException e) {
      if (e.isNotChild()) {
        return null;
      }
      throw translate(e, "waitpid");
    }
  }

  /**
   * The exit code (or minus the signal) once {@link #waitFor} saw the process end, null
   * before that or when the process was not this JVM's child.
   */
  public Integer exitCode() {
    return exitCode;
  }

  /** Throws NoSuchProcessException when the pid is gone or names another process now. */
  void checkNotReused() {
    byte[] b;
    try {
      b = fs.read(dir + "stat");
    } catch (IOException e) {
      throw new NoSuchProcessException(pid, lastKnownName, "process no longer exists");
    }
    long ticks = PidStat.parse(b).starttime();
    if (startTicks >= 0 && ticks != startTicks) {
      throw new NoSuchProcessException(pid, lastKnownName, "pid was reused by another process");
    }
    startTicks = ticks;
  }

  private RuntimeException translate(SyscallException e, String what) {
    if (e.isPermission()) {
      return new AccessDeniedException(pid, lastKnownName, what);
    }
    if (e.isNoSuchProcess()) {
      if (isZombieNow()) {
        return new ZombieProcessException(pid, lastKnownName);
      }
      return new NoSuchProcessException(pid, lastKnownName, "process no longer exists");
    }
    return e;
  }

  // ---- everything at once ------------------------------------------------------------------

  /** psutil's attribute names, in the order {@link #asMap} reports them. */
  public static final List<String> ATTRIBUTES = List.of("cmdline", "cpu_affinity", "cpu_num",
      "cpu_percent", "cpu_times", "create_time", "cwd", "environ", "exe", "gids", "io_counters",
      "ionice", "memory_footprint", "memory_info", "memory_info_ex", "memory_maps",
      "memory_percent", "name", "net_connections", "nice", "num_ctx_switches", "num_fds",
      "num_threads", "open_files", "page_faults", "pid", "ppid", "status", "terminal",
      "threads", "uids", "username");

  /**
   * Several attributes in one oneshot pass, keyed by psutil's names. A value the OS refuses
   * (or a zombie cannot give) becomes {@code adValue}; a vanished process raises
   * {@link NoSuchProcessException}.
   *
   * @param attrs names from {@link #ATTRIBUTES}; null or empty for all
   */
  public Map<String, Object> asMap(java.util.Collection<String> attrs, Object adValue) {
    java.util.Collection<String> names = attrs == null || attrs.isEmpty() ? ATTRIBUTES : attrs;
    Map<String, Object> out = new java.util.TreeMap<>();
    try (Oneshot ignored = oneshot()) {
      for (String name : names) {
        try {
          out.put(name, attribute(name));
        } catch (AccessDeniedException | ZombieProcessException e) {
          out.put(name, adValue);
        }
      }
    }
    return out;
  }

  private Object attribute(String name) {
    return switch (name) {
      case "cmdline" -> cmdline();
      case "cpu_affinity" -> cpuAffinity();
      case "cpu_num" -> cpuNum();
      case "cpu_percent" -> cpuPercent();
      case "cpu_times" -> cpuTimes();
      case "create_time" -> createTime();
      case "cwd" -> cwd();
      case "environ" -> environ();
      case "exe" -> exe();
      case "gids" -> gids();
      case "io_counters" -> ioCounters();
      case "ionice" -> ionice();
      case "memory_footprint" -> memoryFootprint();
      case "memory_info" -> memoryInfo();
      case "memory_info_ex" -> memoryInfoEx();
      case "memory_maps" -> memoryMaps(true);
      case "memory_percent" -> memoryPercent("rss");
      case "name" -> name();
      case "net_connections" -> netConnections(ConnectionKind.INET);
      case "nice" -> nice();
      case "num_ctx_switches" -> numCtxSwitches();
      case "num_fds" -> numFds();
      case "num_threads" -> numThreads();
      case "open_files" -> openFiles();
      case "page_faults" -> pageFaults();
      case "pid" -> pid;
      case "ppid" -> ppid();
      case "status" -> status();
      case "terminal" -> terminal();
      case "threads" -> threads();
      case "uids" -> uids();
      case "username" -> username();
      default -> throw new IllegalArgumentException("unknown attribute '" + name + "'");
    };
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
