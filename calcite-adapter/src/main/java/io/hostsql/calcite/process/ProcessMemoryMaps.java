package io.hostsql.calcite.process;

import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.BOOLEAN;
import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.OsFamily;
import io.hostsql.os.MemoryMap;
import io.hostsql.os.spi.ProcessBackend;
import java.util.List;

/** {@code process_memory_maps}: every mapping of every process, from /proc/PID/smaps. */
public final class ProcessMemoryMaps {
  /** One mapping of one process. */
  record Row(int pid, MemoryMap map) {
  }

  static final TableDef<Row> DEF = new TableDef<>("process_memory_maps",
      "Every mapping of each process's address space (psutil's memory_maps(grouped=False)), "
          + "with its smaps sizes. Reading smaps is the most expensive per-process read: filter "
          + "on pid.",
      new Columns<Row>()
          .key("pid", INTEGER, "Process id.", Row::pid)
          .add("address", VARCHAR, "", FetchGroup.MEMORY_MAPS, "start-end, in hex.",
              r -> r.map().address())
          .add("perms", VARCHAR, "", FetchGroup.MEMORY_MAPS, "Permissions: r, w, x and p (private) "
              + "or s (shared).", r -> r.map().perms())
          .add("path", VARCHAR, "", FetchGroup.MEMORY_MAPS, "Mapped file, or [anon], [heap], "
              + "[stack]...", r -> r.map().path())
          .add("rss", BIGINT, "bytes", FetchGroup.MEMORY_MAPS, "Resident.", r -> r.map().rss())
          .add("size", BIGINT, "bytes", FetchGroup.MEMORY_MAPS, "Mapped size.", r -> r.map().size()).on(OsFamily.LINUX)
          .add("pss", BIGINT, "bytes", FetchGroup.MEMORY_MAPS, "Proportional share of resident.",
              r -> r.map().pss()).on(OsFamily.LINUX)
          .add("shared_clean", BIGINT, "bytes", FetchGroup.MEMORY_MAPS, "Clean pages shared.",
              r -> r.map().sharedClean()).on(OsFamily.LINUX)
          .add("shared_dirty", BIGINT, "bytes", FetchGroup.MEMORY_MAPS, "Dirty pages shared.",
              r -> r.map().sharedDirty()).on(OsFamily.LINUX)
          .add("private_clean", BIGINT, "bytes", FetchGroup.MEMORY_MAPS, "Clean private pages.",
              r -> r.map().privateClean()).on(OsFamily.LINUX)
          .add("private_dirty", BIGINT, "bytes", FetchGroup.MEMORY_MAPS, "Dirty private pages.",
              r -> r.map().privateDirty()).on(OsFamily.LINUX)
          .add("referenced", BIGINT, "bytes", FetchGroup.MEMORY_MAPS, "Pages marked referenced.",
              r -> r.map().referenced()).on(OsFamily.LINUX)
          .add("anonymous", BIGINT, "bytes", FetchGroup.MEMORY_MAPS, "Anonymous pages.",
              r -> r.map().anonymous()).on(OsFamily.LINUX)
          .add("swap", BIGINT, "bytes", FetchGroup.MEMORY_MAPS, "Swapped out.", r -> r.map().swap()).on(OsFamily.LINUX)
          .add("deleted", BOOLEAN, "", FetchGroup.MEMORY_MAPS, "Whether the mapped file was deleted "
              + "(a replaced library or binary still in use).", r -> r.map().deleted()).on(OsFamily.LINUX)
          .build(),
      List.of("pid"), TableDef.LINUX_AND_WINDOWS);

  private ProcessMemoryMaps() {
  }

  public static PerProcessTable<Row> table(ProcessBackend processes) {
    return new PerProcessTable<>(processes, DEF, p -> p.memoryMaps(false).stream()
        .map(m -> new Row(p.pid(), m)).toList());
  }
}
