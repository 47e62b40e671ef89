package io.hostsql.calcite.process;

import io.hostsql.calcite.pushdown.EqualityGuards;
import io.hostsql.calcite.table.ColumnDef;
import io.hostsql.calcite.table.Values;
import io.hostsql.os.Oneshot;
import io.hostsql.os.Process;
import io.hostsql.os.linux.ProcFs;
import java.util.List;

/**
 * Builds one row of {@code processes} inside one oneshot scope, with psutil's process_iter
 * semantics (see {@link Values}); guards on cheap columns are checked first, so a rejected
 * process costs only what the guard read.
 */
final class ProcessRowReader {
  /**
   * A guard and the column it tests.
   *
   * @param column the guarded column
   * @param guard the constant it must equal
   */
  record Check(ColumnDef<Process> column, EqualityGuards.Guard guard) {
  }

  private final ProcFs fs;
  private final List<ColumnDef<Process>> columns;
  private final List<Check> checks;

  ProcessRowReader(ProcFs fs, List<ColumnDef<Process>> columns, List<Check> checks) {
    this.fs = fs;
    this.columns = columns;
    this.checks = checks;
  }

  /** The row for this pid, or null when the process is gone or a guard rejects it. */
  Object[] read(int pid) {
    Process p = Process.lazy(fs, pid);
    try (Oneshot ignored = p.oneshot()) {
      for (Check c : checks) {
        Object[] v = Values.row(p, List.of(c.column()));
        if (v == null || v[0] != null && !c.guard().admits(v[0])) {
          return null;
        }
      }
      return Values.row(p, columns);
    }
  }
}
