package io.hostsql.calcite.process;

import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.Process;
import io.hostsql.os.spi.ProcessBackend;
import java.util.ArrayList;
import java.util.List;

/** {@code process_ancestors}: the chain of parents of each process, up to the root. */
public final class ProcessAncestors {
  /** One ancestor of one process. */
  record Row(int pid, int ancestorPid, String ancestorName, int depth) {
  }

  static final TableDef<Row> DEF = new TableDef<>("process_ancestors",
      "The parents of each process up to the root of the tree (psutil's parents()): depth 1 "
          + "is the parent, 2 the grandparent... For \"does this descend from sshd?\".",
      new Columns<Row>()
          .key("pid", INTEGER, "Process id.", Row::pid)
          .add("ancestor_pid", INTEGER, "", FetchGroup.SCHEDULING, "An ancestor's pid.",
              Row::ancestorPid)
          .add("ancestor_name", VARCHAR, "", FetchGroup.SCHEDULING, "That ancestor's name.",
              Row::ancestorName)
          .add("depth", INTEGER, "", FetchGroup.SCHEDULING, "Generations up: 1 for the parent.",
              Row::depth)
          .build(),
      List.of("pid"));

  private ProcessAncestors() {
  }

  public static PerProcessTable<Row> table(ProcessBackend processes) {
    return new PerProcessTable<>(processes, DEF, p -> {
      List<Row> out = new ArrayList<>();
      int depth = 1;
      for (Process a : p.parents()) {
        String name;
        try {
          name = a.name();
        } catch (RuntimeException e) {
          name = null;
        }
        out.add(new Row(p.pid(), a.pid(), name, depth++));
      }
      return out;
    });
  }
}
