package io.hostsql.calcite.process;

import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.BOOLEAN;
import static org.apache.calcite.sql.type.SqlTypeName.DOUBLE;
import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;
import static org.apache.calcite.sql.type.SqlTypeName.TIMESTAMP;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.table.ColumnDef;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.OsFamily;
import io.hostsql.os.Process;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

  /**
   * Columns only Linux has: psutil gives them on POSIX systems only (uids, gids, terminal,
   * num_fds), or only its Linux backend reads them (cpu_num, iowait, the /proc/PID/status
   * breakdown, pss and swap, chars read and written), or they are hostsql's own for Linux
   * (pgid, exe_deleted, root, cgroup). Windows' ionice has a class and no value.
   */
  private static final Set<String> LINUX_ONLY = Set.of("pgid", "cpu_iowait", "cpu_num", "uid",
      "euid", "suid", "gid", "egid", "sgid", "shared", "text", "data", "exe_deleted", "root",
      "cgroup", "num_fds", "terminal", "ionice_value", "pss", "swap", "read_chars",
      "write_chars");

  /** Windows' own columns: psutil's num_handles and the peaks of memory_info on Windows. */
  private static List<ColumnDef<Process>> windowsOnly() {
    Set<OsFamily> w = Set.of(OsFamily.WINDOWS);
    return List.of(
        new ColumnDef<>("num_handles", INTEGER, true, "", "Handles the process holds open "
            + "(files, keys, events, threads...).", FetchGroup.SCHEDULING,
            Process::numHandles, w),
        new ColumnDef<>("peak_rss", BIGINT, true, "bytes", "Largest working set the process "
            + "has had.", FetchGroup.MEMORY, p -> p.memoryInfoEx().peakRss(), w),
        new ColumnDef<>("peak_vms", BIGINT, true, "bytes", "Largest pagefile use (private "
            + "committed memory) the process has had.", FetchGroup.MEMORY,
            p -> p.memoryInfoEx().peakVms(), w));
  }

  /** The declaration, with cpu_percent measured by the given connection's tracker. */
  public static TableDef<Process> definition(CpuPercentTracker cpu) {
    List<ColumnDef<Process>> columns = new ArrayList<>();
    for (ColumnDef<Process> c : columns(cpu)) {
      columns.add(LINUX_ONLY.contains(c.name()) ? new ColumnDef<>(c.name(), c.type(),
          c.nullable(), c.unit(), c.description(), c.fetchGroup(), c.value(),
          Set.of(OsFamily.LINUX)) : c);
    }
    columns.addAll(windowsOnly());
    return new TableDef<>("processes",
        "One row per process running now, as psutil's process_iter sees it: a process that exits "
            + "during the scan drops out, a value the OS refuses to show is NULL, a zombie keeps "
            + "its row.", columns, List.of("pid"), TableDef.LINUX_AND_WINDOWS);
  }

  private static List<ColumnDef<Process>> columns(CpuPercentTracker cpu) {
    return List.of(
          col("pid", INTEGER, false, "", FetchGroup.KEY, "Process id.", Process::pid),
          col("ppid", INTEGER, true, "", FetchGroup.SCHEDULING,
              "Parent process id (0 for pid 1 and kthreadd).", Process::ppid),
          col("pgid", INTEGER, true, "", FetchGroup.SCHEDULING,
              "Process group id: the job a shell started it in.", Process::pgid),
          col("name", VARCHAR, true, "", FetchGroup.SCHEDULING,
              "Process name: the kernel's comm, completed from the command line when the "
                  + "kernel truncated it to 15 characters.", Process::name),
          col("status", VARCHAR, true, "", FetchGroup.SCHEDULING,
              "Scheduler state as psutil names it: running, sleeping, disk-sleep, stopped, "
                  + "tracing-stop, zombie, dead, wake-kill, waking, idle, parked; on Windows "
                  + "running, or stopped when every thread is suspended.",
              p -> p.status().label()),
          col("create_time", TIMESTAMP, true, "UTC", FetchGroup.SCHEDULING,
              "When the process started (UTC, to the clock tick).",
              p -> p.createTime().toEpochMilli()),
          col("cpu_user", DOUBLE, true, "seconds", FetchGroup.SCHEDULING,
              "CPU time spent in user mode.", p -> p.cpuTimes().user()),
          col("cpu_system", DOUBLE, true, "seconds", FetchGroup.SCHEDULING,
              "CPU time spent in the kernel on the process's behalf.",
              p -> p.cpuTimes().system()),
          col("cpu_children_user", DOUBLE, true, "seconds", FetchGroup.SCHEDULING,
              "User CPU time of children the process has waited for (0 on Windows, as psutil).",
              p -> p.cpuTimes().childrenUser()),
          col("cpu_children_system", DOUBLE, true, "seconds", FetchGroup.SCHEDULING,
              "Kernel CPU time of children the process has waited for (0 on Windows).",
              p -> p.cpuTimes().childrenSystem()),
          col("cpu_iowait", DOUBLE, true, "seconds", FetchGroup.SCHEDULING,
              "Time blocked waiting for block I/O (delay accounting; 0 when disabled).",
              p -> p.cpuTimes().iowait()),
          col("cpu_num", INTEGER, true, "", FetchGroup.SCHEDULING,
              "The CPU the process last ran on.", Process::cpuNum),
          col("nice", INTEGER, true, "", FetchGroup.SCHEDULING,
              "Nice value, -20 (favoured) to 19; on Windows the priority class (32 normal, "
                  + "64 idle, 16384 below normal, 32768 above normal, 128 high, 256 realtime).",
              Process::nice),
          col("minor_faults", BIGINT, true, "", FetchGroup.SCHEDULING,
              "Page faults served without I/O.", p -> p.pageFaults().minor()),
          col("major_faults", BIGINT, true, "", FetchGroup.SCHEDULING,
              "Page faults that needed I/O.", p -> p.pageFaults().major()),
          col("username", VARCHAR, true, "", FetchGroup.CREDENTIALS,
              "Name of the real user, or the uid as text when no user has it; on Windows "
                  + "DOMAIN\\user of the process's token.",
              Process::username),
          col("uid", INTEGER, true, "", FetchGroup.CREDENTIALS, "Real user id.",
              p -> p.uids().real()),
          col("euid", INTEGER, true, "", FetchGroup.CREDENTIALS, "Effective user id.",
              p -> p.uids().effective()),
          col("suid", INTEGER, true, "", FetchGroup.CREDENTIALS, "Saved set-user id.",
              p -> p.uids().saved()),
          col("gid", INTEGER, true, "", FetchGroup.CREDENTIALS, "Real group id.",
              p -> p.gids().real()),
          col("egid", INTEGER, true, "", FetchGroup.CREDENTIALS, "Effective group id.",
              p -> p.gids().effective()),
          col("sgid", INTEGER, true, "", FetchGroup.CREDENTIALS, "Saved set-group id.",
              p -> p.gids().saved()),
          col("num_threads", INTEGER, true, "", FetchGroup.CREDENTIALS, "Number of threads.",
              Process::numThreads),
          col("voluntary_ctx_switches", BIGINT, true, "", FetchGroup.CREDENTIALS,
              "Context switches because the process waited.",
              p -> p.numCtxSwitches().voluntary()),
          col("involuntary_ctx_switches", BIGINT, true, "", FetchGroup.CREDENTIALS,
              "Context switches because the scheduler preempted the process.",
              p -> p.numCtxSwitches().involuntary()),
          col("rss", BIGINT, true, "bytes", FetchGroup.MEMORY,
              "Resident set size: memory in RAM now (on Windows the working set).",
              p -> p.memoryInfo().rss()),
          col("vms", BIGINT, true, "bytes", FetchGroup.MEMORY,
              "Virtual memory size: everything mapped (on Windows, as psutil: the pagefile "
                  + "usage, private committed memory).", p -> p.memoryInfo().vms()),
          col("shared", BIGINT, true, "bytes", FetchGroup.MEMORY,
              "Resident memory backed by files or shared memory.",
              p -> p.memoryInfo().shared()),
          col("text", BIGINT, true, "bytes", FetchGroup.MEMORY,
              "Size of the code segment.", p -> p.memoryInfo().text()),
          col("data", BIGINT, true, "bytes", FetchGroup.MEMORY,
              "Size of data plus stack.", p -> p.memoryInfo().data()),
          col("cmdline", VARCHAR, true, "", FetchGroup.ARGUMENTS,
              "Command line, arguments joined by single spaces; empty for kernel threads.",
              p -> String.join(" ", p.cmdline())),
          col("exe", VARCHAR, true, "", FetchGroup.EXECUTABLE,
              "Absolute path of the executable; empty for kernel threads.", Process::exe),
          col("exe_deleted", BOOLEAN, true, "", FetchGroup.EXECUTABLE,
              "Whether the executable was deleted or replaced since the process started.",
              Process::exeDeleted),
          col("cwd", VARCHAR, true, "", FetchGroup.WORKING_DIRECTORY, "Current working directory.",
              Process::cwd),
          col("root", VARCHAR, true, "", FetchGroup.ROOT_DIRECTORY, "Root directory the process sees: "
              + "/ unless chrooted or in another mount namespace.", Process::root),
          col("cgroup", VARCHAR, true, "", FetchGroup.CONTROL_GROUP, "Control group path (cgroup v2; "
              + "the first hierarchy on v1-only systems): which service or container it runs "
              + "in.", Process::cgroup),
          col("num_fds", INTEGER, true, "", FetchGroup.DESCRIPTORS,
              "Number of open file descriptors.", Process::numFds),
          col("terminal", VARCHAR, true, "", FetchGroup.SCHEDULING,
              "Controlling terminal (/dev/pts/0), or NULL.", Process::terminal),
          col("ionice_class", VARCHAR, true, "", FetchGroup.PER_ROW_CALL,
              "I/O scheduling class: none, rt, be or idle.",
              p -> p.ionice().ioClass().name().toLowerCase(java.util.Locale.ROOT)),
          col("ionice_value", INTEGER, true, "", FetchGroup.PER_ROW_CALL,
              "I/O priority within the class, 0 (highest) to 7.", p -> p.ionice().value()),
          col("cpu_affinity", VARCHAR, true, "", FetchGroup.PER_ROW_CALL,
              "CPUs the process may run on, comma-separated.",
              p -> java.util.Arrays.stream(p.cpuAffinity()).mapToObj(Integer::toString)
                  .collect(java.util.stream.Collectors.joining(","))),
          col("cpu_percent", DOUBLE, true, "percent", FetchGroup.CPU_SAMPLE,
              "CPU use since this connection's previous scan (the first scan measures over the "
                  + "sampling window); percent of one CPU, so it can exceed 100.",
              cpu::percent),
          col("memory_percent", DOUBLE, true, "percent", FetchGroup.MEMORY,
              "rss as a share of physical memory.", p -> p.memoryPercent("rss")),
          col("uss", BIGINT, true, "bytes", FetchGroup.MEMORY_FOOTPRINT,
              "Unique set size: memory freed if the process exited now.",
              p -> p.memoryFootprint().uss()),
          col("pss", BIGINT, true, "bytes", FetchGroup.MEMORY_FOOTPRINT,
              "Proportional set size: shared pages split among their users.",
              p -> p.memoryFootprint().pss()),
          col("swap", BIGINT, true, "bytes", FetchGroup.MEMORY_FOOTPRINT,
              "Swapped-out memory.", p -> p.memoryFootprint().swap()),
          col("read_count", BIGINT, true, "", FetchGroup.IO_COUNTERS, "Read system calls.",
              p -> p.ioCounters().readCount()),
          col("write_count", BIGINT, true, "", FetchGroup.IO_COUNTERS, "Write system calls.",
              p -> p.ioCounters().writeCount()),
          col("read_bytes", BIGINT, true, "bytes", FetchGroup.IO_COUNTERS,
              "Bytes fetched from storage.", p -> p.ioCounters().readBytes()),
          col("write_bytes", BIGINT, true, "bytes", FetchGroup.IO_COUNTERS,
              "Bytes sent to storage.", p -> p.ioCounters().writeBytes()),
          col("read_chars", BIGINT, true, "bytes", FetchGroup.IO_COUNTERS,
              "Bytes passed to read calls, cache hits included.",
              p -> p.ioCounters().readChars()),
          col("write_chars", BIGINT, true, "bytes", FetchGroup.IO_COUNTERS,
              "Bytes passed to write calls.", p -> p.ioCounters().writeChars()));
  }
}
