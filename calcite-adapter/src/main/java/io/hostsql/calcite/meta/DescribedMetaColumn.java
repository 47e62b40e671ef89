package io.hostsql.calcite.meta;

import org.apache.calcite.avatica.MetaImpl;

/** A getColumns row whose REMARKS is the column's declared description and unit. */
public class DescribedMetaColumn extends MetaImpl.MetaColumn {
  /** The REMARKS column (shadows the parent's, which Calcite leaves null). */
  @SuppressWarnings("HidingField")
  public final String remarks;

  @SuppressWarnings("checkstyle:ParameterNumber")
  public DescribedMetaColumn(String tableCat, String tableSchem, String tableName,
      String columnName, int dataType, String typeName, Integer columnSize,
      Integer decimalDigits, int numPrecRadix, int nullable, Integer charOctetLength,
      int ordinalPosition, String isNullable, String remarks) {
    super(tableCat, tableSchem, tableName, columnName, dataType, typeName, columnSize,
        decimalDigits, numPrecRadix, nullable, charOctetLength, ordinalPosition, isNullable);
    this.remarks = remarks;
  }
}
