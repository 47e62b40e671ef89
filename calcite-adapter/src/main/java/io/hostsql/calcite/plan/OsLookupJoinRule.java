package io.hostsql.calcite.plan;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptRuleOperand;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.JoinInfo;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalJoin;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Offers an {@link OsLookupJoin} for a join on the key of a {@link KeyLookup} table: the pid
 * of a process table, the path of a file table. The table side is the scan under at most two
 * projections or filters; it is rebuilt over a pinned copy of the scan, which reads only the
 * keys the other side produces. The planner keeps the lookup when it costs less than scanning
 * the table (a filtered driving side); a file table cannot be scanned without paths, so a
 * join on path is always a lookup.
 */
public final class OsLookupJoinRule extends RelOptRule {
  /** Where the table chain sits, and how deep it is. */
  private enum Shape {
    RIGHT_SCAN(true, 0), RIGHT_ONE(true, 1), RIGHT_TWO(true, 2),
    LEFT_SCAN(false, 0), LEFT_ONE(false, 1), LEFT_TWO(false, 2);

    final boolean right;
    final int depth;

    Shape(boolean right, int depth) {
      this.right = right;
      this.depth = depth;
    }
  }

  /** Every shape, to register together. */
  public static final List<OsLookupJoinRule> ALL = java.util.Arrays.stream(Shape.values())
      .map(OsLookupJoinRule::new).toList();

  private final Shape shape;

  @SuppressWarnings("deprecation")
  private OsLookupJoinRule(Shape shape) {
    super(join(shape), "OsLookupJoinRule_" + shape);
    this.shape = shape;
  }

  @SuppressWarnings("deprecation")
  private static RelOptRuleOperand chain(int depth) {
    RelOptRuleOperand op = operand(OsTableScan.class, none());
    for (int i = 0; i < depth; i++) {
      op = operand(RelNode.class, null, r -> r instanceof LogicalProject
          || r instanceof LogicalFilter, some(op));
    }
    return op;
  }

  @SuppressWarnings("deprecation")
  private static RelOptRuleOperand join(Shape shape) {
    RelOptRuleOperand other = operand(RelNode.class, any());
    return shape.right ? operand(LogicalJoin.class, other, chain(shape.depth))
        : operand(LogicalJoin.class, chain(shape.depth), other);
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    LogicalJoin join = call.rel(0);
    JoinInfo info = join.analyzeCondition();
    JoinRelType type = join.getJoinType();
    if (info.leftKeys.size() != 1 || !info.isEqui()) {
      return;
    }
    // With the table on the right, the join's left rows drive (inner, left outer, or a semi
    // join from IN / EXISTS over the table); on the left, a semi join's subquery drives.
    if (shape.right ? !(type == JoinRelType.INNER || type == JoinRelType.LEFT
        || type == JoinRelType.SEMI) : type != JoinRelType.SEMI) {
      return;
    }
    // The chain from the join's table-side input down to the scan.
    List<RelNode> chain = new ArrayList<>();
    int first = shape.right ? 2 : 1;
    for (int i = 0; i <= shape.depth; i++) {
      chain.add(call.rel(first + i));
    }
    OsTableScan scan = (OsTableScan) chain.get(chain.size() - 1);
    // A scan's own filters stay with the pinned copy, which intersects them with the join's
    // pids (and the Filter above still applies them row by row).
    if (scan.isPinned() || !(scan.source() instanceof KeyLookup lookup)) {
      return;
    }
    int key = shape.right ? info.rightKeys.get(0) : info.leftKeys.get(0);
    Integer tableColumn = traceToScan(chain, key);
    if (tableColumn == null || scan.tableColumn(tableColumn) != lookup.keyColumn()) {
      return;
    }
    LookupKeys.Slot slot = new LookupKeys.Slot();
    RelNode rebuilt = scan.pinned(slot);
    for (int i = chain.size() - 2; i >= 0; i--) {
      RelNode n = chain.get(i);
      rebuilt = n.copy(n.getTraitSet(), List.of(rebuilt));
    }
    RelNode tableSide = convert(rebuilt, rebuilt.getTraitSet()
        .replace(EnumerableConvention.INSTANCE));
    RelNode otherSide = shape.right ? join.getLeft() : join.getRight();
    otherSide = convert(otherSide, otherSide.getTraitSet()
        .replace(EnumerableConvention.INSTANCE));
    RelMetadataQuery mq = call.getMetadataQuery();
    double tableRows = mq.getRowCount(scan);
    double processes = lookup.keyCount();
    // A lookup pays when the driving side names a few processes (it is filtered); with half of
    // them or more, one plain scan of the table reads as much and the hash join is simpler.
    // (A table of infinitely many keys, the file system, is always looked up.)
    RelNode driver = shape.right ? join.getLeft() : join.getRight();
    int driveKey = shape.right ? info.leftKeys.get(0) : info.rightKeys.get(0);
    Double driving = mq.getDistinctRowCount(driver,
        org.apache.calcite.util.ImmutableBitSet.of(driveKey), null);
    if (driving == null) {
      driving = mq.getRowCount(driver);
    }
    // With the table on the left, a semi join's subquery drives and each of its keys is read at
    // most once either way, so only a table on the right needs a selective driving side.
    if (shape.right && driving >= processes / 2) {
      return;
    }
    LookupSwitch enabled = call.getPlanner().getContext().unwrap(LookupSwitch.class);
    if (enabled != null && !enabled.on()) {
      return;
    }
    call.transformTo(new OsLookupJoin(join.getCluster(),
        join.getTraitSet().replace(EnumerableConvention.INSTANCE),
        shape.right ? otherSide : tableSide, shape.right ? tableSide : otherSide,
        join.getCondition(), type, shape.right, slot, tableRows, processes));
  }

  /**
   * The scan output column that the chain's top column {@code column} passes through
   * unchanged, or null when a projection computes it.
   */
  private static Integer traceToScan(List<RelNode> chain, int column) {
    int c = column;
    for (int i = 0; i < chain.size() - 1; i++) {
      RelNode n = chain.get(i);
      if (n instanceof LogicalProject p) {
        RexNode e = p.getProjects().get(c);
        if (e.getKind() == SqlKind.CAST && widens((RexCall) e)) {
          // osquery's views widen each pid to BIGINT; the slot carries every integer key as
          // a Long, so the cast changes no key.
          e = ((RexCall) e).getOperands().get(0);
        }
        if (!(e instanceof RexInputRef ref)) {
          return null;
        }
        c = ref.getIndex();
      }
    }
    return c;
  }

  /** An integer cast to an integer type at least as wide: every value kept as it was. */
  private static boolean widens(RexCall cast) {
    RelDataType from = cast.getOperands().get(0).getType();
    RelDataType to = cast.getType();
    return INTEGERS.contains(from.getSqlTypeName()) && INTEGERS.contains(to.getSqlTypeName())
        && INTEGERS.indexOf(from.getSqlTypeName()) <= INTEGERS.indexOf(to.getSqlTypeName());
  }

  /** The exact integer types, narrowest first. */
  private static final List<SqlTypeName> INTEGERS = List.of(SqlTypeName.TINYINT,
      SqlTypeName.SMALLINT, SqlTypeName.INTEGER, SqlTypeName.BIGINT);
}
