package io.hostsql.calcite.table;

import io.hostsql.os.Parsed;
import java.util.ArrayList;
import java.util.List;
import io.hostsql.calcite.pushdown.ScanKeys;
import java.util.function.Function;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rex.RexNode;

/**
 * A table read from files that may be malformed or unreadable (configuration, databases,
 * histories): its rows are what parsed, and what did not becomes SQLWarnings on the statement
 * ({@link ScanWarnings}), never a failed query.
 *
 * @param <S> the row source, one per row
 */
public final class ParsedTable<S> extends DeclaredTableBase<S> {
  private final Function<ScanKeys, Parsed<S>> rows;

  /**
   * @param def the declaration
   * @param rows reads the rows, narrowed to the keys a query's filters pin where the reader
   *     can use them (it may ignore them: the filters are applied again above the scan)
   */
  public ParsedTable(TableDef<S> def, Function<ScanKeys, Parsed<S>> rows) {
    super(def);
    this.rows = rows;
  }

  @Override
  protected ParsedTable<S> withDefinition(TableDef<S> narrowed) {
    return new ParsedTable<>(narrowed, rows);
  }

  @Override
  public Enumerable<Object[]> scan(DataContext root, List<RexNode> filters, int[] projects) {
    Parsed<S> parsed = rows.apply(ScanKeys.of(def, filters, root));
    ScanWarnings.report(root, def.name(), parsed.problems());
    List<ColumnDef<S>> columns = Values.projected(def, projects);
    List<Object[]> out = new ArrayList<>(parsed.values().size());
    for (S s : parsed.values()) {
      Object[] row = Values.row(s, columns);
      if (row != null) {
        out.add(row);
      }
    }
    return Linq4j.asEnumerable(out);
  }
}
