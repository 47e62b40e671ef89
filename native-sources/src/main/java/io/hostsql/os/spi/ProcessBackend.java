package io.hostsql.os.spi;

import io.hostsql.os.Namespaces;
import io.hostsql.os.Process;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The process side of a backend: which processes exist and the handle to each. */
public interface ProcessBackend {
  /** The pids of all processes (not threads), ascending. */
  int[] pids();

  /** Whether a process with this pid exists now (a thread id is not a pid). */
  boolean pidExists(int pid);

  /**
   * A superset of the pids whose name may be {@code name}, cheaper than reading every name;
   * {@link #pids()} when the backend has no shortcut.
   */
  int[] pidsPossiblyNamed(String name);

  /** A handle to the process, whose attributes are read when first asked. */
  Process process(int pid);

  /**
   * Every process, through the backend's cheapest listing: the handles already know the
   * attributes of {@link #listingAttributes()}.
   */
  List<Process> listing();

  /**
   * The psutil attribute names (ppid, name...) that {@link #listing()} answers without
   * reading each process; empty when the listing is no cheaper than one read per process.
   */
  Set<String> listingAttributes();

  /**
   * Starts a command as a child of this JVM (psutil's Popen).
   *
   * @param command the program, found on PATH, and its arguments
   * @param environment the child's whole environment, or null to inherit this JVM's
   * @param cwd the child's working directory, or null to inherit
   */
  Spawned spawn(List<String> command, Map<String, String> environment, String cwd);

  /** The namespaces the process is in. */
  Namespaces namespaces(int pid);
}
