package io.hostsql.calcite.plan;

import java.util.EnumSet;
import java.util.Set;
import org.apache.calcite.adapter.enumerable.EnumerableAggregate;
import org.apache.calcite.adapter.enumerable.EnumerableCollect;
import org.apache.calcite.adapter.enumerable.EnumerableHashJoin;
import org.apache.calcite.adapter.enumerable.EnumerableIntersect;
import org.apache.calcite.adapter.enumerable.EnumerableLimitSort;
import org.apache.calcite.adapter.enumerable.EnumerableMatch;
import org.apache.calcite.adapter.enumerable.EnumerableMinus;
import org.apache.calcite.adapter.enumerable.EnumerableNestedLoopJoin;
import org.apache.calcite.adapter.enumerable.EnumerableSort;
import org.apache.calcite.adapter.enumerable.EnumerableTableSpool;
import org.apache.calcite.adapter.enumerable.EnumerableUnion;
import org.apache.calcite.adapter.enumerable.EnumerableWindow;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * Finds the operators of a physical plan that keep rows in memory and puts {@link ChargeRel}
 * around them, so that what they keep counts against the query's memory limit
 * ({@link RetainedMemory}). Run just before code generation, in place.
 *
 * <p>Kept, and charged as they flow in: every input row of a sort, window, collect, spool,
 * MATCH_RECOGNIZE and distinct set operation; the build (right) side of a hash join and of a
 * RIGHT or FULL nested-loop join (Calcite lists it); both sides of a lookup join; the first
 * {@code OFFSET + LIMIT} rows of a sort with constant ones; one entry per group of a hash
 * aggregate whose accumulators are of fixed size (COUNT, SUM, MIN...), every row of one that
 * collects values (LISTAGG, ARRAY_AGG, DISTINCT, WITHIN GROUP). Not charged: operators that
 * stream (filters, projections, the other nested-loop joins, which read their inner side again
 * for each outer row, correlates, sorted aggregates, merge joins and UNION ALL).
 */
final class BufferingOperators {
  /** Aggregate functions whose accumulator does not grow with the rows of its group. */
  private static final Set<SqlKind> FIXED = EnumSet.of(SqlKind.COUNT, SqlKind.SUM,
      SqlKind.SUM0, SqlKind.MIN, SqlKind.MAX, SqlKind.AVG, SqlKind.ANY_VALUE,
      SqlKind.SINGLE_VALUE, SqlKind.BIT_AND, SqlKind.BIT_OR, SqlKind.BIT_XOR,
      SqlKind.STDDEV_POP, SqlKind.STDDEV_SAMP, SqlKind.VAR_POP, SqlKind.VAR_SAMP,
      SqlKind.COVAR_POP, SqlKind.COVAR_SAMP, SqlKind.REGR_COUNT, SqlKind.REGR_SXX,
      SqlKind.REGR_SYY, SqlKind.GROUPING, SqlKind.GROUP_ID, SqlKind.LITERAL_AGG);
  /** An accumulator's share of a group's entry: the object, its fields, the array slot. */
  private static final long PER_ACCUMULATOR = 32;

  private int slots;

  private BufferingOperators() {
  }

  /** Puts charging points around every operator under {@code root} that keeps rows. */
  static void insert(RelNode root) {
    new BufferingOperators().visit(root, null, -1);
  }

  private void visit(RelNode node, RelNode parent, int index) {
    for (int i = 0; i < node.getInputs().size(); i++) {
      visit(node.getInputs().get(i), node, i);
    }
    int slot = slots;
    if (!charge(node, slot)) {
      return;
    }
    slots++;
    if (parent != null) {
      // The plan's root needs none: closing the statement's rows ends its budget. A parent
      // that cannot take a new input leaves the charge in place until the execution ends.
      try {
        parent.replaceInput(index,
            new ChargeRel(ChargeRel.Kind.RELEASE, slot, 0, ImmutableBitSet.of(), node));
      } catch (UnsupportedOperationException e) {
        // counted high rather than not at all
      }
    }
  }

  /** Charges what {@code node} keeps to {@code slot}; false when it keeps nothing. */
  private static boolean charge(RelNode node, int slot) {
    if (node instanceof EnumerableLimitSort sort) {
      long offset = sort.offset == null ? 0 : constant(sort.offset);
      long fetch = sort.fetch == null ? -1 : constant(sort.fetch);
      if (offset >= 0 && fetch >= 0) {
        wrap(node, 0, ChargeRel.Kind.TOP, slot, offset + fetch, ImmutableBitSet.of());
      } else {
        wrap(node, 0, ChargeRel.Kind.ROWS, slot, 0, ImmutableBitSet.of());
      }
      return true;
    }
    if (node instanceof EnumerableSort || node instanceof EnumerableWindow
        || node instanceof EnumerableCollect || node instanceof EnumerableTableSpool
        || node instanceof EnumerableMatch) {
      wrap(node, 0, ChargeRel.Kind.ROWS, slot, 0, ImmutableBitSet.of());
      return true;
    }
    if (node instanceof EnumerableAggregate agg) {
      return aggregate(agg, slot);
    }
    if (node instanceof EnumerableHashJoin
        || node instanceof EnumerableNestedLoopJoin j && j.getJoinType().generatesNullsOnLeft()) {
      wrap(node, 1, ChargeRel.Kind.ROWS, slot, 0, ImmutableBitSet.of());
      return true;
    }
    if (node instanceof OsLookupJoin
        || node instanceof EnumerableUnion u && !u.all
        || node instanceof EnumerableIntersect || node instanceof EnumerableMinus) {
      for (int i = 0; i < node.getInputs().size(); i++) {
        wrap(node, i, ChargeRel.Kind.ROWS, slot, 0, ImmutableBitSet.of());
      }
      return true;
    }
    return false;
  }

  private static boolean aggregate(EnumerableAggregate agg, int slot) {
    boolean grows = false;
    for (AggregateCall call : agg.getAggCallList()) {
      grows |= call.isDistinct() || !call.collation.getFieldCollations().isEmpty()
          || !FIXED.contains(call.getAggregation().getKind());
    }
    if (grows) {
      wrap(agg, 0, ChargeRel.Kind.ROWS, slot, 0, ImmutableBitSet.of());
      return true;
    }
    if (agg.getGroupSet().isEmpty()) {
      return false; // one group, of fixed size
    }
    // Each grouping set (ROLLUP, CUBE) keeps its own groups, at most as many as the full key.
    long perGroup = (long) agg.getGroupSets().size()
        * (RowSizes.ENTRY + PER_ACCUMULATOR * agg.getAggCallList().size());
    wrap(agg, 0, ChargeRel.Kind.GROUPS, slot, perGroup, agg.getGroupSet());
    return true;
  }

  private static void wrap(RelNode node, int input, ChargeRel.Kind kind, int slot, long amount,
      ImmutableBitSet keys) {
    node.replaceInput(input,
        new ChargeRel(kind, slot, amount, keys, node.getInputs().get(input)));
  }

  /** A whole-number literal's value; -1 for a parameter or anything else. */
  private static long constant(RexNode n) {
    Long v = n instanceof RexLiteral l ? l.getValueAs(Long.class) : null;
    return v != null && v >= 0 ? v : -1;
  }
}
