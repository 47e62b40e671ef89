package io.hostsql.os;

import io.hostsql.os.linux.PidStatus;
import io.hostsql.os.linux.ProcFs;
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
   * Every process alive now, sorted by pid; processes that vanish while being listed are left
   * out.
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
