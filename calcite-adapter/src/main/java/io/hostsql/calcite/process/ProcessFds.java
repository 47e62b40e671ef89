package io.hostsql.calcite.process;

import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.spi.ProcessBackend;
import java.util.List;

/** {@code process_fds}: every descriptor of every process, whatever it refers to. */
public final class ProcessFds {
  /** One descriptor of one process. */
  record Row(int pid, int fd, String target) {
  }

  static final TableDef<Row> DEF = new TableDef<>("process_fds",
      "Every file descriptor each process holds (ls -l /proc/PID/fd): files, sockets, pipes, "
          + "devices and anonymous inodes. process_open_files has only the regular files, with "
          + "offsets and modes.",
      new Columns<Row>()
          .key("pid", INTEGER, "Process id.", Row::pid)
          .add("fd", INTEGER, "", FetchGroup.DESCRIPTORS, "Descriptor number.", Row::fd)
          .add("target", VARCHAR, "", FetchGroup.DESCRIPTORS, "What it refers to, as the kernel "
              + "names it: a path (with \" (deleted)\" if unlinked), socket:[inode], "
              + "pipe:[inode], anon_inode:[eventfd]...", Row::target)
          .build(),
      List.of("pid"));

  private ProcessFds() {
  }

  public static PerProcessTable<Row> table(ProcessBackend processes) {
    return new PerProcessTable<>(processes, DEF, p -> p.fds().entrySet().stream()
        .map(e -> new Row(p.pid(), e.getKey(), e.getValue())).toList());
  }
}
