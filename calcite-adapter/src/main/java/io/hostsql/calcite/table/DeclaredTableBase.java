package io.hostsql.calcite.table;

import io.hostsql.os.OsFamily;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.impl.AbstractTable;

/**
 * What every hostsql table shares: it holds its declaration, and its row type is the
 * declaration's. Subclasses only say how rows are read, and how to build the same table over
 * the columns one platform has ({@link #withDefinition}).
 *
 * @param <S> the row source
 */
public abstract class DeclaredTableBase<S> extends AbstractTable implements OsTable {
  /**
   * The table's one declaration, as the platform it is registered for has it: the row type,
   * the scans' column indices and their values all come from this list, so a column of another
   * platform is not in it and costs a scan nothing.
   */
  protected final TableDef<S> def;

  protected DeclaredTableBase(TableDef<S> def) {
    this.def = def;
  }

  @Override
  public final TableDef<S> definition() {
    return def;
  }

  @Override
  public final RelDataType getRowType(RelDataTypeFactory typeFactory) {
    return def.rowType(typeFactory);
  }

  @Override
  public final OsTable on(OsFamily family) {
    TableDef<S> narrowed = def.on(family);
    return narrowed == def ? this : withDefinition(narrowed);
  }

  /**
   * This table, reading the same sources, over {@code narrowed}: the declaration with only
   * the columns of one platform (in their declared order).
   */
  protected abstract DeclaredTableBase<S> withDefinition(TableDef<S> narrowed);
}
