package io.hostsql.os.linux;

import io.hostsql.os.AccessDeniedException;
import io.hostsql.os.AddressFamily;
import io.hostsql.os.ConnectionKind;
import io.hostsql.os.CpuTimes;
import io.hostsql.os.CtxSwitches;
import io.hostsql.os.Ids;
import io.hostsql.os.IoCounters;
import io.hostsql.os.IoNice;
import io.hostsql.os.IoPriorityClass;
import io.hostsql.os.Limits;
import io.hostsql.os.Mapping;
import io.hostsql.os.MemoryFootprint;
import io.hostsql.os.MemoryFullInfo;
import io.hostsql.os.MemoryInfo;
import io.hostsql.os.LinuxMemoryInfoEx;
import io.hostsql.os.MemoryMap;
import io.hostsql.os.NetConnection;
import io.hostsql.os.NoSuchProcessException;
import io.hostsql.os.OpenFile;
import io.hostsql.os.OsException;
import io.hostsql.os.PageFaults;
import io.hostsql.os.Popen;
import io.hostsql.os.ProcessStatus;
import io.hostsql.os.Rlimit;
import io.hostsql.os.SocketType;
import io.hostsql.os.ThreadTimes;
import io.hostsql.os.TimeoutExpiredException;
import io.hostsql.os.ZombieProcessException;
import io.hostsql.os.spi.ProcessReader;
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
 * One Linux process as /proc and the process system calls tell it: what {@link Process}
 * delegates to, as psutil's Process delegates to {@code _pslinux.Process}. Keeps the start
 * time read with the first stat and refuses to answer for a pid that now names another
 * process; caches stat, status, statm and the fd links inside a oneshot scope.
 */
final class LinuxProcess implements ProcessReader {
  private final ProcFs fs;
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

  LinuxProcess(ProcFs fs, int pid) {
    this.fs = fs;
    this.pid = pid;
    this.dir = pid + "/";
  }

  /**
   * A process whose ppid and name a kernel walk has already told ({@link LinuxProcesses#listing}):
   * they are answered without reading stat, as of that walk. Nothing is read here.
   *
   * @param name the name, or null where it must be read (it may be longer than the comm)
   */
  static LinuxProcess seen(ProcFs fs, int pid, int ppid, String name) {
    LinuxProcess p = new LinuxProcess(fs, pid);
    p.seenPpid = ppid;
    p.seenName = name;
    p.lastKnownName = name;
    return p;
  }

  @Override
  public int pid() {
    return pid;
  }

  @Override
  public long startStamp() {
    return startTicks;
  }

  @Override
  public String lastKnownName() {
    return lastKnownName;
  }

  /** Reads stat, which fixes the identity; access refused or a zombie still exists. */
  @Override
  public void identify() {
    try {
      stat();
    } catch (AccessDeniedException | ZombieProcessException e) {
      // psutil swallows these at construction: the process exists.
    } catch (NoSuchProcessException e) {
      throw new NoSuchProcessException(pid, null, "process not found");
    }
  }

  @Override
  public void enterOneshot() {
    oneshotDepth++;
  }

