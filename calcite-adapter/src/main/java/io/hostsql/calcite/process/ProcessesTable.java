package io.hostsql.calcite.process;

import io.hostsql.calcite.pushdown.KeyFilter;
import io.hostsql.calcite.table.ColumnDef;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.Process;
import io.hostsql.os.Processes;
import io.hostsql.os.linux.ProcFs;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.ProjectableFilterableTable;
import org.apache.calcite.schema.impl.AbstractTable;

/**
 * The {@code processes} table (declared in {@link ProcessColumns}). A filter pinning
 * {@code pid} to values reads only those processes; only the projected columns' files are read.
 */
public final class ProcessesTable extends AbstractTable implements ProjectableFilterableTable {
  private final ProcFs fs;
  private final TableDef<Process> def = ProcessColumns.TABLE;

  public ProcessesTable(ProcFs fs) {
    this.fs = fs;
  }

  /** The declaration this table serves. */
  public TableDef<Process> definition() {
    return def;
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    return def.rowType(typeFactory);
  }

  @Override
  public Enumerable<Object[]> scan(DataContext root, List<RexNode> filters, int[] projects) {
    Set<Long> pidValues = KeyFilter.extract(filters, def.indexOf("pid"), root);
    List<ColumnDef<Process>> wanted = new ArrayList<>();
    if (projects == null) {
      wanted.addAll(def.columns());
    } else {
      for (int i : projects) {
        wanted.add(def.columns().get(i));
      }
    }
    boolean readsNothing = wanted.stream().allMatch(c -> c.fetchGroup() == FetchGroup.KEY);
    ProcessRowReader reader = new ProcessRowReader(fs, wanted);
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<Object[]> enumerator() {
        int[] pids = pidValues == null ? fs.pids() : existingPids(pidValues);
        return new PidEnumerator(pids, pid -> readsNothing ? keyOnlyRow(pid, wanted.size())
            : reader.read(pid));
      }
    };
  }

  private static Object[] keyOnlyRow(int pid, int width) {
    Object[] row = new Object[width];
    java.util.Arrays.fill(row, pid);
    return row;
  }

  /**
   * The pushed-down pids that name live processes. A thread id has a /proc entry too, but is not
   * a row of a full scan, so it must not become one here.
   */
  private int[] existingPids(Set<Long> values) {
    int[] out = new int[values.size()];
    int n = 0;
    for (long v : values) {
      if (v > 0 && v <= Integer.MAX_VALUE && Processes.pidExists(fs, (int) v)) {
        out[n++] = (int) v;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }
}
