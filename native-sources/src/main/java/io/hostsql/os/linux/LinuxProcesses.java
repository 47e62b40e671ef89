package io.hostsql.os.linux;

import io.hostsql.os.Namespaces;
import io.hostsql.os.Process;
import io.hostsql.os.Processes;
import io.hostsql.os.spi.ProcessBackend;
import java.util.List;
import java.util.Set;

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

  @Override
  public boolean pidExists(int pid) {
    return Processes.pidExists(proc, pid);
  }

  @Override
  public int[] pidsPossiblyNamed(String name) {
    return Processes.pidsPossiblyNamed(proc, name);
  }

  @Override
  public Process process(int pid) {
    return Process.lazy(proc, pid);
  }

  @Override
  public List<Process> listing() {
    return Processes.snapshot(proc);
  }

  /**
   * ppid and name where the walk may run (a procfs of the initial pid namespace); whether it
   * runs is decided per listing, and the processes it did not reach are read from /proc.
   */
  @Override
  public Set<String> listingAttributes() {
    return proc.showsInitialPidNamespace() ? WALKED : Set.of();
  }

  @Override
  public Namespaces namespaces(int pid) {
    return PidNamespaces.read(proc, pid);
  }
}
