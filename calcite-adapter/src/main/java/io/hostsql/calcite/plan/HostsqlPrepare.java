package io.hostsql.calcite.plan;

import java.lang.reflect.Type;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.plan.RelOptCostFactory;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.prepare.CalcitePrepareImpl;
import org.apache.calcite.prepare.Prepare;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.rules.CoreRules;
import org.apache.calcite.runtime.Hook;
import org.apache.calcite.sql.SqlNode;

/**
 * Calcite's statement preparation with two changes that let scans see what they need (set per
 * statement here, rather than through Calcite's global Hook, so other Calcite users in the same
 * JVM are not affected):
 *
 * <ul>
 *   <li>{@code IN} lists of any length stay one filter ({@code SEARCH}) instead of becoming a
 *       join against a VALUES table from 20 items on, so {@code pid IN (...)} reaches the scan;
 *       from 64 literal values they are one set lookup ({@link InListRewrite},
 *       {@link LongInLists});
 *   <li>LIKE, SIMILAR TO and regular expressions run in linear time
 *       ({@link PatternConvertlets}); string functions that can make huge texts have a limit
 *       ({@link BoundedStringConvertlets});
 *   <li>an aggregate that reads no column (count(*)) keeps the one-column projection the field
 *       trimmer puts under it, so the scan is asked for the pid alone and reads no process file;
 *   <li>a bare {@code user} names a column where one is in scope, else the session user
 *       ({@link UserOrColumn}); CURRENT_SCHEMA and the session user are the connection's
 *       ({@link SessionConvertlets});
 *   <li>a LIKE pattern with osquery's recursive {@code %%} keeps it ({@link DoublePercentLike});
 *   <li>joins pass their rows through {@link QueryGuard}, as scans do, so a cancel or a query
 *       timeout stops them ({@link GuardRel});
 *   <li>the statement's time and memory limits ({@link QueryBudget}) hold while it is
 *       planned and compiled, and generated code past a size is refused
 *       ({@link PreparationLimits}); operators that keep rows charge them to its memory limit
 *       ({@link BufferingOperators});
 *   <li>a trailing {@code ;} (and blanks or comments after it) is dropped, as SQLite does, and
 *       a second statement is refused ({@link SingleStatement}). Every embedded and remote
 *       statement, prepared, executed or batched, passes through here.
 * </ul>
 *
 * <p>A text constant compared with a numeric column ({@code pid = 'abc'}) fails while Calcite
 * folds the cast; the failure is reported as a type error naming the constant.
 */
public class HostsqlPrepare extends CalcitePrepareImpl {
  @Override
  public <T> CalcitePrepare.CalciteSignature<T> prepareSql(CalcitePrepare.Context context,
      CalcitePrepare.Query<T> query, Type elementType, long maxRowCount) {
    io.hostsql.calcite.OsSchema.lookUpLazily(context.getRootSchema());
    // The hostsql command's one-statement runs reuse a plan made by an earlier run.
    var plans = PlanCache.configured();
    return plans.isEmpty() ? plan(context, query, elementType, maxRowCount)
        : plans.get().prepare(context, query, elementType, maxRowCount,
            () -> plan(context, query, elementType, maxRowCount));
  }

  private <T> CalcitePrepare.CalciteSignature<T> plan(CalcitePrepare.Context context,
      CalcitePrepare.Query<T> query, Type elementType, long maxRowCount) {
    try (var ignored = Prepare.THREAD_INSUBQUERY_THRESHOLD.push(Integer.MAX_VALUE);
         var check = Hook.CONVERTED.<RelNode>addThread(CastChecker::check);
         var like = Hook.PARSE_TREE.<Object[]>addThread(
             a -> DoublePercentLike.rewrite((SqlNode) a[1]));
         var in = Hook.PARSE_TREE.<Object[]>addThread(a -> InListRewrite.rewrite((SqlNode) a[1]));
         var guard = Hook.PLAN_BEFORE_IMPLEMENTATION.<org.apache.calcite.rel.RelRoot>addThread(
             r -> {
               GuardRel.insertAboveJoins(r.rel);
               SharedScans.mark(r.rel);
             });
         var kept = Hook.PLAN_BEFORE_IMPLEMENTATION.<org.apache.calcite.rel.RelRoot>addThread(
             r -> BufferingOperators.insert(r.rel));
         var phases = PreparationLimits.install()) {
      CalcitePrepare.Query<T> one = query.sql == null ? query
          : CalcitePrepare.Query.of(SingleStatement.of(query.sql));
      return super.prepareSql(context, one, elementType, maxRowCount);
    } catch (RuntimeException e) {
      PreparationLimits.rethrowFailure();
      throw WrongTypeException.explain(e);
    }
  }

