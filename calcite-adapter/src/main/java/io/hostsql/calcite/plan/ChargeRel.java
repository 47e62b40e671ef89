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
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.SingleRel;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * Passes rows through {@link RetainedMemory}: below an operator that keeps rows, to charge
 * them to the query's memory limit; above it, to credit them when its rows are closed. Put
 * into the physical plan just before code generation ({@link BufferingOperators}); EXPLAIN
 * does not show it.
 */
final class ChargeRel extends SingleRel implements EnumerableRel {
  /** What the rows passing here are for. */
  enum Kind {
    /** Every row is kept (sort, join build side, window, collect, set operation). */
    ROWS,
    /** At most {@code amount} rows are kept (sort with a constant LIMIT and OFFSET). */
    TOP,
    /** One entry per group is kept, {@code amount} bytes of accumulators each. */
    GROUPS,
    /** The rows of the operator itself: closing them credits what it was charged. */
    RELEASE
  }

  private final Kind kind;
  private final int slot;
  private final long amount;
  private final ImmutableBitSet keys;

  ChargeRel(Kind kind, int slot, long amount, ImmutableBitSet keys, RelNode input) {
    super(input.getCluster(), input.getTraitSet(), input);
    this.kind = kind;
    this.slot = slot;
    this.amount = amount;
    this.keys = keys;
  }

  private ChargeRel(RelOptCluster cluster, RelTraitSet traits, ChargeRel like, RelNode input) {
    super(cluster, traits, input);
    this.kind = like.kind;
    this.slot = like.slot;
    this.amount = like.amount;
    this.keys = like.keys;
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new ChargeRel(getCluster(), traitSet, this, sole(inputs));
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw).item("kind", kind).item("slot", slot)
        .itemIf("amount", amount, kind == Kind.TOP || kind == Kind.GROUPS)
        .itemIf("keys", keys, kind == Kind.GROUPS);
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    Result child = implementor.visitChild(this, 0, (EnumerableRel) getInput(), pref);
    BlockBuilder b = new BlockBuilder();
    Expression rows = b.append("rows", child.block);
    Expression root = implementor.getRootExpression();
    Expression at = Expressions.constant(slot);
    b.add(switch (kind) {
      case ROWS -> Expressions.call(RetainedMemory.class, "charge", root, at, rows);
      case TOP -> Expressions.call(RetainedMemory.class, "chargeTop", root, at,
          Expressions.constant(amount), rows);
      case GROUPS -> Expressions.call(RetainedMemory.class, "chargeGroups", root, at,
          Expressions.constant(amount), child.physType.generateAccessor(keys.asList()), rows);
      case RELEASE -> Expressions.call(RetainedMemory.class, "release", root, at, rows);
    });
    return implementor.result(child.physType, b.toBlock());
  }
}
