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
  @Override
  default RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
    return OsTableScan.of(context.getCluster(), relOptTable, this);
  }
}
