package io.hostsql.calcite.osquery;

import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.schema.Schema;
import org.apache.calcite.schema.TableMacro;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * A view registered as a table rather than as a nullary table macro, expanded on first use.
 * As a table it is found by name patterns in DatabaseMetaData (Calcite lists nullary macros
 * without applying the table-name pattern); expanded lazily, it costs a connection nothing
 * until a query or a metadata call touches it.
 *
 * <p>A column the view's SQL makes from text literals ({@code '' AS "uuid"}, a CASE of
 * letters) would be {@code CHAR(n) NOT NULL}, n being the longest literal (CHAR(0) for '');
 * osquery declares such columns TEXT, so they are VARCHAR and nullable here, and the view's
 * rows are cast to that type.
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
    RelDataType derived = view().getRowType(typeFactory);
    RelDataTypeFactory.Builder row = typeFactory.builder();
    for (RelDataTypeField f : derived.getFieldList()) {
      RelDataType type = f.getType();
      if (type.getSqlTypeName() == SqlTypeName.CHAR) {
        RelDataType text = typeFactory.createTypeWithCharsetAndCollation(
            typeFactory.createSqlType(SqlTypeName.VARCHAR), type.getCharset(),
            type.getCollation());
        type = typeFactory.createTypeWithNullability(text, true);
      }
      row.add(f.getName(), type);
    }
    return row.build();
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
