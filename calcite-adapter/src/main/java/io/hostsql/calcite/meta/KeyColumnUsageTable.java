package io.hostsql.calcite.meta;

import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * {@code information_schema.key_column_usage}: the primary key columns of every table
 * ({@link KeyColumns}), read from the schema of the connection that queries it.
 */
final class KeyColumnUsageTable extends AbstractTable implements ScannableTable {
  @Override
  public RelDataType getRowType(RelDataTypeFactory types) {
    RelDataType text = types.createTypeWithNullability(
        types.createSqlType(SqlTypeName.VARCHAR), true);
    return types.builder()
        .add("constraint_catalog", text).add("constraint_schema", text)
        .add("constraint_name", text).add("table_catalog", text).add("table_schema", text)
        .add("table_name", text).add("column_name", text)
        .add("ordinal_position", types.createSqlType(SqlTypeName.INTEGER))
        .build();
  }

  @Override
  public Enumerable<Object[]> scan(DataContext root) {
    SchemaPlus schema = root.getRootSchema();
    if (schema == null) {
      return Linq4j.emptyEnumerable();
    }
    return Linq4j.asEnumerable(KeyColumns.of(schema, root.getTypeFactory(), null, null))
        .select(k -> new Object[] {null, k.schema(), k.keyName(), null, k.schema(), k.table(),
            k.column(), k.position()});
  }
}
