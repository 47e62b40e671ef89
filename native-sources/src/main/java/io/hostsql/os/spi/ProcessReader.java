package io.hostsql.os.spi;

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
import io.hostsql.os.OpenFile;
import io.hostsql.os.PageFaults;
import io.hostsql.os.ProcessStatus;
import io.hostsql.os.Rlimit;
import io.hostsql.os.ThreadTimes;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One process as a backend reads it: what {@link io.hostsql.os.Process} delegates to, as
 * psutil's Process delegates to {@code _psplatform.Process}. Each reader method answers as the
 * Process method of the same name, for the process this reader was made for, and raises the same
 * exceptions (NoSuchProcessException once the pid names another process). Not thread-safe
 * inside a oneshot scope.
 */
public interface ProcessReader {
  /** The pid it reads. */
  int pid();

  /**
   * The start time in the backend's own unit once read (with the pid, the identity), or -1
   * before anything was read. Reads nothing.
   */
  long startStamp();

  /** The name as last read, or null; reads nothing (for messages). */
  String lastKnownName();

  /**
   * Reads what fixes the identity, now.
   *
   * @throws io.hostsql.os.NoSuchProcessException when no such process exists (a process that
   *     refuses the read, or a zombie, exists)
   */
  void identify();

  /**
   * Throws NoSuchProcessException when the pid is gone or names another process now; binds
   * the identity when it was not yet read.
   */
  void checkNotReused();

  /** Enters a oneshot scope: until the outermost scope is left, each source is read once. */
  void enterOneshot();

  /** Leaves a oneshot scope; the outermost one drops what was cached. */
  void leaveOneshot();

  int ppid();

  int pgid();

  String name();

  ProcessStatus status();

  Instant createTime();

  CpuTimes cpuTimes();

  int cpuNum();

  PageFaults pageFaults();

  int nice();

  boolean isKernelThread();

  Ids uids();

  Ids gids();

  String username();

  int numThreads();

  CtxSwitches numCtxSwitches();

  MemoryInfo memoryInfo();

  List<String> cmdline();

  Map<String, String> environ();

  String exe();

  String cwd();

  String root();

  String cgroup();

  java.util.SortedMap<Integer, String> fds();

  List<Mapping> mappings();

  boolean exeDeleted();

  int numFds();

  /**
   * Windows' num_handles: the kernel objects the process holds open. Other platforms have
   * descriptors instead and keep this default.
   */
  default int numHandles() {
    throw new io.hostsql.os.OsException("num_handles is a Windows attribute");
  }

  String terminal();

  IoCounters ioCounters();

  List<ThreadTimes> threads();

  MemoryInfoEx memoryInfoEx();

  MemoryFootprint memoryFootprint();

  MemoryFullInfo memoryFullInfo();

  double memoryPercent(String memtype);

  List<MemoryMap> memoryMaps(boolean grouped);

  List<OpenFile> openFiles();

  List<NetConnection> netConnections(ConnectionKind kind);

  double cpuPercent();

  double cpuPercent(java.time.Duration interval);

  int[] cpuAffinity();

  void cpuAffinity(int[] cpus);

  void nice(int value);

  IoNice ionice();

  void ionice(IoPriorityClass ioClass, int value);

  Limits rlimit(Rlimit resource);

  void rlimit(Rlimit resource, Limits limits);

  void sendSignal(int signal);

  Integer waitFor(java.time.Duration timeout);

  Integer exitCode();

  boolean isRunning();
}
