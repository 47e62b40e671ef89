package io.hostsql.calcite.plan;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexPermuteInputsShuttle;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.util.ImmutableBitSet;
import org.apache.calcite.util.mapping.Mappings;

/**
 * The rules that push filters and column lists into an {@link OsTableScan}: each leaves the
 * original operators above the scan where they still have work to do.
 */
public final class OsScanRules {
  /** Filter(scan): the scan is told the filter's conjuncts; the Filter stays above it. */
  public static final RelOptRule FILTER_INTO_SCAN = new FilterIntoScan();
  /** Project(scan): the scan reads only the columns the projection uses. */
  public static final RelOptRule PROJECT_INTO_SCAN = new ProjectIntoScan();
  /** Project(Filter(scan)): the scan reads the columns both use. */
  public static final RelOptRule PROJECT_FILTER_INTO_SCAN = new ProjectFilterIntoScan();

  private OsScanRules() {
  }

  /** Pushes a filter's conjuncts into a scan that has none yet and reads every column. */
  @SuppressWarnings("deprecation")
  private static final class FilterIntoScan extends RelOptRule {
    FilterIntoScan() {
      super(operand(LogicalFilter.class, operand(OsTableScan.class, none())),
          "OsFilterIntoScan");
    }

    @Override
    public boolean matches(RelOptRuleCall call) {
      OsTableScan scan = call.rel(1);
      return scan.filters().isEmpty() && scan.readsAllColumns();
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
      LogicalFilter filter = call.rel(0);
      OsTableScan scan = call.rel(1);
      List<RexNode> conjuncts = RelOptUtil.conjunctions(filter.getCondition());
      call.transformTo(filter.copy(filter.getTraitSet(), scan.withFilters(conjuncts),
          filter.getCondition()));
    }
  }

  /** Narrows a scan to the columns a projection above it uses. */
  @SuppressWarnings("deprecation")
  private static final class ProjectIntoScan extends RelOptRule {
    ProjectIntoScan() {
      super(operand(LogicalProject.class, operand(OsTableScan.class, none())),
          "OsProjectIntoScan");
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
      LogicalProject project = call.rel(0);
      OsTableScan scan = call.rel(1);
      ImmutableBitSet used = RelOptUtil.InputFinder.bits(project.getProjects(), null);
      if (used.cardinality() == scan.getRowType().getFieldCount()) {
        return;
      }
      Mappings.TargetMapping mapping = Mappings.target(used.asList(),
          scan.getRowType().getFieldCount());
      OsTableScan narrowed = scan.withProjects(select(scan.projects(), used));
      List<RexNode> exprs = RexPermuteInputsShuttle.of(mapping).visitList(project.getProjects());
      RelNode result = RexUtil.isIdentity(exprs, narrowed.getRowType()) ? narrowed
          : project.copy(project.getTraitSet(), narrowed, exprs, project.getRowType());
      call.transformTo(result);
    }
  }

  /** Narrows a scan under a filter to the columns the projection and the filter use. */
  @SuppressWarnings("deprecation")
  private static final class ProjectFilterIntoScan extends RelOptRule {
    ProjectFilterIntoScan() {
      super(operand(LogicalProject.class, operand(LogicalFilter.class,
          operand(OsTableScan.class, none()))), "OsProjectFilterIntoScan");
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
      LogicalProject project = call.rel(0);
      LogicalFilter filter = call.rel(1);
      OsTableScan scan = call.rel(2);
      List<RexNode> all = new ArrayList<>(project.getProjects());
      all.add(filter.getCondition());
      ImmutableBitSet used = RelOptUtil.InputFinder.bits(all, null);
      if (used.cardinality() == scan.getRowType().getFieldCount()) {
        return;
      }
      Mappings.TargetMapping mapping = Mappings.target(used.asList(),
          scan.getRowType().getFieldCount());
      RexPermuteInputsShuttle shuttle = RexPermuteInputsShuttle.of(mapping);
      ImmutableBitSet onlyFilter = used.except(
          RelOptUtil.InputFinder.bits(project.getProjects(), null));
      OsTableScan narrowed = scan.withProjects(select(scan.projects(), used),
          select(scan.projects(), onlyFilter));
      RelNode newFilter = filter.copy(filter.getTraitSet(), narrowed,
          filter.getCondition().accept(shuttle));
      List<RexNode> exprs = shuttle.visitList(project.getProjects());
      call.transformTo(project.copy(project.getTraitSet(), newFilter, exprs,
          project.getRowType()));
    }
  }

  /** The table columns behind the scan's output columns {@code used}. */
  private static int[] select(int[] projects, ImmutableBitSet used) {
    int[] out = new int[used.cardinality()];
    int i = 0;
    for (int u : used) {
      out[i++] = projects[u];
    }
    return out;
  }
}
