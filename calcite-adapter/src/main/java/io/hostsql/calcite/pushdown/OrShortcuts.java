package io.hostsql.calcite.pushdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.apache.calcite.DataContext;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * Conjuncts of the form {@code cheap = constant OR ...}: when the equality holds for a row, the
 * conjunct is true whatever its other branches say, so a column that only such conjuncts (and
 * no output) use need not be read for that row.
 */
public final class OrShortcuts {
  /** A conjunct with its cheap equalities and every column it references. */
  private record Shortcut(List<EqualityGuards.Guard> cheap, ImmutableBitSet columns) {
    boolean fires(IntFunction<Object> cheapValue) {
      for (EqualityGuards.Guard g : cheap) {
        Object v = cheapValue.apply(g.column());
        if (v != null && g.admits(v)) {
          return true;
        }
      }
      return false;
    }
  }

  private static final OrShortcuts NONE = new OrShortcuts(List.of(), new int[0]);

  private final List<Shortcut> shortcuts;
  /** The filter-only columns that every referencing conjunct can shortcut. */
  private final int[] lazy;

  private OrShortcuts(List<Shortcut> shortcuts, int[] lazy) {
    this.shortcuts = shortcuts;
    this.lazy = lazy;
  }

  /**
   * The shortcuts among {@code filters} (table column indices) whose equalities test one of
   * {@code cheap}, for the table columns {@code filterOnly} that only the filter reads.
   */
  public static OrShortcuts find(List<RexNode> filters, Set<Integer> cheap, DataContext context,
      int[] filterOnly) {
    if (filterOnly.length == 0) {
      return NONE;
    }
    List<RexNode> conjuncts = new ArrayList<>();
    filters.forEach(f -> conjuncts.addAll(RelOptUtil.conjunctions(f)));
    List<Shortcut> found = new ArrayList<>();
    ImmutableBitSet.Builder blocked = ImmutableBitSet.builder();
    for (RexNode c : conjuncts) {
      ImmutableBitSet columns = RelOptUtil.InputFinder.bits(c);
      List<EqualityGuards.Guard> guards = new ArrayList<>();
      for (RexNode d : RelOptUtil.disjunctions(c)) {
        EqualityGuards.Guard g = EqualityGuards.of(d, cheap, context);
        if (g != null) {
          guards.add(g);
        }
      }
      if (guards.isEmpty()) {
        blocked.addAll(columns);
      } else {
        found.add(new Shortcut(guards, columns));
      }
    }
    ImmutableBitSet never = blocked.build();
    List<Integer> lazy = new ArrayList<>();
    for (int col : filterOnly) {
      if (!never.get(col) && !cheap.contains(col)) {
        lazy.add(col);
      }
    }
    return lazy.isEmpty() ? NONE
        : new OrShortcuts(found, lazy.stream().mapToInt(Integer::intValue).toArray());
  }

  /** Whether any column can ever be skipped. */
  public boolean isEmpty() {
    return lazy.length == 0;
  }

  /** The columns that the cheap values of one row let it leave unread. */
  public Set<Integer> skippable(IntFunction<Object> cheapValue) {
    Set<Integer> out = new HashSet<>();
    ImmutableBitSet.Builder undecided = ImmutableBitSet.builder();
    for (Shortcut s : shortcuts) {
      if (!s.fires(cheapValue)) {
        undecided.addAll(s.columns());
      }
    }
    ImmutableBitSet needed = undecided.build();
    for (int col : lazy) {
      if (!needed.get(col)) {
        out.add(col);
      }
    }
    return out;
  }
}
