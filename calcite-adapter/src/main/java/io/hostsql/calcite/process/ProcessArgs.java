package io.hostsql.calcite.process;

import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.OsFamily;
import io.hostsql.os.spi.ProcessBackend;
import java.util.ArrayList;
import java.util.List;

/** {@code process_args}: each process's argv, one row per argument. */
public final class ProcessArgs {
  /** One argument. */
  record Arg(int pid, int index, String value) {
  }

  static final TableDef<Arg> DEF = new TableDef<>("process_args",
      "Each process's command line (argv), one row per argument in order. Kernel threads have "
          + "none; a zombie's arguments are gone.",
      new Columns<Arg>()
          .key("pid", INTEGER, "Process id.", Arg::pid)
          .add("idx", INTEGER, "", FetchGroup.ARGUMENTS, "Position of the argument, 0 for the "
              + "program.", Arg::index)
          .add("arg", VARCHAR, "", FetchGroup.ARGUMENTS, "The argument.", Arg::value)
          .build(),
      List.of("pid"), TableDef.LINUX_AND_WINDOWS);

  private ProcessArgs() {
  }

  public static PerProcessTable<Arg> table(ProcessBackend processes) {
    return new PerProcessTable<>(processes, DEF, p -> {
      List<String> args = p.cmdline();
      List<Arg> out = new ArrayList<>(args.size());
      for (int i = 0; i < args.size(); i++) {
        out.add(new Arg(p.pid(), i, args.get(i)));
      }
      return out;
    });
  }
}
