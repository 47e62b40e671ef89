package io.hostsql.calcite.process;

import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.BOOLEAN;
import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.MemoryMap;
import io.hostsql.os.linux.ProcFs;
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
          .add("address", VARCHAR, "", FetchGroup.SMAPS, "start-end, in hex.",
              r -> r.map().address())
          .add("perms", VARCHAR, "", FetchGroup.SMAPS, "Permissions: r, w, x and p (private) "
              + "or s (shared).", r -> r.map().perms())
          .add("path", VARCHAR, "", FetchGroup.SMAPS, "Mapped file, or [anon], [heap], "
              + "[stack]...", r -> r.map().path())
          .add("rss", BIGINT, "bytes", FetchGroup.SMAPS, "Resident.", r -> r.map().rss())
          .add("size", BIGINT, "bytes", FetchGroup.SMAPS, "Mapped size.", r -> r.map().size())
          .add("pss", BIGINT, "bytes", FetchGroup.SMAPS, "Proportional share of resident.",
              r -> r.map().pss())
          .add("shared_clean", BIGINT, "bytes", FetchGroup.SMAPS, "Clean pages shared.",
              r -> r.map().sharedClean())
          .add("shared_dirty", BIGINT, "bytes", FetchGroup.SMAPS, "Dirty pages shared.",
              r -> r.map().sharedDirty())
          .add("private_clean", BIGINT, "bytes", FetchGroup.SMAPS, "Clean private pages.",
              r -> r.map().privateClean())
          .add("private_dirty", BIGINT, "bytes", FetchGroup.SMAPS, "Dirty private pages.",
              r -> r.map().privateDirty())
          .add("referenced", BIGINT, "bytes", FetchGroup.SMAPS, "Pages marked referenced.",
              r -> r.map().referenced())
          .add("anonymous", BIGINT, "bytes", FetchGroup.SMAPS, "Anonymous pages.",
              r -> r.map().anonymous())
          .add("swap", BIGINT, "bytes", FetchGroup.SMAPS, "Swapped out.", r -> r.map().swap())
          .add("deleted", BOOLEAN, "", FetchGroup.SMAPS, "Whether the mapped file was deleted "
              + "(a replaced library or binary still in use).", r -> r.map().deleted())
          .build(),
      List.of("pid"));

  private ProcessMemoryMaps() {
  }

  public static PerProcessTable<Row> table(ProcFs fs) {
    return new PerProcessTable<>(fs, DEF, p -> p.memoryMaps(false).stream()
        .map(m -> new Row(p.pid(), m)).toList());
  }
}
