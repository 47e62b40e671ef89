package io.hostsql.os;

import io.hostsql.os.linux.PidStatus;
import io.hostsql.os.linux.ProcFs;
import io.hostsql.os.linux.TaskIterators;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Module-level process functions, psutil's {@code pids()}, {@code pid_exists()} and
 * {@code process_iter()}.
 */
public final class Processes {
  private Processes() {
  }

  /** The pids of all processes, ascending. Threads are not listed. */
  public static int[] pids() {
    return ProcFs.system().pids();
  }

  /**
   * Whether a process (not a thread) has this pid: /proc/PID/status must exist and name the pid
   * as its own thread-group id.
   */
  public static boolean pidExists(int pid) {
    return pidExists(ProcFs.system(), pid);
  }

  /** As {@link #pidExists(int)} on the given procfs. */
  public static boolean pidExists(ProcFs fs, int pid) {
    if (pid <= 0) {
      return false;
    }
    try {
      return PidStatus.parse(fs.read(pid + "/status")).tgid() == pid;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Every process, ascending by pid, with ppid and (where the comm is the whole name) name
   * already known from one BPF walk of the kernel's task list ({@link TaskIterators}), so that
   * a listing of pid, ppid and name opens no file per process, and one of rss opens only statm.
   * Processes the walk did not reach are listed too, to be read from /proc as usual. Without
   * the iterators (or while they load: {@link TaskIterators#ready()}), or on a procfs that does
   * not show the initial pid namespace, every process is listed that way.
   */
  public static List<Process> snapshot(ProcFs fs) {
    java.util.TreeMap<Integer, Process> byPid = new java.util.TreeMap<>();
    int[] unseen = fs.pids();
    if (fs.showsInitialPidNamespace() && TaskIterators.ready()) {
      TaskIterators.ProcessWalk walk = TaskIterators.walkProcesses();
      for (int i = 0; i < walk.size(); i++) {
        int pid = walk.pid(i);
        byPid.put(pid, Process.seen(fs, pid, walk.ppid(i), walk.nameIfFinal(i)));
      }
      unseen = walk.missed(unseen);
    }
    for (int pid : unseen) {
      byPid.put(pid, Process.lazy(fs, pid));
    }
    return new ArrayList<>(byPid.values());
  }

  /**
   * The pids, ascending, of every process whose {@link Process#name()} may be {@code name}: a
   * superset, to be checked by reading the name, found without opening a file per process
   * when the kernel's BPF task iterators are available ({@link TaskIterators}). A process is
   * kept when its command name is the name, or when the name only extends it (psutil
   * completes a 15-byte comm from the command line; /proc shows kernel threads' full names
   * and workqueue workers' current work), or when the walk did not see it (it started since,
   * or the iterator passed it over: pid 1 on this kernel). Without the iterators (or while
   * they load), or on a procfs that does not show the initial pid namespace: every pid.
   */
  public static int[] pidsPossiblyNamed(ProcFs fs, String name) {
    int[] listed = fs.pids();
    if (!fs.showsInitialPidNamespace() || !TaskIterators.ready()) {
      return listed;
    }
    java.util.BitSet keep = new java.util.BitSet();
    byte[] wanted = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
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

  private static final java.util.Map<Integer, Process> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Every process alive now, sorted by pid, as psutil's process_iter: instances are kept
   * across calls (so cpuPercent() measures between them), a cached instance whose pid was
   * reused is replaced, and processes that vanish are dropped.
   */
  public static List<Process> iterate() {
    ProcFs fs = ProcFs.system();
    int[] pids = fs.pids();
    java.util.Set<Integer> live = new java.util.HashSet<>();
    List<Process> out = new ArrayList<>(pids.length);
    for (int pid : pids) {
      live.add(pid);
      Process cached = CACHE.get(pid);
      if (cached != null && cached.isRunning()) {
        out.add(cached);
        continue;
      }
      try {
        Process p = Process.of(fs, pid);
        CACHE.put(pid, p);
        out.add(p);
      } catch (NoSuchProcessException e) {
        CACHE.remove(pid);
      }
    }
    CACHE.keySet().retainAll(live);
    return out;
  }

  /**
   * Waits for several processes to end, as psutil's wait_procs.
   *
   * @param timeout how long to wait in all; null waits until every one has ended
   * @param callback told of each process as it ends (may be null)
   */
  public static WaitResult waitProcs(java.util.Collection<? extends Process> procs,
      java.time.Duration timeout, java.util.function.Consumer<Process> callback) {
    long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
    List<Process> alive = new ArrayList<>(procs);
    List<Process> gone = new ArrayList<>();
    while (!alive.isEmpty()) {
      for (java.util.Iterator<Process> it = alive.iterator(); it.hasNext();) {
        Process p = it.next();
        long left = deadline - System.nanoTime();
        long slice = Math.max(1, Math.min(left / 1_000_000, 20 / Math.max(1, alive.size())));
        try {
          p.waitFor(java.time.Duration.ofMillis(slice));
          it.remove();
          gone.add(p);
          if (callback != null) {
            callback.accept(p);
          }
        } catch (TimeoutExpiredException e) {
          // still running
        } catch (NoSuchProcessException e) {
          it.remove();
          gone.add(p);
          if (callback != null) {
            callback.accept(p);
          }
        }
      }
      if (System.nanoTime() >= deadline) {
        break;
      }
    }
    return new WaitResult(gone, alive);
  }

  /**
   * Every process alive now, sorted by pid; processes that vanish while being listed are left
   * out. Fresh instances, no cache.
   */
  public static List<Process> all() {
    return all(ProcFs.system());
  }

  /** As {@link #all()} on the given procfs. */
  public static List<Process> all(ProcFs fs) {
    int[] pids = fs.pids();
    List<Process> out = new ArrayList<>(pids.length);
    for (int pid : pids) {
      try {
        out.add(Process.of(fs, pid));
      } catch (NoSuchProcessException e) {
        // gone between listing and reading
      }
    }
    return out;
  }
}
