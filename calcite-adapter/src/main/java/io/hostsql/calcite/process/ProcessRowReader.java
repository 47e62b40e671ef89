package io.hostsql.calcite.process;

import io.hostsql.calcite.pushdown.EqualityGuards;
import io.hostsql.calcite.pushdown.OrShortcuts;
import io.hostsql.calcite.table.ColumnDef;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.calcite.table.Values;
import io.hostsql.os.Oneshot;
import io.hostsql.os.Process;
import io.hostsql.os.spi.ProcessBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

  private final ProcessBackend processes;
  private final TableDef<Process> def;
  /** The table columns of the row, in order. */
  private final int[] tableColumns;
  private final List<ColumnDef<Process>> columns;
  private final List<Check> checks;
  private final OrShortcuts shortcuts;

  ProcessRowReader(ProcessBackend processes, TableDef<Process> def, int[] tableColumns,
      List<Check> checks, OrShortcuts shortcuts) {
    this.processes = processes;
    this.def = def;
    this.tableColumns = tableColumns;
    this.columns = java.util.Arrays.stream(tableColumns).mapToObj(def.columns()::get).toList();
    this.checks = checks;
    this.shortcuts = shortcuts;
  }

  /** The row for this pid, or null when the process is gone or a guard rejects it. */
  Object[] read(int pid) {
    return read(processes.process(pid));
  }

  /** As {@link #read(int)} for a process already in hand (one a kernel walk described). */
  Object[] read(Process p) {
    try (Oneshot ignored = p.oneshot()) {
      for (Check c : checks) {
        Object[] v = Values.row(p, List.of(c.column()));
        if (v == null || v[0] != null && !c.guard().admits(v[0])) {
          return null;
        }
      }
      if (shortcuts.isEmpty()) {
        return Values.row(p, columns);
      }
      return readSkipping(p);
    }
  }

  /** The row with the filter-only columns this process's cheap values decide left null. */
  private Object[] readSkipping(Process p) {
    Set<Integer> skip = shortcuts.skippable(column -> {
      Object[] v = Values.row(p, List.of(def.columns().get(column)));
      return v == null ? null : v[0];
    });
    List<ColumnDef<Process>> read = new ArrayList<>();
    for (int i = 0; i < tableColumns.length; i++) {
      if (!skip.contains(tableColumns[i])) {
        read.add(columns.get(i));
      }
    }
    Object[] values = Values.row(p, read);
    if (values == null || read.size() == columns.size()) {
      return values;
    }
    Object[] row = new Object[columns.size()];
    for (int i = 0, j = 0; i < tableColumns.length; i++) {
      if (!skip.contains(tableColumns[i])) {
        row[i] = values[j++];
      }
    }
    return row;
  }
}
