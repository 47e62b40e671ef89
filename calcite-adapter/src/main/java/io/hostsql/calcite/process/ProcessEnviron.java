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

/** {@code process_environ}: each process's environment variables. */
public final class ProcessEnviron {
  /** One variable. */
  record Variable(int pid, String name, String value) {
  }

  static final TableDef<Variable> DEF = new TableDef<>("process_environ",
      "Each process's environment as it started (or rewrote in place), one row per variable. "
          + "Reading another user's environment needs root; refused processes have no rows.",
      new Columns<Variable>()
          .key("pid", INTEGER, "Process id.", Variable::pid)
          .add("name", VARCHAR, "", FetchGroup.ENVIRONMENT, "Variable name.", Variable::name)
          .add("value", VARCHAR, "", FetchGroup.ENVIRONMENT, "Variable value.", Variable::value)
          .build(),
      List.of("pid"), TableDef.LINUX_AND_WINDOWS);

  private ProcessEnviron() {
  }

  public static PerProcessTable<Variable> table(ProcessBackend processes) {
    return new PerProcessTable<>(processes, DEF, p -> {
      List<Variable> out = new ArrayList<>();
      p.environ().forEach((k, v) -> out.add(new Variable(p.pid(), k, v)));
      return out;
    });
  }
}
