package io.hostsql.calcite.meta;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.Table;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * The columns of each table's primary key, from the first unique key the table declares in its
 * statistic: what getPrimaryKeys and information_schema.key_column_usage both list.
 */
public final class KeyColumns {
  /** One column of a primary key; {@code position} counts from 1. */
  public record KeyColumn(String schema, String table, String column, int position) {
    /** The key's name, as getPrimaryKeys' PK_NAME and the constraint's name. */
    public String keyName() {
      return table + "_pk";
    }
  }

  private KeyColumns() {
  }

  /** The key columns of the tables under {@code root}, narrowed to a schema and table if given. */
  public static List<KeyColumn> of(SchemaPlus root, RelDataTypeFactory types, String schema,
      String table) {
    List<KeyColumn> rows = new ArrayList<>();
    for (String schemaName : root.getSubSchemaNames()) {
      SchemaPlus sub = root.getSubSchema(schemaName);
      if (sub == null || schema != null && !schema.equals(schemaName)) {
        continue;
      }
      for (String tableName : sub.getTableNames()) {
        if (table != null && !table.equals(tableName)) {
          continue;
        }
        Table t = sub.getTable(tableName);
        List<ImmutableBitSet> keys = t == null ? null : t.getStatistic().getKeys();
        if (keys == null || keys.isEmpty()) {
          continue;
        }
        List<String> fields = t.getRowType(types).getFieldNames();
        int position = 1;
        for (int i : keys.get(0)) {
          rows.add(new KeyColumn(schemaName, tableName, fields.get(i), position++));
        }
      }
    }
    return rows;
  }
}
