package io.hostsql.calcite.process;

import io.hostsql.calcite.table.ColumnDef;
import io.hostsql.os.AccessDeniedException;
import io.hostsql.os.NoSuchProcessException;
import io.hostsql.os.Oneshot;
import io.hostsql.os.OsException;
import io.hostsql.os.Process;
import io.hostsql.os.ZombieProcessException;
import io.hostsql.os.linux.ProcFs;
import java.util.List;

/**
 * Builds one row of a per-process table inside one oneshot scope, with psutil's process_iter
 * semantics: a refused value is NULL, a zombie keeps its row with what can be read, a process
 * that is gone yields no row.
 */
final class ProcessRowReader {
  private final ProcFs fs;
  private final List<ColumnDef<Process>> columns;

  ProcessRowReader(ProcFs fs, List<ColumnDef<Process>> columns) {
    this.fs = fs;
    this.columns = columns;
  }

  /** The row for this pid, or null when the process is gone. */
  Object[] read(int pid) {
    Process p = Process.lazy(fs, pid);
    Object[] row = new Object[columns.size()];
    try (Oneshot ignored = p.oneshot()) {
      for (int i = 0; i < row.length; i++) {
        row[i] = value(p, columns.get(i));
      }
    } catch (ProcessGone e) {
      return null;
    }
    return row;
  }

  private static Object value(Process p, ColumnDef<Process> column) {
    try {
      return column.value().apply(p);
    } catch (ZombieProcessException | AccessDeniedException e) {
      return null;
    } catch (NoSuchProcessException e) {
      throw new ProcessGone();
    } catch (OsException e) {
      // The process directory outlived its files (psutil gh-2418): the value is unknowable.
      return null;
    }
  }

  /** Unwinds a row whose process vanished; carries no stack, it is control flow. */
  private static final class ProcessGone extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ProcessGone() {
      super(null, null, false, false);
    }
  }
}
