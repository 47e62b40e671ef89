package io.hostsql.calcite.table;

import io.hostsql.calcite.plan.OsScanRules;
import io.hostsql.calcite.plan.OsTableScan;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.schema.ProjectableFilterableTable;
import org.apache.calcite.schema.TranslatableTable;

/**
 * A hostsql table: declared once, scanned with the filters and columns a query needs, and
 * planned as an {@link OsTableScan} (compiled, not interpreted). {@link OsScanRules} push the
 * filters and columns in.
 */
public interface OsTable extends ProjectableFilterableTable, TranslatableTable, DeclaredTable {
  /**
   * The table as the platform {@code family} has it: itself when the family has every column,
   * else the same table over the family's columns only (osquery's extended_schema), so that a
   * column of another platform is absent from the row type rather than a column of NULLs.
   *
   * @throws IllegalArgumentException when the family does not have the table
   */
  OsTable on(io.hostsql.os.OsFamily family);

  @Override
  default RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
    return OsTableScan.of(context.getCluster(), relOptTable, this);
  }
}
