package io.hostsql.calcite.audit;

import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.process.PerProcessTable;
import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.Namespaces;
import io.hostsql.os.spi.ProcessBackend;
import java.util.List;

/** {@code process_namespaces}: the namespaces of each process (Linux). */
public final class ProcessNamespaces {
  private static final FetchGroup G = FetchGroup.PER_ROW_CALL;

  private ProcessNamespaces() {
  }

  static final TableDef<Namespaces> DEF = new TableDef<>("process_namespaces",
      "The namespaces each process is in, as nsfs inode numbers (/proc/PID/ns links); NULL "
          + "where the kernel refuses another user's links. pid = n reads that process "
          + "only. Linux.", new Columns<Namespaces>()
          .key("pid", INTEGER, "Process id.", Namespaces::pid)
          .add("cgroup_namespace", VARCHAR, "", G, "cgroup namespace inode.",
              Namespaces::cgroup)
          .add("ipc_namespace", VARCHAR, "", G, "IPC namespace inode.", Namespaces::ipc)
          .add("mnt_namespace", VARCHAR, "", G, "Mount namespace inode.", Namespaces::mnt)
          .add("net_namespace", VARCHAR, "", G, "Network namespace inode.", Namespaces::net)
          .add("pid_namespace", VARCHAR, "", G, "pid namespace inode.", Namespaces::pidNs)
          .add("user_namespace", VARCHAR, "", G, "User namespace inode.", Namespaces::user)
          .add("uts_namespace", VARCHAR, "", G, "UTS namespace inode.", Namespaces::uts)
          .build(), List.of("pid"));

  /** process_namespaces over a procfs. */
  public static PerProcessTable<Namespaces> table(ProcessBackend processes) {
    return new PerProcessTable<>(processes, DEF, p -> List.of(processes.namespaces(p.pid())));
  }
}
