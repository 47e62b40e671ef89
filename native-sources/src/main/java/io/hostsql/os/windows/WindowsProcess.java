package io.hostsql.os.windows;

import io.hostsql.os.AccessDeniedException;
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
import io.hostsql.os.MemoryInfoEx;
import io.hostsql.os.MemoryMap;
import io.hostsql.os.NetConnection;
import io.hostsql.os.NoSuchProcessException;
import io.hostsql.os.OpenFile;
import io.hostsql.os.OsException;
import io.hostsql.os.PageFaults;
import io.hostsql.os.ProcessStatus;
import io.hostsql.os.Rlimit;
import io.hostsql.os.ThreadTimes;
import io.hostsql.os.spi.ProcessReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * One Windows process as psutil's {@code _pswindows.Process} reads it: the listing's fields
 * (ppid, name, times, memory, threads) from one SystemProcessInformation call, found by pid;
 * cmdline, environ, cwd and exe from its environment block, read with ReadProcessMemory; nice
 * (the priority class), cpu_affinity and username (the token's user) through a handle opened
 * with PROCESS_QUERY_LIMITED_INFORMATION, the least right, as psutil tries first. A process
 * that refuses to be opened (a protected one) raises AccessDeniedException for those,
 * which the tables turn into NULL; the listing's fields are still answered. Attributes not read
 * on Windows yet raise OsException (NULL in the tables).
 */
final class WindowsProcess implements ProcessReader {
  /** FILETIME of the Unix epoch: 100 ns units since 1601-01-01. */
  static final long UNIX_EPOCH_FILETIME = 116_444_736_000_000_000L;
  private static final double TICKS = 1e7;
  private static final int THREAD_WAITING = 5;
  private static final int WAIT_SUSPENDED = 5;
  private static final int ENVIRONMENT_LIMIT = 1 << 20;

  private final ProcessCalls calls;
  private final int pid;
  private long createTime = -1;
  private String lastKnownName;
  private int oneshotDepth;
  private ProcessEntry cachedEntry;
  private ProcessParameters cachedParams;

  WindowsProcess(ProcessCalls calls, int pid) {
    this.calls = calls;
    this.pid = pid;
  }

  /** A process already described by a listing: nothing more is read for its listed fields. */
  static WindowsProcess seen(ProcessCalls calls, ProcessEntry entry) {
    WindowsProcess p = new WindowsProcess(calls, entry.pid());
    p.createTime = entry.createTime();
    p.lastKnownName = entry.name();
    p.cachedEntry = entry;
    return p;
  }

  @Override
  public int pid() {
    return pid;
  }

  @Override
  public long startStamp() {
    return createTime;
  }

  @Override
  public String lastKnownName() {
    return lastKnownName;
  }

  @Override
  public void identify() {
    entry();
  }

  @Override
  public void checkNotReused() {
    ProcessEntry now = find();
    if (createTime != -1 && now.createTime() != createTime) {
      throw new NoSuchProcessException(pid, lastKnownName, "pid reused by another process");
    }
    createTime = now.createTime();
  }

  @Override
  public void enterOneshot() {
    oneshotDepth++;
  }

  @Override
  public void leaveOneshot() {
    if (--oneshotDepth == 0) {
      cachedEntry = null;
      cachedParams = null;
    }
  }

  // ---- the listing's fields --------------------------------------------------------------

  /** This process's listing entry: cached in oneshot (or as the listing gave it), else read. */
  private ProcessEntry entry() {
    ProcessEntry e = cachedEntry;
    if (e == null) {
      e = find();
      if (createTime != -1 && e.createTime() != createTime) {
        throw new NoSuchProcessException(pid, lastKnownName, "pid reused by another process");
      }
      createTime = e.createTime();
      lastKnownName = e.name();
      if (oneshotDepth > 0) {
        cachedEntry = e;
      }
    }
    return e;
  }

  private ProcessEntry find() {
    for (ProcessEntry e : WindowsProcesses.list(calls)) {
      if (e.pid() == pid) {
        return e;
      }
    }
    throw new NoSuchProcessException(pid, lastKnownName, "process not found");
  }

  @Override
  public int ppid() {
    return entry().ppid();
  }

  @Override
  public String name() {
    String name = entry().name();
    if (name == null) {
      throw new OsException("process " + pid + ": its name could not be decoded");
    }
    // psutil: pid 0 is "System Idle Process"; the listing leaves its name empty.
    return pid == 0 && name.isEmpty() ? "System Idle Process" : name;
  }

  /** psutil: "stopped" when every thread waits, suspended; else "running". */
  @Override
  public ProcessStatus status() {
    List<ProcessEntry.ThreadEntry> threads = entry().threads();
    boolean suspended = !threads.isEmpty() && threads.stream()
        .allMatch(t -> t.state() == THREAD_WAITING && t.waitReason() == WAIT_SUSPENDED);
    return suspended ? ProcessStatus.STOPPED : ProcessStatus.RUNNING;
  }

  @Override
  public Instant createTime() {
    long ft = entry().createTime();
    long sinceEpoch = ft - UNIX_EPOCH_FILETIME;
    return Instant.ofEpochSecond(Math.floorDiv(sinceEpoch, 10_000_000L),
        Math.floorMod(sinceEpoch, 10_000_000L) * 100);
  }

  @Override
  public CpuTimes cpuTimes() {
    ProcessEntry e = entry();
    return new CpuTimes(e.userTime() / TICKS, e.kernelTime() / TICKS, 0, 0, 0);
  }

  @Override
  public int numThreads() {
    return entry().numThreads();
  }

  /** psutil's num_handles: the listing's handle count. */
  @Override
  public int numHandles() {
    return entry().handleCount();
  }

  /** psutil's memory_info on Windows: rss is the working set, vms the pagefile usage. */
  @Override
  public MemoryInfo memoryInfo() {
    ProcessEntry e = entry();
    return new MemoryInfo(e.wset(), e.pagefile(), 0, 0, 0, 0, 0);
  }

  @Override
  public PageFaults pageFaults() {
    return new PageFaults(entry().pageFaults(), 0);
  }

  /** psutil: the threads' context switches, all counted as voluntary. */
  @Override
  public CtxSwitches numCtxSwitches() {
    long sum = 0;
    for (ProcessEntry.ThreadEntry t : entry().threads()) {
      sum += t.contextSwitches();
    }
    return new CtxSwitches(sum, 0);
  }

  /**
   * Read and write operations and bytes (psutil's read_bytes is ReadTransferCount: every byte
   * passed to ReadFile, which is what Linux counts as chars read, so both fields carry it).
   */
  @Override
  public IoCounters ioCounters() {
    ProcessEntry e = entry();
    return new IoCounters(e.readCount(), e.writeCount(), e.readBytes(), e.writeBytes(),
        e.readBytes(), e.writeBytes());
  }

  @Override
  public List<ThreadTimes> threads() {
    List<ThreadTimes> out = new ArrayList<>();
    for (ProcessEntry.ThreadEntry t : entry().threads()) {
      out.add(new ThreadTimes(t.tid(), t.userTime() / TICKS, t.kernelTime() / TICKS));
    }
    return out;
  }

  @Override
  public boolean isRunning() {
    try {
      checkNotReused();
      return true;
    } catch (NoSuchProcessException e) {
      return false;
    }
  }

  // ---- the environment block -------------------------------------------------------------

  private ProcessParameters params() {
    ProcessParameters p = cachedParams;
    if (p != null) {
      return p;
    }
    entry();
    Win32Buffer peb = calls.peb(pid);
    check(peb, "the environment block");
    List<String> problems = new ArrayList<>();
    long at = ProcessParameters.parametersAddress(peb.bytes(), PebLayout.NATIVE64, problems);
    if (at == 0) {
      throw new OsException("process " + pid + ": " + problems);
    }
    // The fixed part first; its MaximumLength says how far the block (with its strings) goes.
    Win32Buffer head = calls.memory(pid, at, 0x400);
    check(head, "the process parameters");
    int length = head.bytes().limit() >= 4 ? head.bytes().getInt(0) : 0;
    Win32Buffer block = length > 0x400 && length <= 0x10000 ? calls.memory(pid, at, length)
        : head;
    check(block, "the process parameters");
    p = ProcessParameters.decode(block.bytes(), at, PebLayout.NATIVE64, problems);
    if (p == null) {
      throw new OsException("process " + pid + ": " + problems);
    }
    if (oneshotDepth > 0) {
      cachedParams = p;
    }
    return p;
  }

  private String string(String inBlock, ProcessParameters.StringRef ref, String what) {
    if (inBlock != null) {
      return inBlock;
    }
    Win32Buffer b = calls.memory(pid, ref.address(), ref.lengthBytes());
    check(b, what);
    String s = CountedStrings.at(b.bytes(), ref.address(), ref.address(), ref.lengthBytes(),
        what, new ArrayList<>());
    if (s == null) {
      throw new OsException("process " + pid + ": " + what + " could not be decoded");
    }
    return s;
  }

  @Override
  public List<String> cmdline() {
    ProcessParameters p = params();
    return CommandLines.split(string(p.commandLine(), p.commandLineRef(), "command line"));
  }

  @Override
  public String cwd() {
    ProcessParameters p = params();
    return ProcessParameters.trimCwd(string(p.cwd(), p.cwdRef(), "current directory"));
  }

  @Override
  public String exe() {
    String image = params().imagePath();
    if (image == null) {
      throw new OsException("process " + pid + ": image path not in the parameters block");
    }
    return image;
  }

  /**
   * The environment block, as long as the parameters say (EnvironmentSize) or, where they do
   * not, read in growing pieces until its terminator, at most 1 MiB.
   */
  @Override
  public Map<String, String> environ() {
    ProcessParameters p = params();
    long size = p.environmentSize();
    if (size <= 0 || size > ENVIRONMENT_LIMIT) {
      size = 4096;
    }
    while (true) {
      Win32Buffer b = calls.memory(pid, p.environment(), (int) size);
      check(b, "the environment");
      List<String> problems = new ArrayList<>();
      Map<String, String> env = EnvironmentBlock.parse(b.bytes(), problems);
      if (problems.isEmpty() || size >= ENVIRONMENT_LIMIT) {
        return env;
      }
      size = Math.min(ENVIRONMENT_LIMIT, size * 4);
    }
  }

  private void check(Win32Buffer b, String what) {
    if (!b.failed()) {
      return;
    }
    if (b.error() == Win32Buffer.ACCESS_DENIED) {
      throw new AccessDeniedException(pid, lastKnownName, what);
    }
    if (b.error() == ProcessCalls.INVALID_PARAMETER) {
      throw new NoSuchProcessException(pid, lastKnownName, "process not found");
    }
    throw new OsException("process " + pid + ": reading " + what + " failed with Win32 error "
        + b.error());
  }

  // ---- not read on Windows yet -----------------------------------------------------------

  private static OsException notYet(String what) {
    return Calls.notYet(what);
  }

  @Override
  public int pgid() {
    throw new OsException("Windows has no process groups");
  }

  @Override
  public int cpuNum() {
    throw notYet("cpu_num");
  }

  /** psutil's nice on Windows: the priority class (NORMAL_PRIORITY_CLASS is 32). */
  @Override
  public int nice() {
    entry();
    Win32Buffer b = calls.priorityClass(pid);
    check(b, "the priority class");
    if (b.bytes().limit() < 4) {
      throw new OsException("process " + pid + ": a short priority class");
    }
    return b.bytes().getInt(0);
  }

  @Override
  public boolean isKernelThread() {
    return pid == 0 || pid == 4;
  }

  @Override
  public Ids uids() {
    throw new OsException("Windows has no uids");
  }

  @Override
  public Ids gids() {
    throw new OsException("Windows has no gids");
  }

  /** The account of the token's user, DOMAIN\name as psutil gives it. */
  @Override
  public String username() {
    entry();
    Win32Buffer b = calls.tokenUser(pid);
    check(b, "the token");
    List<String> problems = new ArrayList<>();
    byte[] sid = Sids.tokenUser(b.bytes(), b.base(), problems);
    if (sid == null) {
      throw new OsException("process " + pid + ": " + problems);
    }
    String account = calls.account(sid);
    if (account == null) {
      // psutil falls back to the SID's text when no account has it
      return Sids.text(sid, problems);
    }
    return account;
  }

  @Override
  public String root() {
    throw new OsException("Windows has no per-process root");
  }

  @Override
  public String cgroup() {
    throw new OsException("Windows has no cgroups");
  }

  @Override
  public SortedMap<Integer, String> fds() {
    throw new OsException("Windows has no file descriptors");
  }

  @Override
  public List<Mapping> mappings() {
    throw notYet("mappings");
  }

  @Override
  public boolean exeDeleted() {
    return false;
  }

  @Override
  public int numFds() {
    throw new OsException("Windows has no file descriptors (num_handles instead)");
  }

  @Override
  public String terminal() {
    throw new OsException("Windows has no controlling terminal");
  }

  @Override
  public MemoryInfoEx memoryInfoEx() {
    throw notYet("memory_info_ex");
  }

  @Override
  public MemoryFootprint memoryFootprint() {
    throw notYet("memory_footprint");
  }

  @Override
  public MemoryFullInfo memoryFullInfo() {
    throw notYet("memory_full_info");
  }

  @Override
  public double memoryPercent(String memtype) {
    throw notYet("memory_percent");
  }

  @Override
  public List<MemoryMap> memoryMaps(boolean grouped) {
    throw notYet("memory_maps");
  }

  @Override
  public List<OpenFile> openFiles() {
    throw notYet("open_files");
  }

  @Override
  public List<NetConnection> netConnections(ConnectionKind kind) {
    throw notYet("per-process connections");
  }

  @Override
  public double cpuPercent() {
    throw notYet("cpu_percent");
  }

  @Override
  public double cpuPercent(Duration interval) {
    throw notYet("cpu_percent");
  }

  /** The CPUs set in the process's affinity mask, ascending. */
  @Override
  public int[] cpuAffinity() {
    entry();
    Win32Buffer b = calls.affinityMask(pid);
    check(b, "the affinity mask");
    if (b.bytes().limit() < 8) {
      throw new OsException("process " + pid + ": a short affinity mask");
    }
    long mask = b.bytes().getLong(0);
    return java.util.stream.IntStream.range(0, 64).filter(i -> (mask >>> i & 1) != 0).toArray();
  }

  @Override
  public void cpuAffinity(int[] cpus) {
    throw notYet("setting cpu_affinity");
  }

  @Override
  public void nice(int value) {
    throw notYet("setting the priority class");
  }

  @Override
  public IoNice ionice() {
    throw notYet("ionice");
  }

  @Override
  public void ionice(IoPriorityClass ioClass, int value) {
    throw notYet("setting ionice");
  }

  @Override
  public Limits rlimit(Rlimit resource) {
    throw new OsException("Windows has no rlimits");
  }

  @Override
  public void rlimit(Rlimit resource, Limits limits) {
    throw new OsException("Windows has no rlimits");
  }

  @Override
  public void sendSignal(int signal) {
    throw notYet("signals (TerminateProcess)");
  }

  @Override
  public Integer waitFor(Duration timeout) {
    throw notYet("wait");
  }

  @Override
  public Integer exitCode() {
    return null;
  }
}
