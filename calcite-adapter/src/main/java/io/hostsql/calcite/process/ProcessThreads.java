package io.hostsql.calcite.process;

import static org.apache.calcite.sql.type.SqlTypeName.DOUBLE;
import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;

import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.OsFamily;
import io.hostsql.os.ThreadTimes;
import io.hostsql.os.spi.ProcessBackend;
import java.util.List;

/** {@code process_threads}: the threads of each process with their CPU times. */
public final class ProcessThreads {
  /** One thread. */
  record Row(int pid, ThreadTimes thread) {
  }

  static final TableDef<Row> DEF = new TableDef<>("process_threads",
      "The threads of each process (psutil's threads()), with the CPU time each used.",
      new Columns<Row>()
          .key("pid", INTEGER, "Process id.", Row::pid)
          .add("tid", INTEGER, "", FetchGroup.THREADS, "Thread id.", r -> r.thread().id())
          .add("user_time", DOUBLE, "seconds", FetchGroup.THREADS, "CPU time in user mode.",
              r -> r.thread().userTime())
          .add("system_time", DOUBLE, "seconds", FetchGroup.THREADS, "CPU time in the kernel.",
              r -> r.thread().systemTime())
          .build(),
      List.of("pid"), TableDef.LINUX_AND_WINDOWS);

  private ProcessThreads() {
  }

  public static PerProcessTable<Row> table(ProcessBackend processes) {
    return new PerProcessTable<>(processes, DEF, p -> p.threads().stream()
        .map(t -> new Row(p.pid(), t)).toList());
  }
}
