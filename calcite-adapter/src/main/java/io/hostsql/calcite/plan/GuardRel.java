package io.hostsql.calcite.plan;

import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.SingleRel;
import org.apache.calcite.rel.core.Correlate;
import org.apache.calcite.rel.core.Join;

/**
 * Passes a join's rows through {@link QueryGuard}, so that a cancel or a query timeout stops a
 * join that multiplies rows, however little its inputs read. Inserted into the physical plan
 * just before code generation; EXPLAIN does not show it.
 */
final class GuardRel extends SingleRel implements EnumerableRel {
  private GuardRel(RelOptCluster cluster, RelTraitSet traits, RelNode input) {
    super(cluster, traits, input);
  }

  /** Puts a guard above every join and correlate under {@code node}, in place. */
  static void insertAboveJoins(RelNode node) {
    List<RelNode> inputs = node.getInputs();
    for (int i = 0; i < inputs.size(); i++) {
      RelNode input = inputs.get(i);
      insertAboveJoins(input);
      if ((input instanceof Join || input instanceof Correlate)
          && input instanceof EnumerableRel && !(node instanceof GuardRel)) {
        node.replaceInput(i, new GuardRel(input.getCluster(), input.getTraitSet(), input));
      }
    }
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new GuardRel(getCluster(), traitSet, sole(inputs));
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    Result child = implementor.visitChild(this, 0, (EnumerableRel) getInput(), pref);
    BlockBuilder b = new BlockBuilder();
    Expression rows = b.append("rows", child.block);
    b.add(Expressions.call(QueryGuard.class, "guard", implementor.getRootExpression(), rows));
    return implementor.result(child.physType, b.toBlock());
  }
}
