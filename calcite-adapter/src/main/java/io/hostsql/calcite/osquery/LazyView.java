package io.hostsql.calcite.osquery;

import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.Schema;
import org.apache.calcite.schema.TableMacro;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;

/**
 * A view registered as a table rather than as a nullary table macro, expanded on first use.
 * As a table it is found by name patterns in DatabaseMetaData (Calcite lists nullary macros
 * without applying the table-name pattern); expanded lazily, it costs a connection nothing
 * until a query or a metadata call touches it.
 */
final class LazyView extends AbstractTable implements TranslatableTable {
  private final TableMacro macro;
  private volatile TranslatableTable view;

  LazyView(TableMacro macro) {
    this.macro = macro;
  }

  private TranslatableTable view() {
    TranslatableTable v = view;
    if (v == null) {
      v = (TranslatableTable) macro.apply(java.util.List.of());
      view = v;
    }
    return v;
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    return view().getRowType(typeFactory);
  }

  @Override
  public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
    return view().toRel(context, relOptTable);
  }

  @Override
  public Schema.TableType getJdbcTableType() {
    return Schema.TableType.VIEW;
  }
}
