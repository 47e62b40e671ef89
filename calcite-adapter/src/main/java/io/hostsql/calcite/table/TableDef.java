package io.hostsql.calcite.table;

import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;

/**
 * A hostsql table's one declaration: its name, description, columns and the columns a filter
 * on which the scan can answer without reading everything (its pushdown keys).
 *
 * @param name the table name, a plural noun
 * @param description one paragraph for REMARKS and docs
 * @param columns the columns, in order
 * @param pushdownKeys columns whose equality filters narrow the scan
 * @param <S> the row source type
 */
public record TableDef<S>(String name, String description, List<ColumnDef<S>> columns,
    List<String> pushdownKeys) {

  /** The Calcite row type of the declared columns. */
  public RelDataType rowType(RelDataTypeFactory typeFactory) {
    RelDataTypeFactory.Builder b = typeFactory.builder();
    for (ColumnDef<S> c : columns) {
      b.add(c.name(), typeFactory.createTypeWithNullability(
          typeFactory.createSqlType(c.type()), c.nullable()));
    }
    return b.build();
  }

  /** The index of a column by exact name, or -1. */
  public int indexOf(String column) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(column)) {
        return i;
      }
    }
    return -1;
  }
}
