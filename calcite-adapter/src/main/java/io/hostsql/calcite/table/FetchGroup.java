package io.hostsql.calcite.table;

/**
 * What a column costs to produce, named by what is fetched rather than where: columns of one
 * group come from one read of the backend (on Linux, the file or call named below), done once
 * per row, inside one oneshot scope.
 */
public enum FetchGroup {
  /** Known without reading anything beyond the enumeration itself (the pid). */
  KEY,
  /** State, parent, name, times, faults, priority (Linux: /proc/PID/stat). */
  SCHEDULING,
  /** User and group ids, threads, context switches (Linux: /proc/PID/status). */
  CREDENTIALS,
  /** Memory sizes (Linux: /proc/PID/statm). */
  MEMORY,
  /** The command line (Linux: /proc/PID/cmdline). */
  ARGUMENTS,
  /** The executable's path (Linux: readlink /proc/PID/exe). */
  EXECUTABLE,
  /** The working directory (Linux: readlink /proc/PID/cwd). */
  WORKING_DIRECTORY,
  /** The root directory the process sees (Linux: readlink /proc/PID/root). */
  ROOT_DIRECTORY,
  /** The control group (Linux: /proc/PID/cgroup). */
  CONTROL_GROUP,
  /** The mappings without their sizes (Linux: /proc/PID/maps). */
  MAPPINGS,
  /** The open descriptors (Linux: the /proc/PID/fd listing, each link and fdinfo). */
  DESCRIPTORS,
  /** The environment (Linux: /proc/PID/environ). */
  ENVIRONMENT,
  /** I/O counters (Linux: /proc/PID/io). */
  IO_COUNTERS,
  /** USS, PSS and swap (Linux: /proc/PID/smaps_rollup, or smaps). */
  MEMORY_FOOTPRINT,
  /** Every mapping with its sizes, the costliest per-process read (Linux: /proc/PID/smaps). */
  MEMORY_MAPS,
  /** Every thread's times (Linux: /proc/PID/task/TID/stat). */
  THREADS,
  /**
   * One call to the OS per row: a process's I/O priority, CPU affinity, limits or namespaces; a
   * mount's usage; an interface's flags.
   */
  PER_ROW_CALL,
  /** Two samples of the CPU counters, a sampling window apart on the first scan. */
  CPU_SAMPLE,
  /** A system-wide read, done once per scan. */
  SYSTEM
}
