package io.hostsql.calcite.plan;

import java.util.List;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.logical.LogicalAggregate;
import org.apache.calcite.schema.ProjectableFilterableTable;
import org.apache.calcite.tools.RelBuilder;

/**
 * Puts a projection of the first column between an aggregate that reads no column (count(*),
 * a constant) and a scan of a projectable table, so the scan is asked for one cheap column
 * instead of all of them: {@code SELECT count(*) FROM processes} then lists pids and opens no
 * process file.
 */
public final class NoColumnAggregateRule extends RelOptRule {
  /** The one instance. */
  public static final NoColumnAggregateRule INSTANCE = new NoColumnAggregateRule();

  @SuppressWarnings("deprecation")
  private NoColumnAggregateRule() {
    super(operand(LogicalAggregate.class, operand(TableScan.class, none())),
        "NoColumnAggregateRule");
  }

  @Override
  public boolean matches(RelOptRuleCall call) {
    Aggregate aggregate = call.rel(0);
    TableScan scan = call.rel(1);
    if (!aggregate.getGroupSet().isEmpty() || scan.getRowType().getFieldCount() <= 1
        || scan.getTable().unwrap(ProjectableFilterableTable.class) == null) {
      return false;
    }
    for (AggregateCall c : aggregate.getAggCallList()) {
      if (!c.getArgList().isEmpty() || c.filterArg >= 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    Aggregate aggregate = call.rel(0);
    TableScan scan = call.rel(1);
    RelBuilder b = call.builder();
    b.push(scan).project(b.field(0));
    call.transformTo(aggregate.copy(aggregate.getTraitSet(), List.of(b.build())));
  }
}
