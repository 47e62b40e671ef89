package io.hostsql.calcite.process;

import io.hostsql.calcite.table.ColumnDef;
import io.hostsql.calcite.table.RefusedValues;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.calcite.table.Values;
import io.hostsql.os.AccessDeniedException;
import io.hostsql.os.OsException;
import io.hostsql.os.Process;
import io.hostsql.os.spi.ProcessBackend;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.rex.RexNode;

/**
 * A table with many rows per process (its arguments, open files, threads...), keyed by pid: a
 * pid filter reads only those processes. A process that vanishes or refuses the read yields no
 * rows; the query goes on.
 *
 * @param <S> one row's source
 */
public final class PerProcessTable<S> extends PidKeyedTable<S> {
  private final Function<Process, List<S>> rowsOf;

  public PerProcessTable(ProcessBackend processes, TableDef<S> def,
      Function<Process, List<S>> rowsOf) {
    super(def, processes);
    this.rowsOf = rowsOf;
  }

  @Override
  protected PerProcessTable<S> withDefinition(TableDef<S> narrowed) {
    return new PerProcessTable<>(processes, narrowed, rowsOf);
  }

  /** About ten rows per process: enough for the planner to prefer a lookup when it can. */
  @Override
  public org.apache.calcite.schema.Statistic getStatistic() {
    return org.apache.calcite.schema.Statistics.of(processCount() * 10.0, List.of());
  }

  @Override
  protected Enumerable<Object[]> scan(DataContext root, List<RexNode> filters, int[] projects,
      java.util.Set<Long> lookup) {
    PidScope scope = scope(filters, root, lookup);
    List<ColumnDef<S>> columns = Values.projected(def, projects);
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<Object[]> enumerator() {
        return new RowsEnumerator(scope.pids(), columns);
      }
    };
  }

  private List<S> rowsOf(int pid) {
    Process p = processes.process(pid);
    try (var ignored = p.oneshot()) {
      return rowsOf.apply(p);
    } catch (OsException e) {
      // Gone, a zombie, or refused (AccessDenied): psutil's process_iter skips it; so do we,
      // counting a refusal for the statement's warning.
      if (e instanceof AccessDeniedException) {
        RefusedValues.refused();
      } else if (e instanceof io.hostsql.os.NotImplementedException missing) {
        io.hostsql.calcite.table.MissingReaders.note(missing);
      }
      return Collections.emptyList();
    }
  }

  /** Reads one process at a time, as the query pulls rows. */
  private final class RowsEnumerator implements Enumerator<Object[]> {
    private final int[] pids;
    private final List<ColumnDef<S>> columns;
    private int next;
    private Iterator<S> current = Collections.emptyIterator();
    private Object[] row;

    RowsEnumerator(int[] pids, List<ColumnDef<S>> columns) {
      this.pids = pids;
      this.columns = columns;
    }

    @Override
    public Object[] current() {
      return row;
    }

    @Override
    public boolean moveNext() {
      while (true) {
        while (current.hasNext()) {
          Object[] r = Values.row(current.next(), columns);
          if (r != null) {
            row = r;
            return true;
          }
        }
        if (next >= pids.length) {
          row = null;
          return false;
        }
        current = rowsOf(pids[next++]).iterator();
      }
    }

    @Override
    public void reset() {
      next = 0;
      current = Collections.emptyIterator();
    }

    @Override
    public void close() {
    }
  }
}
