package io.hostsql.os.windows;

import io.hostsql.os.Namespaces;
import io.hostsql.os.NotImplementedException;
import io.hostsql.os.OsException;
import io.hostsql.os.Process;
import io.hostsql.os.spi.ProcessBackend;
import io.hostsql.os.spi.Spawned;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * Windows' processes, as psutil lists them: one NtQuerySystemInformation(SystemProcessInformation)
 * call gives every pid with its parent, name, times, memory and threads, so the listing
 * answers those without opening any process. Spawning is not done on Windows yet.
 */
public final class WindowsProcesses implements ProcessBackend {
  private static final Set<String> LISTED = Set.of("ppid", "name", "create_time", "cpu_times",
      "num_threads", "memory_info", "status", "threads", "num_ctx_switches", "io_counters",
      "page_faults", "num_handles");

  private final ProcessCalls calls;
  private final LongSupplier physicalMemory;

  /**
   * Over these calls: the live ones, or recorded buffers replayed; without the machine's
   * memory, so memory_percent is not read.
   */
  public WindowsProcesses(ProcessCalls calls) {
    this(calls, () -> {
      throw new NotImplementedException("memory_percent needs the machine's physical memory");
    });
  }

  /**
   * Over these calls, with the machine's total physical memory (what memory_percent divides
   * by, as psutil divides by virtual_memory().total).
   */
  public WindowsProcesses(ProcessCalls calls, LongSupplier physicalMemory) {
    this.calls = calls;
    this.physicalMemory = physicalMemory;
  }

  /**
   * The listing, decoded; a failed call is an OsException, and what the decoder could not read
   * (see ProcessInfoBuffer) is left out.
   */
  static List<ProcessEntry> list(ProcessCalls calls) {
    Win32Buffer b = calls.systemProcessInformation();
    if (b.failed()) {
      throw new OsException("NtQuerySystemInformation(SystemProcessInformation) failed: "
          + b.error());
    }
    return ProcessInfoBuffer.decode(b.bytes(), b.base(), new ArrayList<>());
  }

  private TreeMap<Integer, ProcessEntry> byPid() {
    TreeMap<Integer, ProcessEntry> out = new TreeMap<>();
    for (ProcessEntry e : list(calls)) {
      out.putIfAbsent(e.pid(), e);
    }
    return out;
  }

  @Override
  public int[] pids() {
    return byPid().keySet().stream().mapToInt(Integer::intValue).toArray();
  }

  @Override
  public boolean pidExists(int pid) {
    return byPid().containsKey(pid);
  }

  @Override
  public int[] pidsPossiblyNamed(String name) {
    return byPid().values().stream().filter(e -> e.pid() == 0 || e.name() == null || name.equals(e.name()))
        .mapToInt(ProcessEntry::pid).toArray();
  }

  @Override
  public Process process(int pid) {
    return new Process(this, new WindowsProcess(calls, pid, physicalMemory));
  }

  @Override
  public List<Process> listing() {
    List<Process> out = new ArrayList<>();
    for (ProcessEntry e : byPid().values()) {
      out.add(new Process(this, WindowsProcess.seen(calls, e, physicalMemory)));
    }
    return out;
  }

  @Override
  public Set<String> listingAttributes() {
    return LISTED;
  }

  @Override
  public Spawned spawn(List<String> command, Map<String, String> environment, String cwd) {
    throw new OsException("starting processes is not done on Windows yet");
  }

  @Override
  public Namespaces namespaces(int pid) {
    throw new OsException("Windows has no namespaces");
  }
}
