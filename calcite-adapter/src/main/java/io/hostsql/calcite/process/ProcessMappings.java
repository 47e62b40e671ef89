package io.hostsql.calcite.process;

import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.BOOLEAN;
import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.Mapping;
import io.hostsql.os.spi.ProcessBackend;
import java.util.List;

/** {@code process_mappings}: every region of every process, from /proc/PID/maps. */
public final class ProcessMappings {
  /** One region of one process. */
  record Row(int pid, Mapping m) {
  }

  static final TableDef<Row> DEF = new TableDef<>("process_mappings",
      "Every region of each process's address space as /proc/PID/maps lists it: addresses, "
          + "permissions, offset, device and inode. Much cheaper than process_memory_maps, "
          + "which adds smaps' sizes.",
      new Columns<Row>()
          .key("pid", INTEGER, "Process id.", Row::pid)
          .add("start_address", VARCHAR, "", FetchGroup.MAPPINGS, "First address, hex.", r -> r.m().start())
          .add("end_address", VARCHAR, "", FetchGroup.MAPPINGS, "Address past the last, hex.",
              r -> r.m().end())
          .add("perms", VARCHAR, "", FetchGroup.MAPPINGS, "r, w, x, then p (private) or s "
              + "(shared).", r -> r.m().perms())
          .add("file_offset", BIGINT, "bytes", FetchGroup.MAPPINGS, "Offset into the mapped file.",
              r -> r.m().offset())
          .add("device", VARCHAR, "", FetchGroup.MAPPINGS, "The file's device, major:minor in "
              + "hex.", r -> r.m().device())
          .add("inode", BIGINT, "", FetchGroup.MAPPINGS, "The file's inode; 0 when anonymous.",
              r -> r.m().inode())
          .add("path", VARCHAR, "", FetchGroup.MAPPINGS, "The mapped file, a pseudo path "
              + "([heap], [stack], [vdso]...), or '' when anonymous.", r -> r.m().path())
          .add("deleted", BOOLEAN, "", FetchGroup.MAPPINGS, "Whether the mapped file was deleted.",
              r -> r.m().deleted())
          .build(),
      List.of("pid"));

  private ProcessMappings() {
  }

  public static PerProcessTable<Row> table(ProcessBackend processes) {
    return new PerProcessTable<>(processes, DEF, p -> p.mappings().stream()
        .map(m -> new Row(p.pid(), m)).toList());
  }
}
