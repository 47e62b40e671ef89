package io.hostsql.calcite.table;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.impl.AbstractTable;

/**
 * What every hostsql table shares: it holds its declaration, and its row type is the
 * declaration's. Subclasses only say how rows are read.
 *
 * @param <S> the row source
 */
public abstract class DeclaredTableBase<S> extends AbstractTable implements OsTable {
  /** The table's one declaration. */
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
}
