package io.hostsql.calcite.table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * A small builder for a table's column list, so each declaration reads as a list of
 * name, type, unit and description.
 *
 * @param <S> the row source
 */
public final class Columns<S> {
  private final List<ColumnDef<S>> columns = new ArrayList<>();

  /** A column that can be NULL. */
  public Columns<S> add(String name, SqlTypeName type, String unit, FetchGroup group,
      String description, Function<S, Object> value) {
    columns.add(new ColumnDef<>(name, type, true, unit, description, group, value));
    return this;
  }

  /** A column that is never NULL. */
  public Columns<S> key(String name, SqlTypeName type, String description,
      Function<S, Object> value) {
    columns.add(new ColumnDef<>(name, type, false, "", description, FetchGroup.KEY, value));
    return this;
  }

  /**
   * Declares the column added last for these platforms only (osquery's extended_schema): a
   * schema over another platform does not have it.
   */
  public Columns<S> on(io.hostsql.os.OsFamily... families) {
    ColumnDef<S> c = columns.remove(columns.size() - 1);
    columns.add(new ColumnDef<>(c.name(), c.type(), c.nullable(), c.unit(), c.description(),
        c.fetchGroup(), c.value(), java.util.Set.of(families)));
    return this;
  }

  /** The columns, in the order added. */
  public List<ColumnDef<S>> build() {
    return List.copyOf(columns);
  }
}
