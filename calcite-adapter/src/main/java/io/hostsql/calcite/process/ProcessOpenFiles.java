package io.hostsql.calcite.process;

import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.BOOLEAN;
import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.OsFamily;
import io.hostsql.os.OpenFile;
import io.hostsql.os.spi.ProcessBackend;
import java.util.List;

/** {@code process_open_files}: regular files each process has open. */
public final class ProcessOpenFiles {
  /** One open file of one process. */
  record Row(int pid, OpenFile file) {
  }

  static final TableDef<Row> DEF = new TableDef<>("process_open_files",
      "Regular files each process holds open (psutil's open_files): sockets, pipes and "
          + "devices are not listed. A deleted file keeps its path without the \" (deleted)\" "
          + "mark when no file of that name exists now.",
      new Columns<Row>()
          .key("pid", INTEGER, "Process id.", Row::pid)
          .add("fd", INTEGER, "", FetchGroup.DESCRIPTORS, "Descriptor number.", r -> r.file().fd()).on(OsFamily.LINUX)
          .add("path", VARCHAR, "", FetchGroup.DESCRIPTORS, "Absolute path of the file.",
              r -> r.file().path())
          .add("position", BIGINT, "bytes", FetchGroup.DESCRIPTORS, "The file offset.",
              r -> r.file().position()).on(OsFamily.LINUX)
          .add("mode", VARCHAR, "", FetchGroup.DESCRIPTORS, "r, w, a, r+ or a+.", r -> r.file().mode()).on(OsFamily.LINUX)
          .add("flags", INTEGER, "", FetchGroup.DESCRIPTORS, "The open(2) flags.", r -> r.file().flags()).on(OsFamily.LINUX)
          .add("deleted", BOOLEAN, "", FetchGroup.DESCRIPTORS, "Whether the file was deleted while "
              + "held open (its space is freed only when the last holder closes it).",
              r -> r.file().deleted()).on(OsFamily.LINUX)
          .build(),
      List.of("pid"), TableDef.LINUX_AND_WINDOWS);

  private ProcessOpenFiles() {
  }

  public static PerProcessTable<Row> table(ProcessBackend processes) {
    return new PerProcessTable<>(processes, DEF, p -> p.openFiles().stream()
        .map(f -> new Row(p.pid(), f)).toList());
  }
}
