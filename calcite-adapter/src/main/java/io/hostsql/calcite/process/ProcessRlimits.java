package io.hostsql.calcite.process;

import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.Limits;
import io.hostsql.os.Rlimit;
import io.hostsql.os.spi.ProcessBackend;
import java.util.ArrayList;
import java.util.List;

/** {@code process_rlimits}: each process's resource limits. */
public final class ProcessRlimits {
  /** One limit of one process. */
  record Row(int pid, Rlimit resource, Limits limits) {
  }

  static final TableDef<Row> DEF = new TableDef<>("process_rlimits",
      "Each process's resource limits (prlimit), one row per RLIMIT_* resource. -1 means "
          + "unlimited (RLIM_INFINITY), as in psutil.",
      new Columns<Row>()
          .key("pid", INTEGER, "Process id.", Row::pid)
          .add("resource", VARCHAR, "", FetchGroup.PER_ROW_CALL, "The resource: as, core, cpu, data,"
              + " fsize, locks, memlock, msgqueue, nice, nofile, nproc, rss, rtprio, rttime, "
              + "sigpending, stack.", r -> r.resource().name().toLowerCase(
                  java.util.Locale.ROOT))
          .add("soft", BIGINT, "", FetchGroup.PER_ROW_CALL, "The limit enforced; -1 for unlimited.",
              r -> r.limits().soft())
          .add("hard", BIGINT, "", FetchGroup.PER_ROW_CALL, "The ceiling for the soft limit; -1 for "
              + "unlimited.", r -> r.limits().hard())
          .build(),
      List.of("pid"));

  private ProcessRlimits() {
  }

  public static PerProcessTable<Row> table(ProcessBackend processes) {
    return new PerProcessTable<>(processes, DEF, p -> {
      List<Row> out = new ArrayList<>();
      for (Rlimit r : Rlimit.values()) {
        out.add(new Row(p.pid(), r, p.rlimit(r)));
      }
      return out;
    });
  }
}
