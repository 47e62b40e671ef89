package io.hostsql.calcite.meta;

import org.apache.calcite.jdbc.CalciteMetaImpl;
import org.apache.calcite.schema.Table;

/**
 * A getTables row whose REMARKS is the table's declared description. Avatica builds the
 * result set from this class's public fields by name, so the field below shadows the
 * always-null one of the parent.
 */
public class DescribedMetaTable extends CalciteMetaImpl.CalciteMetaTable {
  /** The REMARKS column. */
  @SuppressWarnings("HidingField")
  public final String remarks;

  public DescribedMetaTable(Table table, String tableCat, String tableSchem, String tableName,
      String remarks) {
    super(table, tableCat, tableSchem, tableName);
    this.remarks = remarks;
  }
}
