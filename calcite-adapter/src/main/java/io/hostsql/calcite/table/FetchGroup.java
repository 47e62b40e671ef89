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
  /** /proc/PID/fd listing. */
  FDS,
  /** A system-wide read, done once per scan. */
  SYSTEM
}
