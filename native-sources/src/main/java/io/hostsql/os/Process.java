package io.hostsql.os;

import io.hostsql.os.spi.ProcessBackend;
import io.hostsql.os.spi.ProcessReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One process, bound to its pid and its start time so that a reused pid is told apart from the
 * process it once named: psutil's {@code Process}, in Java idiom. What the OS answers comes from
 * the backend's {@link ProcessReader} (as psutil's Process asks {@code _psplatform.Process});
 * the contract is here: identity, oneshot, asMap, parents and children, the signals.
 *
 * <p>Getters read afresh on each call unless inside {@link #oneshot()}. Errors follow
 * psutil: a refused read is {@link AccessDeniedException}; a process that is gone is
 * {@link NoSuchProcessException}, or {@link ZombieProcessException} when only its zombie is left.
 * Instances are not thread-safe inside a oneshot scope.
 */
public class Process {
  private final ProcessBackend processes;
  private final ProcessReader reader;
  private final int pid;

  /**
   * For backends: the process that this reader reads, among these processes. Nothing is read
   * here.
   */
  public Process(ProcessBackend processes, ProcessReader reader) {
    this.processes = processes;
    this.reader = reader;
    this.pid = reader.pid();
  }

  /**
   * The process with this pid on the running machine, now. Reads what fixes its identity.
   *
   * @throws NoSuchProcessException if no such process exists
   */
  public static Process of(int pid) {
    return of(Platform.current().processes(), pid);
  }

  /** As {@link #of(int)}, among the given backend's processes. */
  public static Process of(ProcessBackend processes, int pid) {
    if (pid < 0) {
      throw new IllegalArgumentException("pid must be a positive number: " + pid);
    }
    Process p = processes.process(pid);
    p.reader.identify();
    return p;
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
    reader.enterOneshot();
    return new Oneshot(this);
  }

  void leaveOneshot() {
    reader.leaveOneshot();
  }

  /** Throws NoSuchProcessException when the pid is gone or names another process now. */
  void checkNotReused() {
    reader.checkNotReused();
  }

  // ---- scheduling and identity ------------------------------------------------------------------

  /** The parent's pid, read afresh (a process is re-parented when its parent exits). */
  public int ppid() {
    return reader.ppid();
  }

  /** The process group id (the job a shell put it in; kill -PGID signals them all). */
  public int pgid() {
    return reader.pgid();
  }

  /**
   * The process name: the kernel's 15-byte comm, extended to the executable's base name from the
   * command line when the kernel truncated it (as psutil does).
   */
  public String name() {
    return reader.name();
  }

  /** The scheduler state (psutil's {@code status()}). */
  public ProcessStatus status() {
    return reader.status();
  }

  /** When the process started, to the clock tick. */
  public Instant createTime() {
    return reader.createTime();
  }

  /** CPU times of the process and its reaped children, in seconds. */
  public CpuTimes cpuTimes() {
    return reader.cpuTimes();
  }

  /** The CPU this process last ran on. */
  public int cpuNum() {
    return reader.cpuNum();
  }

  /** Minor and major page faults. */
  public PageFaults pageFaults() {
    return reader.pageFaults();
  }

  /** The nice value (-20 .. 19). */
  public int nice() {
    return reader.nice();
  }

  /** Whether this is a kernel thread (PF_KTHREAD): no memory, exe, cmdline or environ. */
  public boolean isKernelThread() {
    return reader.isKernelThread();
  }

  // ---- credentials and threads ------------------------------------------------------------------

  /** Real, effective and saved uid. */
  public Ids uids() {
    return reader.uids();
  }

  /** Real, effective and saved gid. */
  public Ids gids() {
    return reader.gids();
  }

  /** The name of the real uid's user, or the uid as text if the user database lacks it. */
  public String username() {
    return reader.username();
  }

  /** The thread count. */
  public int numThreads() {
    return reader.numThreads();
  }

  /** Voluntary and involuntary context switches. */
  public CtxSwitches numCtxSwitches() {
    return reader.numCtxSwitches();
  }

  // ---- memory -----------------------------------------------------------------------------------

  /** Resident and virtual memory, in bytes. */
  public MemoryInfo memoryInfo() {
    return reader.memoryInfo();
  }

  // ---- command, environment, paths, descriptors -------------------------------------------------

  /**
   * The command line as the process presents it. Empty for kernel threads; a zombie raises
   * {@link ZombieProcessException}.
   */
  public List<String> cmdline() {
    return reader.cmdline();
  }

  /** The environment the process started with (or rewrote in place), in its own order. */
  public Map<String, String> environ() {
    return reader.environ();
  }

  /**
   * The executable's absolute path; "" for kernel threads. A path the kernel marks
   * " (deleted)" keeps the mark only when a file of that full name exists.
   */
  public String exe() {
    return reader.exe();
  }

  /** The working directory; "/" stands for kernel threads as the kernel reports. */
  public String cwd() {
    return reader.cwd();
  }

  /**
   * The root directory the process sees: "/" unless it was chrooted or lives in another mount
   * namespace (a container's processes show their own root).
   */
  public String root() {
    return reader.root();
  }

  /**
   * The control group the process belongs to: the cgroup v2 path ("0::" line) of
   * /proc/PID/cgroup, or on a v1-only system the path of the first hierarchy listed; "" for
   * none.
   */
  public String cgroup() {
    return reader.cgroup();
  }

  /**
   * Every descriptor the process has open, by number: the link target as the kernel gives it
   * (a path, "socket:[N]", "pipe:[N]", "anon_inode:[eventfd]"...). Unlike {@link #openFiles()}
   * nothing is left out; a descriptor closed while being read is.
   */
  public java.util.SortedMap<Integer, String> fds() {
    return reader.fds();
  }

  /**
   * The process's mappings as /proc/PID/maps lists them: addresses, offset, device and inode,
   * without smaps' sizes, so far cheaper than {@link #memoryMaps(boolean)}. Kernel threads have
   * none; a zombie raises {@link ZombieProcessException}.
   */
  public List<Mapping> mappings() {
    return reader.mappings();
  }

  /**
   * Whether the executable was deleted (or replaced) since the process started: the kernel
   * marks its link " (deleted)", which {@link #exe()} strips as psutil does.
   */
  public boolean exeDeleted() {
    return reader.exeDeleted();
  }

  /** The number of open file descriptors. */
  public int numFds() {
    return reader.numFds();
  }

  // ---- I/O, threads, memory detail --------------------------------------------------------------

  /** The controlling terminal's path, or null when it has none. */
  public String terminal() {
    return reader.terminal();
  }

  /** Read and write counters from /proc/PID/io (needs ptrace access: AccessDenied otherwise). */
  public IoCounters ioCounters() {
    return reader.ioCounters();
  }

  /** Every thread with its CPU times; threads that exit while being read are left out. */
  public List<ThreadTimes> threads() {
    return reader.threads();
  }

  /** psutil's num_handles (Windows only): the handles the process holds open. */
  public int numHandles() {
    return reader.numHandles();
  }

  /** memory_info plus peaks and the anon/file/shmem split of /proc/PID/status. */
  public MemoryInfoEx memoryInfoEx() {
    return reader.memoryInfoEx();
  }

  /**
   * uss, pss and swap: from smaps_rollup, or summed over smaps where the kernel lacks it or
   * refuses it (kernel threads answer ESRCH). A zombie's footprint is zero.
   */
  public MemoryFootprint memoryFootprint() {
    return reader.memoryFootprint();
  }

  /** psutil 5.9's memory_full_info: memory_info and memory_footprint together. */
  public MemoryFullInfo memoryFullInfo() {
    return reader.memoryFullInfo();
  }

  /**
   * A memory value as a percentage of physical memory.
   *
   * @param memtype a field of memory_info, memory_info_ex or memory_footprint ("rss", "uss"...)
   */
  public double memoryPercent(String memtype) {
    return reader.memoryPercent(memtype);
  }

  /**
   * The process's mappings from /proc/PID/smaps; grouped, one entry per path with the sizes
   * summed (in order of first appearance). Kernel threads have none; a zombie raises
   * {@link ZombieProcessException}.
   */
  public List<MemoryMap> memoryMaps(boolean grouped) {
    return reader.memoryMaps(grouped);
  }

  /**
   * Regular files the process has open, by descriptor number: path, offset and mode from
   * /proc/PID/fd and fdinfo. Descriptors closed while being read are skipped.
   */
  public List<OpenFile> openFiles() {
    return reader.openFiles();
  }

  /**
   * The process's sockets of the given kind, read from its own network namespace's tables
   * (/proc/PID/net), joined to its descriptors by inode.
   */
  public List<NetConnection> netConnections(ConnectionKind kind) {
    return reader.netConnections(kind);
  }

  /**
   * CPU use since the previous call on this object, in percent of one CPU (can exceed 100 on
   * several CPUs). The first call has nothing to compare with and returns 0.0.
   */
  public double cpuPercent() {
    return reader.cpuPercent();
  }

  /** CPU use over a blocking interval, in percent of one CPU. */
  public double cpuPercent(java.time.Duration interval) {
    return reader.cpuPercent(interval);
  }

  /** The CPUs the process may run on, ascending. */
  public int[] cpuAffinity() {
    return reader.cpuAffinity();
  }

  /**
   * Restricts the process to these CPUs; an empty array means every eligible CPU (from
   * Cpus_allowed_list of pid 1's cgroup view, as psutil does with its own status).
   */
  public void cpuAffinity(int[] cpus) {
    reader.cpuAffinity(cpus);
  }

  // ---- priorities and limits --------------------------------------------------------------------

  /** Sets the nice value (a lower value needs CAP_SYS_NICE). */
  public void nice(int value) {
    reader.nice(value);
  }

  /** The I/O scheduling class and level. */
  public IoNice ionice() {
    return reader.ionice();
  }

  /**
   * Sets the I/O class and level; NONE and IDLE take no level (0), RT and BE take 0..7.
   */
  public void ionice(IoPriorityClass ioClass, int value) {
    reader.ionice(ioClass, value);
  }

  /** A resource limit; {@link Limits#INFINITY} for unlimited. */
  public Limits rlimit(Rlimit resource) {
    return reader.rlimit(resource);
  }

  /** Sets a resource limit (raising the hard limit needs CAP_SYS_RESOURCE). */
  public void rlimit(Rlimit resource, Limits limits) {
    reader.rlimit(resource, limits);
  }

  // ---- signals and waiting ----------------------------------------------------------------------

  /** Sends a signal, after checking the pid still names this process. */
  public void sendSignal(int signal) {
    reader.sendSignal(signal);
  }

  /**
   * Waits for the process to end. For a child of this JVM started by {@link Popen}, returns its
   * exit code, or minus the signal that killed it; for any other process, null once it is gone.
   *
   * @param timeout how long to wait; null waits for ever
   * @throws TimeoutExpiredException when the timeout passes first
   */
  public Integer waitFor(java.time.Duration timeout) {
    return reader.waitFor(timeout);
  }

  /**
   * The exit code (or minus the signal) once {@link #waitFor} saw the process end, null
   * before that or when the process was not this JVM's child.
   */
  public Integer exitCode() {
    return reader.exitCode();
  }

  /** Whether the process still runs under this identity (its pid not reused). */
  public boolean isRunning() {
    return reader.isRunning();
  }

  // ---- family -----------------------------------------------------------------------------------

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
      Process parent = of(processes, ppid);
      return parent.createTime().isAfter(created) ? null : parent;
    } catch (NoSuchProcessException e) {
      return null;
    }
  }

  /**
   * Direct children, or all descendants when recursive, in pid order (breadth-first when
   * recursive). A child that started before this process is not kept: its parent's pid was
   * reused, so a reused pid never adopts strangers.
   */
  public List<Process> children(boolean recursive) {
    checkNotReused();
    Instant mine = createTime();
    Map<Integer, List<Process>> byParent = new java.util.HashMap<>();
    for (Process p : processes.listing()) {
      try {
        byParent.computeIfAbsent(p.ppid(), k -> new ArrayList<>()).add(p);
      } catch (ProcessException e) {
        // gone while listing, or not ours to read
      }
    }
    List<Process> out = new ArrayList<>();
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
    queue.add(pid);
    while (!queue.isEmpty()) {
      int parentPid = queue.poll();
      for (Process child : byParent.getOrDefault(parentPid, List.of())) {
        try {
          if (!seen.add(child.pid) || child.createTime().isBefore(mine)) {
            continue;
          }
          out.add(child);
          if (recursive) {
            queue.add(child.pid);
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

  // ---- everything at once -----------------------------------------------------------------------

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

  @Override
  public boolean equals(Object o) {
    return o instanceof Process other && other.pid == pid
        && other.reader.startStamp() == reader.startStamp();
  }

  @Override
  public int hashCode() {
    return pid;
  }

  @Override
  public String toString() {
    return "Process(pid=" + pid + (reader.lastKnownName() == null ? ""
        : ", name='" + reader.lastKnownName() + "'")
        + ")";
  }
}
