package io.hostsql.calcite.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rex.RexNode;

/**
 * A join on a key (a pid, a path) whose driving side decides which rows the other side reads,
 * as osquery's constraint-driven lookups do: the driving side is read first, its distinct keys
 * handed to the pinned {@link OsTableScan} under the lookup side, which then reads only those
 * processes or files, each once. Inner and left joins look up their right side; semi joins
 * ({@code pid IN (subquery)}, {@code EXISTS}) their left.
 */
public final class OsLookupJoin extends Join implements EnumerableRel {
  private final boolean lookupRight;
  private final LookupKeys.Slot slot;
  /**
   * The looked-up table's estimated rows and how many keys it has (processes; infinite for
   * files), for the cost.
   */
  private final double tableRows;
  private final double processes;

  OsLookupJoin(RelOptCluster cluster, RelTraitSet traits, RelNode left, RelNode right,
      RexNode condition, JoinRelType joinType, boolean lookupRight, LookupKeys.Slot slot,
      double tableRows, double processes) {
    super(cluster, traits, List.of(), left, right, condition, Set.of(), joinType);
    this.lookupRight = lookupRight;
    this.slot = slot;
    this.tableRows = tableRows;
    this.processes = processes;
  }

  @Override
  public Join copy(RelTraitSet traitSet, RexNode conditionExpr, RelNode left, RelNode right,
      JoinRelType joinType, boolean semiJoinDone) {
    return new OsLookupJoin(getCluster(), traitSet, left, right, conditionExpr, joinType,
        lookupRight, slot, tableRows, processes);
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw).item("lookup", (lookupRight ? "right#" : "left#") + slot.id);
  }

  private RelNode driver() {
    return lookupRight ? getLeft() : getRight();
  }

  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    // Reading the driving side's processes, plus a fixed share of the table: the lookup wins
    // while the driving side names fewer than about half the processes, and a plain scan with
    // a hash join wins otherwise.
    OsTableScan scan = pinnedScan(lookupRight ? getRight() : getLeft());
    double driving = Math.min(mq.getRowCount(driver()), processes);
    double read;
    if (Double.isInfinite(processes)) {
      // Files: one read per key, there being no whole table to compare with.
      read = scan == null ? driving * OsTableScan.READ_COST : scan.readCost(driving);
    } else {
      double rowsPerProcess = tableRows / Math.max(1, processes);
      read = scan == null ? driving * rowsPerProcess * OsTableScan.READ_COST
          : scan.readCost((driving + processes / 2) * rowsPerProcess);
    }
    double rows = mq.getRowCount(this) + read;
    return planner.getCostFactory().makeCost(rows, rows, 0);
  }

  /** The pinned scan at the bottom of the lookup side. */
  private static OsTableScan pinnedScan(RelNode node) {
    RelNode n = node;
    while (true) {
      if (n instanceof org.apache.calcite.plan.volcano.RelSubset subset) {
        n = subset.getBest() != null ? subset.getBest() : subset.getOriginal();
        if (n == null) {
          return null;
        }
        continue;
      }
      if (n instanceof OsTableScan scan) {
        return scan;
      }
      if (n.getInputs().size() != 1) {
        return null;
      }
      n = n.getInput(0);
    }
  }

  @Override
  public double estimateRowCount(RelMetadataQuery mq) {
    double driving = mq.getRowCount(driver());
    return joinType == JoinRelType.SEMI ? driving : driving * 3;
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    BlockBuilder builder = new BlockBuilder();
    Result left = implementor.visitChild(this, 0, (EnumerableRel) getLeft(), Prefer.ARRAY);
    Expression leftRows = builder.append("left", left.block);
    Result right = implementor.visitChild(this, 1, (EnumerableRel) getRight(), Prefer.ARRAY);
    Expression rightRows = builder.append("right", right.block);
    int leftKey = analyzeCondition().leftKeys.get(0);
    int rightKey = analyzeCondition().rightKeys.get(0);
    boolean scalarOut = getRowType().getFieldCount() == 1;
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(),
        scalarOut ? JavaRowFormat.SCALAR : JavaRowFormat.ARRAY, false);
    builder.add(Expressions.return_(null, Expressions.call(OsLookupJoin.class,
        scalarOut ? "runScalar" : "run", leftRows,
        Expressions.constant(isScalar(left.physType)), rightRows,
        Expressions.constant(isScalar(right.physType)), Expressions.constant(leftKey),
        Expressions.constant(rightKey), Expressions.constant(lookupRight),
        Expressions.constant(joinType.name()),
        implementor.stash(slot, LookupKeys.Slot.class),
        Expressions.constant(getRight().getRowType().getFieldCount()))));
    return implementor.result(physType, builder.toBlock());
  }

  private static boolean isScalar(PhysType t) {
    return t.getFormat() == JavaRowFormat.SCALAR;
  }

  /** As {@link #run}, for a one-column result. */
  public static Enumerable<Object> runScalar(Enumerable<?> left, boolean leftScalar,
      Enumerable<?> right, boolean rightScalar, int leftKey, int rightKey, boolean lookupRight,
      String joinType, LookupKeys.Slot slot, int rightWidth) {
    return run(left, leftScalar, right, rightScalar, leftKey, rightKey, lookupRight, joinType,
        slot, rightWidth).select(row -> row[0]);
  }

  /** Called by the generated code: drive, hand the keys over, look up, join. */
  public static Enumerable<Object[]> run(Enumerable<?> left, boolean leftScalar,
      Enumerable<?> right, boolean rightScalar, int leftKey, int rightKey, boolean lookupRight,
      String joinType, LookupKeys.Slot slot, int rightWidth) {
    List<Object[]> drivers = rows(lookupRight ? left : right,
        lookupRight ? leftScalar : rightScalar);
    int driveKey = lookupRight ? leftKey : rightKey;
    int lookupKey = lookupRight ? rightKey : leftKey;
    Set<Object> keys = new HashSet<>();
    for (Object[] d : drivers) {
      Object k = KeyLookup.normalize(d[driveKey]);
      if (k != null) {
        keys.add(k);
      }
    }
    List<Object[]> looked;
    slot.set(keys);
    try {
      looked = rows(lookupRight ? right : left, lookupRight ? rightScalar : leftScalar);
    } finally {
      slot.clear();
    }
    List<Object[]> out = new ArrayList<>();
    if (!lookupRight) {
      for (Object[] l : looked) {
        Object k = KeyLookup.normalize(l[lookupKey]);
        if (k != null && keys.contains(k)) {
          out.add(l);
        }
      }
      return Linq4j.asEnumerable(out);
    }
    Map<Object, List<Object[]>> byKey = new HashMap<>();
    for (Object[] r : looked) {
      Object k = KeyLookup.normalize(r[lookupKey]);
      if (k != null) {
        byKey.computeIfAbsent(k, x -> new ArrayList<>(1)).add(r);
      }
    }
    JoinRelType type = JoinRelType.valueOf(joinType);
    boolean leftJoin = type == JoinRelType.LEFT;
    for (Object[] d : drivers) {
      Object k = KeyLookup.normalize(d[driveKey]);
      List<Object[]> matches = k != null ? byKey.getOrDefault(k, List.of()) : List.of();
      if (type == JoinRelType.SEMI) {
        // IN / EXISTS: the driving row once, if its key has any row in the table.
        if (!matches.isEmpty()) {
          out.add(d);
        }
        continue;
      }
      if (matches.isEmpty() && leftJoin) {
        Object[] joined = new Object[d.length + rightWidth];
        System.arraycopy(d, 0, joined, 0, d.length);
        out.add(joined);
      }
      for (Object[] m : matches) {
        Object[] joined = new Object[d.length + m.length];
        System.arraycopy(d, 0, joined, 0, d.length);
        System.arraycopy(m, 0, joined, d.length, m.length);
        out.add(joined);
      }
    }
    return Linq4j.asEnumerable(out);
  }

  private static List<Object[]> rows(Enumerable<?> e, boolean scalar) {
    List<Object[]> out = new ArrayList<>();
    for (Object o : e) {
      out.add(scalar ? new Object[] {o} : (Object[]) o);
    }
    return out;
  }
}
