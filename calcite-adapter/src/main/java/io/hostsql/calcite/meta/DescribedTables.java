package io.hostsql.calcite.meta;

import io.hostsql.calcite.table.DeclaredTable;
import org.apache.calcite.avatica.MetaImpl;
import org.apache.calcite.jdbc.CalciteMetaTableFactory;
import org.apache.calcite.schema.Table;

/** getTables rows with each declared table's description and platforms as REMARKS. */
public final class DescribedTables implements CalciteMetaTableFactory {
  /** The one instance. */
  public static final DescribedTables INSTANCE = new DescribedTables();

  private DescribedTables() {
  }

  @Override
  public MetaImpl.MetaTable createTable(Table table, String tableCat, String tableSchem,
      String tableName) {
    String remarks = table instanceof DeclaredTable d
        ? d.definition().description() + " Platforms: " + d.definition().platformNames() + "."
        : null;
    return new DescribedMetaTable(table, tableCat, tableSchem, tableName, remarks);
  }

  @Override
  public Class<? extends MetaImpl.MetaTable> getMetaTableClass() {
    return DescribedMetaTable.class;
  }
}
