package io.hostsql.calcite.table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rex.RexNode;

/**
 * A table of machine-wide facts: its rows come from one call per scan (virtual_memory,
 * disk_partitions...), and only the projected columns are computed.
 *
 * @param <S> the row source, one per row
 */
public final class SystemTable<S> extends DeclaredTableBase<S> {
  private final Supplier<List<S>> rows;

  public SystemTable(TableDef<S> def, Supplier<List<S>> rows) {
    super(def);
    this.rows = rows;
  }

  @Override
  protected SystemTable<S> withDefinition(TableDef<S> narrowed) {
    return new SystemTable<>(narrowed, rows);
  }

  @Override
  public Enumerable<Object[]> scan(DataContext root, List<RexNode> filters, int[] projects) {
    List<ColumnDef<S>> columns = Values.projected(def, projects);
    List<Object[]> out = new ArrayList<>();
    List<S> sources;
    try {
      sources = rows.get();
    } catch (io.hostsql.os.NotImplementedException e) {
      // The platform has the table but not its reader yet: no rows, and a warning.
      MissingReaders.note(e);
      sources = List.of();
    }
    for (S s : sources) {
      Object[] row = Values.row(s, columns);
      if (row != null) {
        out.add(row);
      }
    }
    return Linq4j.asEnumerable(out);
  }
}
