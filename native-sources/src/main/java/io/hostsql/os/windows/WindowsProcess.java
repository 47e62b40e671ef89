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
import io.hostsql.os.WindowsMemoryInfoEx;
import io.hostsql.os.spi.ProcessReader;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.LongSupplier;

/**
 * One Windows process as psutil's {@code _pswindows.Process} reads it: the listing's fields
 * (ppid, name, times, memory, threads) from one SystemProcessInformation call, found by pid;
 * cmdline, environ, cwd and exe from its environment block, read with ReadProcessMemory; nice
 * (the priority class), cpu_affinity and username (the token's user) through a handle opened
 * with PROCESS_QUERY_LIMITED_INFORMATION, the least right, as psutil tries first; so are
 * ionice, num_handles and memory_info_ex (which also needs PROCESS_VM_READ); memory_maps from
 * VirtualQueryEx and GetMappedFileNameW; open_files from the system handle table, each of the
 * process's handles duplicated and, when a file on a disk, asked its name.
 *
 * <p>psutil's AccessDenied rules: a process that refuses to be opened (a protected one) raises
 * AccessDeniedException for what only a full handle gives (environ, cwd, username, memory_maps,
 * open_files...), which the tables turn into NULL; what the listing also carries is still
 * answered from it, as psutil falls back to it: cpu times, create_time, memory
 * (memory_info_ex too), num_handles, num_threads, io counters; exe and cmdline are asked again
 * the ways that need no more than the least right (SystemProcessIdInformation,
 * ProcessCommandLineInformation), as psutil does. Attributes not read on Windows yet raise
 * OsException (NULL in the tables).
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
  private final LongSupplier physicalMemory;
  private long createTime = -1;
  private String lastKnownName;
  private int oneshotDepth;
  private ProcessEntry cachedEntry;
  private ProcessParameters cachedParams;
  private DosPaths dosPaths;

  WindowsProcess(ProcessCalls calls, int pid, LongSupplier physicalMemory) {
    this.calls = calls;
    this.pid = pid;
    this.physicalMemory = physicalMemory;
  }

  /** A process already described by a listing: nothing more is read for its listed fields. */
  static WindowsProcess seen(ProcessCalls calls, ProcessEntry entry,
      LongSupplier physicalMemory) {
    WindowsProcess p = new WindowsProcess(calls, entry.pid(), physicalMemory);
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

  /**
   * From the environment block; a process that refuses it (a protected one) is asked with
   * the least right, ProcessCommandLineInformation, as psutil falls back.
   */
  @Override
  public List<String> cmdline() {
    ProcessParameters p;
    try {
      p = params();
    } catch (AccessDeniedException e) {
      Win32Buffer b = calls.commandLine(pid);
      if (b.failed() && b.error() != Win32Buffer.ACCESS_DENIED) {
        throw e;
      }
      check(b, "the command line");
      return CommandLines.split(decoded(ObjectNames.at(b.bytes(), b.base(), 0, "command line",
          new ArrayList<>()), "command line"));
    }
    return CommandLines.split(string(p.commandLine(), p.commandLineRef(), "command line"));
  }

  private String decoded(String s, String what) {
    if (s == null) {
      throw new OsException("process " + pid + ": " + what + " could not be decoded");
    }
    return s;
  }

  @Override
  public String cwd() {
    if (pid == 0 || pid == 4) {
      // psutil: the Idle and System processes have no user-mode directory to read.
      throw new AccessDeniedException(pid, lastKnownName, "cwd");
    }
    ProcessParameters p = params();
    return ProcessParameters.trimCwd(string(p.cwd(), p.cwdRef(), "current directory"));
  }

  /**
   * From the environment block; a process that refuses it is named by
   * SystemProcessIdInformation, which needs no handle (psutil's source for exe), its device
   * path turned into a drive letter's.
   */
  @Override
  public String exe() {
    if (pid == 0) {
      throw new AccessDeniedException(pid, lastKnownName, "exe");
    }
    String image;
    try {
      image = params().imagePath();
    } catch (AccessDeniedException e) {
      Win32Buffer b = calls.imageName(pid);
      if (b.failed() && b.error() != Win32Buffer.ACCESS_DENIED) {
        throw e;
      }
      check(b, "the image name");
      return dosPaths().convert(decoded(ObjectNames.at(b.bytes(), b.base(), 8, "image name",
          new ArrayList<>()), "image name"));
    }
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
      if (pid == 0) {
        // OpenProcess refuses pid 0 this way although it is listed: psutil's AccessDenied.
        throw new AccessDeniedException(pid, lastKnownName, what);
      }
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
    if (pid == 0 || pid == 4) {
      // psutil answers these two without asking: their tokens are the system's.
      return "NT AUTHORITY\\SYSTEM";
    }
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

  /**
   * GetProcessMemoryInfo's counters with the listing's virtual sizes; a process that refuses
   * the handle answers from the listing alone, which carries the same counters (psutil's
   * fallback).
   */
  @Override
  public MemoryInfoEx memoryInfoEx() {
    ProcessEntry e = entry();
    Win32Buffer b = calls.memoryCounters(pid);
    if (b.failed() && b.error() == Win32Buffer.ACCESS_DENIED) {
      return memoryInfoEx(e, new MemoryCounters(e.pageFaults(), e.peakWset(), e.wset(),
          e.peakPagedPool(), e.pagedPool(), e.peakNonPagedPool(), e.nonPagedPool(),
          e.pagefile(), e.peakPagefile(), e.privateBytes()));
    }
    check(b, "the memory counters");
    List<String> problems = new ArrayList<>();
    MemoryCounters c = ProcessCounterBuffers.memoryCounters(b.bytes(), problems);
    if (c == null) {
      throw new OsException("process " + pid + ": " + problems);
    }
    return memoryInfoEx(e, c);
  }

  private static WindowsMemoryInfoEx memoryInfoEx(ProcessEntry e, MemoryCounters c) {
    // Where the call filled only PROCESS_MEMORY_COUNTERS, the listing's PrivatePageCount is
    // the same counter.
    long privateUsage = c.privateUsage() >= 0 ? c.privateUsage() : e.privateBytes();
    return new WindowsMemoryInfoEx(c.wset(), privateUsage, c.peakWset(), c.peakPagefile(),
        e.vms(), e.peakVms(), c.pagedPool(), c.nonPagedPool(), c.peakPagedPool(),
        c.peakNonPagedPool(), c.pageFaults(), c.pagefile(), c.peakPagefile(), privateUsage);
  }

  /** GetProcessHandleCount; the listing's HandleCount when the process refuses (psutil). */
  @Override
  public int numHandles() {
    ProcessEntry e = entry();
    Win32Buffer b = calls.handleCount(pid);
    if (b.failed() && b.error() == Win32Buffer.ACCESS_DENIED) {
      return e.handleCount();
    }
    check(b, "the handle count");
    List<String> problems = new ArrayList<>();
    Long n = ProcessCounterBuffers.dword(b.bytes(), "handle count", problems);
    if (n == null) {
      throw new OsException("process " + pid + ": " + problems);
    }
    return (int) Math.min(n, Integer.MAX_VALUE);
  }

  @Override
  public MemoryFootprint memoryFootprint() {
    throw notYet("memory_footprint");
  }

  @Override
  public MemoryFullInfo memoryFullInfo() {
    throw notYet("memory_full_info");
  }

  /**
   * psutil's memory_percent on Windows: a memory_info or memory_info_ex field over the total
   * physical memory; uss and the other footprint fields are not read on Windows yet.
   */
  @Override
  public double memoryPercent(String memtype) {
    long value = switch (memtype) {
      case "rss" -> memoryInfo().rss();
      case "vms" -> memoryInfo().vms();
      case "peak_rss" -> memoryInfoEx().peakRss();
      case "peak_vms" -> memoryInfoEx().peakVms();
      case "uss", "pss", "swap" -> throw notYet("memory_full_info");
      default -> throw new IllegalArgumentException("memtype '" + memtype
          + "' is not a field of Windows' memory_info or memory_info_ex");
    };
    long total = physicalMemory.getAsLong();
    return total <= 0 ? 0.0 : value * 100.0 / total;
  }

  /**
   * psutil's memory_maps on Windows: each region that maps a file, its path in drive-letter
   * form, "rss" the region's size (psutil's choice: Windows gives no resident count per
   * region), perms psutil's letters; grouped, one entry per path with the sizes summed. The
   * address is "start-end" in hex, as on Linux; the smaps-only fields are 0.
   */
  @Override
  public List<MemoryMap> memoryMaps(boolean grouped) {
    entry();
    Win32Buffer b = calls.memoryRegions(pid);
    check(b, "the address space");
    DosPaths paths = dosPaths();
    List<MemoryMap> maps = new ArrayList<>();
    for (MemoryRegion r : MemoryRegions.decode(b.bytes(), new ArrayList<>())) {
      if (r.path() == null) {
        continue;
      }
      maps.add(new MemoryMap(Long.toHexString(r.base()) + "-"
          + Long.toHexString(r.base() + r.size()), MemoryRegions.perms(r.protect()),
          paths.convert(r.path()), r.size(), r.size(), 0, 0, 0, 0, 0, 0, 0, 0, false));
    }
    if (!grouped) {
      return maps;
    }
    Map<String, long[]> sums = new LinkedHashMap<>();
    for (MemoryMap m : maps) {
      long[] s = sums.computeIfAbsent(m.path(), k -> new long[2]);
      s[0] += m.rss();
      s[1] += m.size();
    }
    List<MemoryMap> out = new ArrayList<>();
    sums.forEach((path, s) -> out.add(new MemoryMap(null, null, path, s[0], s[1], 0, 0, 0, 0,
        0, 0, 0, 0, false)));
    return out;
  }

  /**
   * psutil's open_files on Windows: the process's handles from the system handle table, each
   * that names a file on a disk (not a directory, not a pipe), in drive-letter form, once
   * each; fd is -1 and position, mode and flags are not known (-1, null, -1). A handle whose
   * name query hung, or that was closed meanwhile, is left out. The System and Idle processes
   * have none (psutil).
   */
  @Override
  public List<OpenFile> openFiles() {
    entry();
    if (pid == 0 || pid == 4) {
      return List.of();
    }
    Win32Buffer table = calls.handleTable();
    if (table.failed()) {
      throw new OsException("NtQuerySystemInformation(SystemExtendedHandleInformation) failed: "
          + table.error());
    }
    Set<String> files = new LinkedHashSet<>();
    for (HandleEntry h : HandleTable.decode(table.bytes(), pid, new ArrayList<>())) {
      Win32Buffer name = calls.fileName(pid, h.handle());
      if (name.failed()) {
        if (name.error() == Win32Buffer.ACCESS_DENIED
            || name.error() == ProcessCalls.INVALID_PARAMETER) {
          check(name, "its handles");
        }
        continue;
      }
      String path = ObjectNames.name(name.bytes(), name.base(), "handle " + h.handle(),
          new ArrayList<>());
      if (path != null && !path.isEmpty()) {
        files.add(dosPaths().convert(path));
      }
    }
    List<OpenFile> out = new ArrayList<>();
    for (String f : files) {
      out.add(new OpenFile(f, -1, -1, null, -1, false));
    }
    return out;
  }

  /** The drives' devices, asked once per reader (QueryDosDeviceW for A: to Z:). */
  private DosPaths dosPaths() {
    if (dosPaths == null) {
      Map<String, ByteBuffer> devices = new LinkedHashMap<>();
      for (char d = 'A'; d <= 'Z'; d++) {
        Win32Buffer b = calls.dosDevice(d + ":");
        if (!b.failed()) {
          devices.put(d + ":", b.bytes());
        }
      }
      dosPaths = DosPaths.of(devices, new ArrayList<>());
    }
    return dosPaths;
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

  /** psutil's ionice on Windows: the I/O priority hint as a class; Windows has no level (0). */
  @Override
  public IoNice ionice() {
    entry();
    Win32Buffer b = calls.ioPriority(pid);
    check(b, "the I/O priority");
    List<String> problems = new ArrayList<>();
    IoPriorityClass c = ProcessCounterBuffers.ioPriority(b.bytes(), problems);
    if (c == null) {
      throw new OsException("process " + pid + ": " + problems);
    }
    return new IoNice(c, 0);
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