  @Override
  public void leaveOneshot() {
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

  @Override
  public int ppid() {
    return seenPpid >= 0 ? seenPpid : stat().ppid();
  }

  @Override
  public int pgid() {
    return stat().pgrp();
  }

  @Override
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

  @Override
  public ProcessStatus status() {
    return StatLetters.status(stat().state());
  }

  @Override
  public Instant createTime() {
    PidStat s = stat();
    long ticks = SystemConstants.clockTicks();
    long millis = fs.bootTimeSeconds() * 1000 + s.starttime() * 1000 / ticks;
    return Instant.ofEpochMilli(millis);
  }

  @Override
  public CpuTimes cpuTimes() {
    PidStat s = stat();
    double t = SystemConstants.clockTicks();
    return new CpuTimes(s.utime() / t, s.stime() / t, s.cutime() / t, s.cstime() / t,
        s.blkioTicks() / t);
  }

  @Override
  public int cpuNum() {
    return stat().processor();
  }

  @Override
  public PageFaults pageFaults() {
    PidStat s = stat();
    return new PageFaults(s.minflt(), s.majflt());
  }

  @Override
  public int nice() {
    return stat().nice();
  }

  @Override
  public boolean isKernelThread() {
    return stat().isKernelThread();
  }

  // ---- status group ------------------------------------------------------------------------

  @Override
  public Ids uids() {
    int[] u = statusFile().uids();
    return new Ids(u[0], u[1], u[2]);
  }

  @Override
  public Ids gids() {
    int[] g = statusFile().gids();
    return new Ids(g[0], g[1], g[2]);
  }

  @Override
  public String username() {
    return UserNames.of(statusFile().uids()[0]);
  }

  @Override
  public int numThreads() {
    return statusFile().threads();
  }

  @Override
  public CtxSwitches numCtxSwitches() {
    PidStatus s = statusFile();
    if (s.voluntaryCtxtSwitches() < 0) {
      throw new OsException("this kernel does not report context switches");
    }
    return new CtxSwitches(s.voluntaryCtxtSwitches(), s.nonvoluntaryCtxtSwitches());
  }

  // ---- statm -------------------------------------------------------------------------------

  @Override
  public MemoryInfo memoryInfo() {
    PidStatm m = statmFile();
    long page = SystemConstants.pageSize();
    return new MemoryInfo(m.resident() * page, m.size() * page, m.shared() * page,
        m.text() * page, 0, m.data() * page, 0);
  }

  // ---- uncached files ----------------------------------------------------------------------

  @Override
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

  @Override
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

  @Override
  public String exe() {
    return link("exe", "");
  }

  @Override
  public String cwd() {
    return link("cwd", "");
  }

  @Override
  public String root() {
    return link("root", "");
  }

  @Override
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

  @Override
  public java.util.SortedMap<Integer, String> fds() {
    return Collections.unmodifiableSortedMap(fdLinks());
  }

  @Override
  public List<Mapping> mappings() {
    byte[] b = readFile("maps");
    if (b.length == 0 && isZombieNow()) {
      throw new ZombieProcessException(pid, lastKnownName);
    }
    return io.hostsql.os.linux.PidMaps.parse(b);
  }

  @Override
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

  @Override
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

  @Override
  public String terminal() {
    return Terminals.of(stat().ttyNr());
  }

  @Override
  public IoCounters ioCounters() {
    byte[] b = readSeqFile("io");
    try {
      return PidIo.parse(b);
    } catch (IllegalStateException e) {
      throw new OsException(fs.root() + "/" + pid + "/io is empty", e);
    }
  }

  @Override
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

  @Override
  public LinuxMemoryInfoEx memoryInfoEx() {
    MemoryInfo m = memoryInfo();
    PidStatus s = statusFile();
    return new LinuxMemoryInfoEx(m.rss(), m.vms(), m.shared(), m.text(), m.data(), s.vmHwm(),
        s.vmPeak(), s.rssAnon(), s.rssFile(), s.rssShmem(), s.vmSwap(), s.hugetlbPages());
  }

  private static final boolean HAS_SMAPS_ROLLUP =
      new java.io.File("/proc/self/smaps_rollup").exists();

  @Override
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

  @Override
  public MemoryFullInfo memoryFullInfo() {
    return new MemoryFullInfo(memoryInfo(), memoryFootprint());
  }

  @Override
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

  @Override
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

  @Override
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

  @Override
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

  @Override
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

  @Override
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

  @Override
  public int[] cpuAffinity() {
    try {
      return Syscalls.getAffinity(pid);
    } catch (SyscallException e) {
      throw translate(e, "sched_getaffinity");
    }
  }

  @Override
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

  @Override
  public void nice(int value) {
    checkNotReused();
    try {
      Syscalls.setNice(pid, value);
    } catch (SyscallException e) {
      throw translate(e, "setpriority");
    }
  }

  @Override
  public IoNice ionice() {
    try {
      int prio = Syscalls.ioprioGet(pid);
      return new IoNice(ioClass(prio >> 13), prio & 0x1fff);
    } catch (SyscallException e) {
      throw translate(e, "ioprio_get");
    }
  }

  /** The class of ioprio_get's number (IOPRIO_CLASS_*, the enum's order); NONE if unknown. */
  private static IoPriorityClass ioClass(int code) {
    IoPriorityClass[] all = IoPriorityClass.values();
    // Only the kernel's four classes: the enum goes on with Windows' I/O priority hints.
    return code >= 0 && code <= IoPriorityClass.IDLE.ordinal() ? all[code] : IoPriorityClass.NONE;
  }

  @Override
  public void ionice(IoPriorityClass ioClass, int value) {
    if (ioClass.ordinal() > IoPriorityClass.IDLE.ordinal()) {
      throw new IllegalArgumentException(ioClass + " is a Windows I/O priority");
    }
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

  @Override
  public Limits rlimit(Rlimit resource) {
    return rlimitCall(resource, null);
  }

  @Override
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

  // ---- signals and waiting -----------------------------------------------------------------

  @Override
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

  private Integer exitCode;
  private boolean exited;

  @Override
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

  @Override
  public Integer exitCode() {
    return exitCode;
  }

  /** Throws NoSuchProcessException when the pid is gone or names another process now. */
  @Override
  public void checkNotReused() {
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

  @Override
  public boolean isRunning() {
    try {
      byte[] b = fs.read(dir + "stat");
      long ticks = PidStat.parse(b).starttime();
      return startTicks < 0 || ticks == startTicks;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}
