package io.hostsql.os;

import io.hostsql.os.spi.ProcessBackend;
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
    return Platform.current().processes().pids();
  }

  /** Whether a process (not a thread) has this pid on the running machine. */
  public static boolean pidExists(int pid) {
    return Platform.current().processes().pidExists(pid);
  }

  private static final java.util.Map<Integer, Process> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Every process alive now, sorted by pid, as psutil's process_iter: instances are kept
   * across calls (so cpuPercent() measures between them), a cached instance whose pid was
   * reused is replaced, and processes that vanish are dropped.
   */
  public static List<Process> iterate() {
    ProcessBackend processes = Platform.current().processes();
    int[] pids = processes.pids();
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
        Process p = Process.of(processes, pid);
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
    ProcessBackend processes = Platform.current().processes();
    int[] pids = processes.pids();
    List<Process> out = new ArrayList<>(pids.length);
    for (int pid : pids) {
      try {
        out.add(Process.of(processes, pid));
      } catch (NoSuchProcessException e) {
        // gone between listing and reading
      }
    }
    return out;
  }


}
