package io.hostsql.calcite.audit;

import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.ParsedTable;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.OpenPipe;
import io.hostsql.os.Pipes;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code process_open_pipes}: pipe descriptors and the processes at their other ends (Linux). */
public final class ProcessPipes {
  private static final FetchGroup G = FetchGroup.SYSTEM;

  private ProcessPipes() {
  }

  static final TableDef<OpenPipe> DEF = new TableDef<>("process_open_pipes",
      "Pipes processes hold open (/proc/PID/fd links pipe:[inode], and FIFOs), each end paired "
          + "with every descriptor of the same pipe it can talk to: a reader with each writer, "
          + "an end opened for both with every other. An end nobody else holds has one row "
          + "without a partner. pid = n lists that process's ends (partners are still looked "
          + "for in every process). Processes whose descriptors this user may not read are "
          + "missing, with a warning. Linux.", new Columns<OpenPipe>()
          .key("pid", INTEGER, "Process holding this end.", OpenPipe::pid)
          .key("fd", INTEGER, "Its descriptor.", OpenPipe::fd)
          .add("mode", VARCHAR, "", G, "r, w or rw (fdinfo's access mode).", OpenPipe::mode)
          .add("inode", BIGINT, "", G, "The pipe's inode (pipefs's, or the FIFO file's).",
              OpenPipe::inode)
          .add("type", VARCHAR, "", G, "anonymous (pipe(2)) or named (a FIFO).",
              OpenPipe::type)
          .add("partner_pid", INTEGER, "", G, "Process holding the other descriptor, or NULL.",
              OpenPipe::partnerPid)
          .add("partner_fd", INTEGER, "", G, "Its descriptor, or NULL.", OpenPipe::partnerFd)
          .add("partner_mode", VARCHAR, "", G, "Its mode, or NULL.", OpenPipe::partnerMode)
          .build(), List.of("pid"));

  /** process_open_pipes over the pipes reader. */
  public static ParsedTable<OpenPipe> table(Pipes pipes) {
    return new ParsedTable<>(DEF, keys -> {
      Set<Long> pids = keys.numbers("pid");
      return pipes.open(pids == null ? null
          : pids.stream().map(Long::intValue).collect(Collectors.toSet()));
    });
  }
}
