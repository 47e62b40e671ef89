package io.hostsql.calcite.meta;

import io.hostsql.calcite.table.ColumnDef;
import io.hostsql.calcite.table.DeclaredTable;
import org.apache.calcite.avatica.MetaImpl;
import org.apache.calcite.jdbc.CalciteMetaColumnFactory;
import org.apache.calcite.schema.Table;

/**
 * getColumns rows with each declared column's description and unit as REMARKS, which BI
 * tools show as column comments.
 */
public final class DescribedColumns implements CalciteMetaColumnFactory {
  /** The one instance. */
  public static final DescribedColumns INSTANCE = new DescribedColumns();

  private DescribedColumns() {
  }

  @Override
  public MetaImpl.MetaColumn createColumn(Table table, String tableCat, String tableSchem,
      String tableName, String columnName, int dataType, String typeName, Integer columnSize,
      Integer decimalDigits, int numPrecRadix, int nullable, Integer charOctetLength,
      int ordinalPosition, String isNullable) {
    // Calcite's sizes are -1 where no precision was declared and its names carry the
    // nullability ("INTEGER NOT NULL"), which NULLABLE already says.
    int fraction = decimalDigits == null ? 0 : Math.max(decimalDigits, 0);
    int declared = columnSize == null ? -1 : columnSize;
    boolean temporal = dataType == java.sql.Types.TIMESTAMP || dataType == java.sql.Types.TIME;
    if (temporal) {
      fraction = declared > 0 ? declared : 0;
    }
    return new DescribedMetaColumn(tableCat, tableSchem, tableName, columnName, dataType,
        JdbcTypeFacts.typeName(typeName, dataType),
        JdbcTypeFacts.size(dataType, temporal ? -1 : declared, fraction),
        temporal ? Integer.valueOf(fraction) : decimalDigits, numPrecRadix, nullable, charOctetLength,
        ordinalPosition, isNullable, remarks(table, columnName));
  }

  /**
   * "description Unit: unit." for a declared column ("Platforms: ..." added for a column only
   * some of its table's platforms have), null for anything else.
   */
  public static String remarks(Table table, String columnName) {
    if (!(table instanceof DeclaredTable d)) {
      return null;
    }
    int i = d.definition().indexOf(columnName);
    if (i < 0) {
      return null;
    }
    ColumnDef<?> c = d.definition().columns().get(i);
    String text = c.unit().isEmpty() ? c.description()
        : c.description() + " Unit: " + c.unit() + ".";
    return d.definition().onSomePlatformsOnly(c)
        ? text + " Platforms: " + io.hostsql.os.OsFamily.names(c.platforms()) + "." : text;
  }

  @Override
  public Class<? extends MetaImpl.MetaColumn> getMetaColumnClass() {
    return DescribedMetaColumn.class;
  }
}
