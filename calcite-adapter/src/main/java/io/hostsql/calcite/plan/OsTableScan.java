package io.hostsql.calcite.plan;

import com.google.common.collect.ImmutableList;
import io.hostsql.calcite.table.DeclaredTable;
import io.hostsql.calcite.table.MissingReaders;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.tree.Blocks;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.linq4j.tree.Primitive;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.ProjectableFilterableTable;

/**
 * The scan of a hostsql table in Calcite's compiled (Enumerable) convention: it hands the
 * table the filters and columns that {@link OsScanRules} pushed into it, and the rows it returns
 * flow into generated code instead of through Calcite's row interpreter, which cost a
 * query more than the reading itself. Filters stay above the scan as well: a table may answer
 * them only in part.
 */
public final class OsTableScan extends TableScan implements EnumerableRel {
  private final ProjectableFilterableTable source;
  private final ImmutableList<RexNode> filters;
  private final int[] projects;
  /** Set when this scan is the lookup side of an {@link OsLookupJoin}: it reads those keys. */
  private final LookupKeys.Slot slot;
  /**
   * Table columns that only the Filter above reads: a table may leave one unread (null) in a
   * row whose filter is already decided without it.
   */
  private final int[] filterOnly;
  /** Set, from 0, when the plan reads this same scan elsewhere too: see {@link SharedScans}. */
  private final int sharedId;

  OsTableScan(RelOptCluster cluster, RelOptTable table, ProjectableFilterableTable source,
      List<RexNode> filters, int[] projects) {
    this(cluster, table, source, filters, projects, null, new int[0]);
  }

  private OsTableScan(RelOptCluster cluster, RelOptTable table,
      ProjectableFilterableTable source, List<RexNode> filters, int[] projects,
      LookupKeys.Slot slot, int[] filterOnly) {
    this(cluster, table, source, filters, projects, slot, filterOnly, -1);
  }

  private OsTableScan(RelOptCluster cluster, RelOptTable table,
      ProjectableFilterableTable source, List<RexNode> filters, int[] projects,
      LookupKeys.Slot slot, int[] filterOnly, int sharedId) {
    super(cluster, cluster.traitSetOf(EnumerableConvention.INSTANCE), ImmutableList.of(), table);
    this.source = source;
    this.filters = ImmutableList.copyOf(filters);
    this.projects = projects;
    this.slot = slot;
    this.filterOnly = filterOnly;
    this.sharedId = sharedId;
  }

  /** This scan, reading once per execution the rows every scan marked {@code id} replays. */
  OsTableScan shared(int id) {
    return new OsTableScan(getCluster(), table, source, filters, projects, slot, filterOnly, id);
  }

  int sharedId() {
    return sharedId;
  }

  /** This scan as the lookup side of a join: it reads only the pids the join hands it. */
  OsTableScan pinned(LookupKeys.Slot s) {
    return new OsTableScan(getCluster(), table, source, filters, projects, s, filterOnly);
  }

  boolean isPinned() {
    return slot != null;
  }

  /** The scan of every column with no filter, as a table's toRel gives it. */
  public static OsTableScan of(RelOptCluster cluster, RelOptTable table,
      ProjectableFilterableTable source) {
    int n = table.getRowType().getFieldCount();
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    return new OsTableScan(cluster, table, source, List.of(), all);
  }

  ProjectableFilterableTable source() {
    return source;
  }

  /** The table column behind this scan's output column {@code i}. */
  int tableColumn(int i) {
    return projects[i];
  }

  List<RexNode> filters() {
    return filters;
  }

  int[] projects() {
    return projects.clone();
  }

  boolean readsAllColumns() {
    return projects.length == table.getRowType().getFieldCount();
  }

  OsTableScan withFilters(List<RexNode> newFilters) {
    return new OsTableScan(getCluster(), table, source, newFilters, projects, slot, filterOnly);
  }

