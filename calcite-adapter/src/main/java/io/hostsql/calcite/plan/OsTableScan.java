package io.hostsql.calcite.plan;

import com.google.common.collect.ImmutableList;
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

  OsTableScan(RelOptCluster cluster, RelOptTable table, ProjectableFilterableTable source,
      List<RexNode> filters, int[] projects) {
    super(cluster, cluster.traitSetOf(EnumerableConvention.INSTANCE), ImmutableList.of(), table);
    this.source = source;
    this.filters = ImmutableList.copyOf(filters);
    this.projects = projects;
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
    return new OsTableScan(getCluster(), table, source, newFilters, projects);
  }

  OsTableScan withProjects(int[] newProjects) {
    return new OsTableScan(getCluster(), table, source, filters, newProjects);
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return this;
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw)
        .itemIf("filters", filters, !filters.isEmpty())
        .itemIf("projects", Primitive.asList(projects), !readsAllColumns());
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
  }

  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    // Fewer columns read is cheaper (the "+ 2" keeps it smooth); so is a scan told its filters,
    // which may read a handful of processes instead of all.
    double columns = (projects.length + 2D) / (table.getRowType().getFieldCount() + 2D);
    double filtered = filters.isEmpty() ? 1D : 0.1D;
    return super.computeSelfCost(planner, mq).multiplyBy(columns * filtered);
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    // Calcite represents a one-column row as the bare value, wider rows as Object[].
    boolean scalar = projects.length == 1;
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(),
        scalar ? JavaRowFormat.SCALAR : JavaRowFormat.ARRAY, false);
    // The table itself is stashed: asked for a table expression, Calcite hands back one that
    // already scans it with no filters and every column.
    return implementor.result(physType, Blocks.toBlock(Expressions.call(OsTableScan.class,
        scalar ? "runScalar" : "run", implementor.stash(source, ProjectableFilterableTable.class),
        implementor.getRootExpression(), implementor.stash(filters, List.class),
        Expressions.constant(projects))));
  }

  /** As {@link #run}, for a one-column scan: each row's only value. */
  public static Enumerable<Object> runScalar(ProjectableFilterableTable table,
      DataContext root, List<RexNode> filters, int[] projects) {
    return run(table, root, filters, projects).select(row -> row[0]);
  }

  /** Called by the generated code: one execution of the scan. */
  public static Enumerable<Object[]> run(ProjectableFilterableTable table, DataContext root,
      List<RexNode> filters, int[] projects) {
    return table.scan(root, new ArrayList<>(filters), projects);
  }
}
