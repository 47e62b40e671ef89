package io.hostsql.calcite.process;

import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.DOUBLE;
import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;
import static org.apache.calcite.sql.type.SqlTypeName.TIMESTAMP;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.table.ColumnDef;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.Process;
import java.util.List;
import java.util.function.Function;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The declaration of the {@code processes} table: one row per process, psutil's scalar
 * {@code Process} attributes as columns.
 */
public final class ProcessColumns {
  private ProcessColumns() {
  }

  private static ColumnDef<Process> col(String name, SqlTypeName type, boolean nullable,
      String unit, FetchGroup group, String description, Function<Process, Object> value) {
    return new ColumnDef<>(name, type, nullable, unit, description, group, value);
  }

  /** The table's declaration. */
  public static final TableDef<Process> TABLE = new TableDef<>("processes",
      "One row per process running now, as psutil's process_iter sees it: a process that exits "
          + "during the scan drops out, a value the OS refuses to show is NULL, a zombie keeps "
          + "its row.",
      List.of(
          col("pid", INTEGER, false, "", FetchGroup.KEY, "Process id.", Process::pid),
          col("ppid", INTEGER, true, "", FetchGroup.STAT,
              "Parent process id (0 for pid 1 and kthreadd).", Process::ppid),
          col("name", VARCHAR, true, "", FetchGroup.STAT,
              "Process name: the kernel's comm, completed from the command line when the "
                  + "kernel truncated it to 15 characters.", Process::name),
          col("status", VARCHAR, true, "", FetchGroup.STAT,
              "Scheduler state as psutil names it: running, sleeping, disk-sleep, stopped, "
                  + "tracing-stop, zombie, dead, wake-kill, waking, idle, parked.",
              p -> p.status().label()),
          col("create_time", TIMESTAMP, true, "UTC", FetchGroup.STAT,
              "When the process started (UTC, to the clock tick).",
              p -> p.createTime().toEpochMilli()),
          col("cpu_user", DOUBLE, true, "seconds", FetchGroup.STAT,
              "CPU time spent in user mode.", p -> p.cpuTimes().user()),
          col("cpu_system", DOUBLE, true, "seconds", FetchGroup.STAT,
              "CPU time spent in the kernel on the process's behalf.",
              p -> p.cpuTimes().system()),
          col("cpu_children_user", DOUBLE, true, "seconds", FetchGroup.STAT,
              "User CPU time of children the process has waited for.",
              p -> p.cpuTimes().childrenUser()),
          col("cpu_children_system", DOUBLE, true, "seconds", FetchGroup.STAT,
              "Kernel CPU time of children the process has waited for.",
              p -> p.cpuTimes().childrenSystem()),
          col("cpu_iowait", DOUBLE, true, "seconds", FetchGroup.STAT,
              "Time blocked waiting for block I/O (delay accounting; 0 when disabled).",
              p -> p.cpuTimes().iowait()),
          col("cpu_num", INTEGER, true, "", FetchGroup.STAT,
              "The CPU the process last ran on.", Process::cpuNum),
          col("nice", INTEGER, true, "", FetchGroup.STAT,
              "Nice value, -20 (favoured) to 19.", Process::nice),
          col("minor_faults", BIGINT, true, "", FetchGroup.STAT,
              "Page faults served without I/O.", p -> p.pageFaults().minor()),
          col("major_faults", BIGINT, true, "", FetchGroup.STAT,
              "Page faults that needed I/O.", p -> p.pageFaults().major()),
          col("username", VARCHAR, true, "", FetchGroup.STATUS,
              "Name of the real user, or the uid as text when no user has it.",
              Process::username),
          col("uid", INTEGER, true, "", FetchGroup.STATUS, "Real user id.",
              p -> p.uids().real()),
          col("euid", INTEGER, true, "", FetchGroup.STATUS, "Effective user id.",
              p -> p.uids().effective()),
          col("suid", INTEGER, true, "", FetchGroup.STATUS, "Saved set-user id.",
              p -> p.uids().saved()),
          col("gid", INTEGER, true, "", FetchGroup.STATUS, "Real group id.",
              p -> p.gids().real()),
          col("egid", INTEGER, true, "", FetchGroup.STATUS, "Effective group id.",
              p -> p.gids().effective()),
          col("sgid", INTEGER, true, "", FetchGroup.STATUS, "Saved set-group id.",
              p -> p.gids().saved()),
          col("num_threads", INTEGER, true, "", FetchGroup.STATUS, "Number of threads.",
              Process::numThreads),
          col("voluntary_ctx_switches", BIGINT, true, "", FetchGroup.STATUS,
              "Context switches because the process waited.",
              p -> p.numCtxSwitches().voluntary()),
          col("involuntary_ctx_switches", BIGINT, true, "", FetchGroup.STATUS,
              "Context switches because the scheduler preempted the process.",
              p -> p.numCtxSwitches().involuntary()),
          col("rss", BIGINT, true, "bytes", FetchGroup.STATM,
              "Resident set size: memory in RAM now.", p -> p.memoryInfo().rss()),
          col("vms", BIGINT, true, "bytes", FetchGroup.STATM,
              "Virtual memory size: everything mapped.", p -> p.memoryInfo().vms()),
          col("shared", BIGINT, true, "bytes", FetchGroup.STATM,
              "Resident memory backed by files or shared memory.",
              p -> p.memoryInfo().shared()),
          col("text", BIGINT, true, "bytes", FetchGroup.STATM,
              "Size of the code segment.", p -> p.memoryInfo().text()),
          col("data", BIGINT, true, "bytes", FetchGroup.STATM,
              "Size of data plus stack.", p -> p.memoryInfo().data()),
          col("cmdline", VARCHAR, true, "", FetchGroup.CMDLINE,
              "Command line, arguments joined by single spaces; empty for kernel threads.",
              p -> String.join(" ", p.cmdline())),
          col("exe", VARCHAR, true, "", FetchGroup.EXE,
              "Absolute path of the executable; empty for kernel threads.", Process::exe),
          col("cwd", VARCHAR, true, "", FetchGroup.CWD, "Current working directory.",
              Process::cwd),
          col("num_fds", INTEGER, true, "", FetchGroup.FDS,
              "Number of open file descriptors.", Process::numFds)),
      List.of("pid"));
}