  /**
   * Calcite's statement, with long IN lists turned into set lookups ({@link LongInLists})
   * between planning and code generation.
   */
  @Override
  protected CalcitePreparingStmt getPreparingStmt(CalcitePrepare.Context context,
      Type elementType, org.apache.calcite.prepare.CalciteCatalogReader catalogReader,
      RelOptPlanner planner) {
    var typeFactory = context.getTypeFactory();
    var prefer = elementType == Object[].class
        ? org.apache.calcite.adapter.enumerable.EnumerableRel.Prefer.ARRAY
        : org.apache.calcite.adapter.enumerable.EnumerableRel.Prefer.CUSTOM;
    var cluster = createCluster(planner, new org.apache.calcite.rex.RexBuilder(typeFactory));
    // The launcher's one-shot queries keep compiled metadata handlers between runs.
    CodeCache.configured().ifPresent(cache -> CachedMetadataHandlers.install(cluster, cache));
    return new CalcitePreparingStmt(this, context, catalogReader, typeFactory,
        context.getRootSchema(), prefer, cluster,
        org.apache.calcite.adapter.enumerable.EnumerableConvention.INSTANCE,
        new SessionConvertlets(createConvertletTable(), context)) {
      @Override
      protected org.apache.calcite.sql.validate.SqlValidator createSqlValidator(
          Prepare.CatalogReader reader, java.util.function.UnaryOperator<
              org.apache.calcite.sql.validate.SqlValidator.Config> transform) {
        return UserOrColumn.create(context,
            (org.apache.calcite.prepare.CalciteCatalogReader) reader, transform);
      }

      @Override
      protected Prepare.PreparedResult implement(org.apache.calcite.rel.RelRoot root) {
        return super.implement(root.withRel(LongInLists.rewrite(root.rel)));
      }
    };
  }

  /**
   * LIKE, SIMILAR TO and regular expressions run on a linear-time engine; comparisons with
   * constants are decided by SQLite's affinity ({@link SqliteAffinity}).
   */
  @Override
  protected org.apache.calcite.sql2rel.SqlRexConvertletTable createConvertletTable() {
    return new SqliteAffinity(new PatternConvertlets(
        new BoundedStringConvertlets(super.createConvertletTable())));
  }

  /** The connection's choice, from its os schema (lookups on when there is none). */
  private static LookupSwitch lookupSwitch(CalcitePrepare.Context context) {
    var os = context.getRootSchema().getSubSchema(io.hostsql.calcite.OsSchema.NAME, false);
    if (os != null && os.schema instanceof io.hostsql.calcite.OsSchema schema) {
      return new LookupSwitch(schema.pidLookups());
    }
    return new LookupSwitch(true);
  }

  @Override
  protected RelOptPlanner createPlanner(CalcitePrepare.Context prepareContext,
      org.apache.calcite.plan.Context externalContext, RelOptCostFactory costFactory) {
    org.apache.calcite.plan.Context lookups = PreparationLimits.withCancelFlag(
        lookupSwitch(prepareContext));
    RelOptPlanner planner = super.createPlanner(prepareContext, externalContext == null
        ? lookups : org.apache.calcite.plan.Contexts.chain(externalContext, lookups),
        costFactory);
    // Merging the trimmer's Project into the Aggregate would hide from the scan that no
    // column is needed.
    planner.removeRule(CoreRules.AGGREGATE_PROJECT_MERGE);
    planner.addRule(NoColumnAggregateRule.INSTANCE);
    PreparationLimits.watch(planner);
    // ORDER BY ... LIMIT n keeps n rows (EnumerableLimitSort), not every row of its input
    // (EnumerableSort under EnumerableLimit): Calcite leaves this rule out by default.
    planner.addRule(org.apache.calcite.adapter.enumerable.EnumerableRules
        .ENUMERABLE_LIMIT_SORT_RULE);
    // hostsql's tables plan as OsTableScan; the interpreter's scan must not compete with it.
    planner.removeRule(CoreRules.FILTER_SCAN);
    planner.removeRule(CoreRules.PROJECT_TABLE_SCAN);
    return planner;
  }
}
