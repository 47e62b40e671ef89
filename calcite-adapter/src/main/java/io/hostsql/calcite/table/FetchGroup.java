package io.hostsql.calcite.table;

/**
 * What a column costs to produce: the file (or call) its value comes from. Columns of one group
 * are read together, once per row, inside one oneshot scope.
 */
public enum FetchGroup {
  /** Known without reading anything beyond the enumeration itself (the pid). */
  KEY,
  /** /proc/PID/stat. */
  STAT,
  /** /proc/PID/status. */
  STATUS,
  /** /proc/PID/statm. */
  STATM,
  /** /proc/PID/cmdline. */
  CMDLINE,
  /** readlink /proc/PID/exe. */
  EXE,
  /** readlink /proc/PID/cwd. */
  CWD,
  /** readlink /proc/PID/root. */
  ROOT,
  /** /proc/PID/cgroup. */
  CGROUP,
  /** /proc/PID/maps: the mappings without their sizes. */
  MAPS,
  /** /proc/PID/fd listing (and, for open files, each link and fdinfo). */
  FDS,
  /** /proc/PID/environ. */
  ENVIRON,
  /** /proc/PID/io. */
  IO,
  /** /proc/PID/smaps_rollup (or smaps). */
  SMAPS_ROLLUP,
  /** /proc/PID/smaps: the costliest per-process read. */
  SMAPS,
  /** /proc/PID/task/TID/stat for every thread. */
  TASKS,
  /** A system call about the process (ionice, affinity, prlimit). */
  SYSCALL,
  /** Two samples of the CPU counters, a sampling window apart on the first scan. */
  CPU_SAMPLE,
  /** A system-wide read, done once per scan. */
  SYSTEM
}