  OsTableScan withProjects(int[] newProjects) {
    return new OsTableScan(getCluster(), table, source, filters, newProjects, slot, new int[0]);
  }

  /** As {@link #withProjects}, where the table columns {@code only} serve the Filter alone. */
  OsTableScan withProjects(int[] newProjects, int[] only) {
    return new OsTableScan(getCluster(), table, source, filters, newProjects, slot, only);
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return this;
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw)
        .itemIf("filters", filters, !filters.isEmpty())
        .itemIf("projects", Primitive.asList(projects), !readsAllColumns())
        .itemIf("lookup", slot == null ? 0 : slot.id, slot != null)
        .itemIf("filterOnly", Primitive.asList(filterOnly), filterOnly.length > 0);
  }

  @Override
  public RelDataType deriveRowType() {
    List<RelDataTypeField> all = table.getRowType().getFieldList();
    RelDataTypeFactory.Builder b = getCluster().getTypeFactory().builder();
    for (int p : projects) {
      b.add(all.get(p));
    }
    return b.build();
  }

  @Override
  public void register(RelOptPlanner planner) {
    planner.addRule(OsScanRules.FILTER_INTO_SCAN);
    planner.addRule(OsScanRules.PROJECT_INTO_SCAN);
    planner.addRule(OsScanRules.PROJECT_FILTER_INTO_SCAN);
    OsLookupJoinRule.ALL.forEach(planner::addRule);
  }

  /** The cost of a scan its table refuses, far above any plan that runs. */
  private static final double UNSCANNABLE = 1e15;

  /** What reading one row costs, in rows: more for more columns, as each is another file. */
  static final double READ_COST = 10;

  /** The cost, in rows, of reading {@code rows} rows with this scan's columns. */
  double readCost(double rows) {
    return rows * READ_COST * (projects.length + 2D) / (table.getRowType().getFieldCount() + 2D);
  }

  /**
   * Whether the filters may spare reading most of the table: any filter for a plain table, but
   * for a per-process table only one on its pid, as others are tested on every process's rows.
   */
  private boolean narrowsRead() {
    if (!(source instanceof PidLookup lookup)) {
      return !filters.isEmpty();
    }
    // Filters were pushed while the scan read every column, so they index the table's row.
    for (RexNode f : filters) {
      if (org.apache.calcite.plan.RelOptUtil.InputFinder.bits(f).get(lookup.pidColumn())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    if (slot != null) {
      // A pinned scan reads only the join's keys; the join carries that cost.
      return planner.getCostFactory().makeTinyCost();
    }
    if (source instanceof KeyLookup lookup && !lookup.scannable(filters)) {
      // It would refuse to run: any other plan (a lookup join) is better. Finite, so a query
      // with no other plan still plans and then gets the table's own message.
      return planner.getCostFactory().makeCost(UNSCANNABLE, UNSCANNABLE, 0);
    }
    // Any filter is worth pushing (a guard can reject a process before its costly columns are
    // read), but only one that narrows the processes read makes the scan much cheaper.
    double share = narrowsRead() ? 0.1D : filters.isEmpty() ? 1D : 0.9D;
    // A scan that knows which columns serve only the filter may skip them for some rows.
    double rows = readCost(mq.getRowCount(this)) * share * (filterOnly.length > 0 ? 0.99D : 1D);
    return planner.getCostFactory().makeCost(rows, rows, 0);
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    // Calcite represents a one-column row as the bare value, wider rows as Object[].
    boolean scalar = projects.length == 1;
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(),
        scalar ? JavaRowFormat.SCALAR : JavaRowFormat.ARRAY, false);
    // The table itself is stashed: asked for a table expression, Calcite hands back one that
    // already scans it with no filters and every column.
    if (slot != null) {
      return implementor.result(physType, Blocks.toBlock(Expressions.call(OsTableScan.class,
          scalar ? "runPinnedScalar" : "runPinned",
          implementor.stash(source, ProjectableFilterableTable.class),
          implementor.getRootExpression(), implementor.stash(filters, List.class),
          Expressions.constant(projects), implementor.stash(slot, LookupKeys.Slot.class))));
    }
    if (sharedId >= 0) {
      return implementor.result(physType, Blocks.toBlock(Expressions.call(OsTableScan.class,
          scalar ? "runSharedScalar" : "runShared",
          implementor.stash(source, ProjectableFilterableTable.class),
          implementor.getRootExpression(), implementor.stash(filters, List.class),
          Expressions.constant(projects), Expressions.constant(filterOnly),
          Expressions.constant(sharedId))));
    }
    return implementor.result(physType, Blocks.toBlock(Expressions.call(OsTableScan.class,
        scalar ? "runScalar" : "run", implementor.stash(source, ProjectableFilterableTable.class),
        implementor.getRootExpression(), implementor.stash(filters, List.class),
        Expressions.constant(projects), Expressions.constant(filterOnly))));
  }

  /** Called by the generated code of a pinned scan: the keys are read when it is opened. */
  public static Enumerable<Object[]> runPinned(ProjectableFilterableTable table,
      DataContext root, List<RexNode> filters, int[] projects, LookupKeys.Slot slot) {
    return QueryGuard.guard(root, MissingReaders.reported(root, nameOf(table), () ->
        new org.apache.calcite.linq4j.AbstractEnumerable<>() {
          @Override
          public org.apache.calcite.linq4j.Enumerator<Object[]> enumerator() {
            return ((KeyLookup) table).scanKeys(root, filters, projects, slot.get())
                .enumerator();
          }
        }));
  }

  /** As {@link #runPinned}, for a one-column scan. */
  public static Enumerable<Object> runPinnedScalar(ProjectableFilterableTable table,
      DataContext root, List<RexNode> filters, int[] projects, LookupKeys.Slot slot) {
    return runPinned(table, root, filters, projects, slot).select(row -> row[0]);
  }

  /** As {@link #run}, for a one-column scan: each row's only value. */
  public static Enumerable<Object> runScalar(ProjectableFilterableTable table,
      DataContext root, List<RexNode> filters, int[] projects, int[] filterOnly) {
    return run(table, root, filters, projects, filterOnly).select(row -> row[0]);
  }

  /** As {@link #run}, for a scan the plan repeats: one reading per execution, replayed. */
  public static Enumerable<Object[]> runShared(ProjectableFilterableTable table,
      DataContext root, List<RexNode> filters, int[] projects, int[] filterOnly, int id) {
    return SharedScans.rows(root, id, () -> run(table, root, filters, projects, filterOnly));
  }

  /** As {@link #runShared}, for a one-column scan. */
  public static Enumerable<Object> runSharedScalar(ProjectableFilterableTable table,
      DataContext root, List<RexNode> filters, int[] projects, int[] filterOnly, int id) {
    return runShared(table, root, filters, projects, filterOnly, id).select(row -> row[0]);
  }

  /** Called by the generated code: one execution of the scan. */
  public static Enumerable<Object[]> run(ProjectableFilterableTable table, DataContext root,
      List<RexNode> filters, int[] projects, int[] filterOnly) {
    if (filterOnly.length > 0 && table instanceof FilterOnlyColumns lazy) {
      return QueryGuard.guard(root, MissingReaders.reported(root, nameOf(table), () ->
          lazy.scan(root, new ArrayList<>(filters), projects, filterOnly)));
    }
    return QueryGuard.guard(root, MissingReaders.reported(root, nameOf(table), () ->
        table.scan(root, new ArrayList<>(filters), projects)));
  }

  /** The table's name, as the warnings of values its platform does not read yet give it. */
  private static String nameOf(ProjectableFilterableTable table) {
    return table instanceof DeclaredTable d ? d.definition().name()
        : table.getClass().getSimpleName();
  }
}
