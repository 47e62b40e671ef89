package io.hostsql.os.linux;

import io.hostsql.os.Namespaces;
import io.hostsql.os.Process;
import io.hostsql.os.spi.ProcessBackend;
import io.hostsql.os.spi.Spawned;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Linux's processes: the numeric entries of a procfs, and the BPF walk where it applies. */
final class LinuxProcesses implements ProcessBackend {
  /** What {@link TaskIterators}' process walk reports of each process. */
  private static final Set<String> WALKED = Set.of("ppid", "name");

  private final ProcFs proc;

  LinuxProcesses(ProcFs proc) {
    this.proc = proc;
  }

  @Override
  public int[] pids() {
    return proc.pids();
  }

  /** /proc/PID/status must exist and name the pid as its own thread-group id. */
  @Override
  public boolean pidExists(int pid) {
    if (pid <= 0) {
      return false;
    }
    try {
      return PidStatus.parse(proc.read(pid + "/status")).tgid() == pid;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Through the kernel's BPF task iterators ({@link TaskIterators}) where they run, without
   * opening a file per process. A process is kept when its command name is the name, or when
   * the name only extends it (psutil completes a 15-byte comm from the command line; /proc
   * shows kernel threads' full names and workqueue workers' current work), or when the walk
   * did not see it (it started since, or the iterator passed it over: pid 1 on this kernel).
   * Without the iterators (or while they load), or on a procfs that does not show the initial
   * pid namespace: every pid.
   */
  @Override
  public int[] pidsPossiblyNamed(String name) {
    int[] listed = proc.pids();
    if (!proc.showsInitialPidNamespace() || !TaskIterators.ready()) {
      return listed;
    }
    BitSet keep = new BitSet();
    byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
    TaskIterators.ProcessWalk walk = TaskIterators.walkProcesses();
    for (int i = 0; i < walk.size(); i++) {
      if (walk.mayBeNamed(i, wanted)) {
        keep.set(walk.pid(i));
      }
    }
    for (int pid : walk.missed(listed)) {
      keep.set(pid);
    }
    return keep.stream().toArray();
  }

  @Override
  public Process process(int pid) {
    return new Process(this, new LinuxProcess(proc, pid));
  }

  /**
   * Ascending by pid, with ppid and (where the comm is the whole name) name already known from
   * one BPF walk of the kernel's task list, so that a listing of pid, ppid and name opens no
   * file per process, and one of rss opens only statm. Processes the walk did not reach are
   * listed too, to be read from /proc as usual. Without the iterators (or while they load:
   * {@link TaskIterators#ready()}), or on a procfs that does not show the initial pid
   * namespace, every process is listed that way.
   */
  @Override
  public List<Process> listing() {
    TreeMap<Integer, Process> byPid = new TreeMap<>();
    int[] unseen = proc.pids();
    if (proc.showsInitialPidNamespace() && TaskIterators.ready()) {
      TaskIterators.ProcessWalk walk = TaskIterators.walkProcesses();
      for (int i = 0; i < walk.size(); i++) {
        int pid = walk.pid(i);
        byPid.put(pid, new Process(this,
            LinuxProcess.seen(proc, pid, walk.ppid(i), walk.nameIfFinal(i))));
      }
      unseen = walk.missed(unseen);
    }
    for (int pid : unseen) {
      byPid.put(pid, process(pid));
    }
    return new ArrayList<>(byPid.values());
  }

  /**
   * ppid and name where the walk may run (a procfs of the initial pid namespace); whether it
   * runs is decided per listing, and the processes it did not reach are read from /proc.
   */
  @Override
  public Set<String> listingAttributes() {
    return proc.showsInitialPidNamespace() ? WALKED : Set.of();
  }

  /** A child of this JVM; its status is taken (waitpid) when it is waited for. */
  @Override
  public Spawned spawn(List<String> command, Map<String, String> environment, String cwd) {
    Spawn.Child child = Spawn.start(command, environment, cwd);
    LinuxProcess.SPAWNED.add(child.pid());
    return new Spawned(new LinuxProcess(proc, child.pid()), child.stdin(), child.stdout(),
        child.stderr());
  }

  @Override
  public Namespaces namespaces(int pid) {
    return PidNamespaces.read(proc, pid);
  }
}
