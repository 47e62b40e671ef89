package io.hostsql.calcite.plan;

import java.sql.SQLException;
import java.util.List;
import org.apache.calcite.plan.Context;
import org.apache.calcite.plan.Contexts;
import org.apache.calcite.runtime.Hook;
import org.apache.calcite.util.CancelFlag;

/**
 * Holds a statement's {@link QueryBudget} while Calcite prepares it. The Volcano planner gets
 * the statement's cancel flag (it looks at it before every rule call); between the phases
 * (parsed, converted, trimmed, planned, generated) the budget is checked; and generated code
 * is compiled only if its deadline has not passed and the code is of a size Janino compiles in
 * about a second: the compilation is one call that nothing can stop.
 */
final class PreparationLimits {
  /**
   * The longest generated Java source compiled, in characters. Janino took ~1 s per 400,000
   * characters of Calcite's generated code on this project's 2-core build machine; queries of
   * ordinary size generate under 100,000.
   */
  static final int MAX_GENERATED_CHARS = 1_000_000;
  /**
   * The most parse-tree nodes a statement may have. Validation and code generation have no
   * place to stop, and grow faster than the tree: a CASE of 1,000 branches (about 6,000 nodes)
   * was validated in 14 s and written as 6.4 MB of Java in 107 s; ordinary queries, osquery's
   * packs included, have a few hundred.
   */
  static final int MAX_PARSE_NODES = 2_500;
  /** Statement too complex (54: program limit exceeded). */
  static final String TOO_COMPLEX = "54001";

  private PreparationLimits() {
  }

  /** Checkpoints for the preparation on this thread, until closed. */
  static Hook.Closeable install() {
    List<Hook.Closeable> hooks = List.of(
        Hook.PARSE_TREE.<Object[]>addThread(PreparationLimits::parsed),
        Hook.CONVERTED.<Object>addThread(PreparationLimits::between),
        Hook.TRIMMED.<Object>addThread(PreparationLimits::between),
        Hook.PLAN_BEFORE_IMPLEMENTATION.<Object>addThread(PreparationLimits::between),
        Hook.JAVA_PLAN.<Object>addThread(PreparationLimits::beforeCompile));
    return () -> hooks.forEach(Hook.Closeable::close);
  }

  /** The parse tree: refused past {@link #MAX_PARSE_NODES}, checked against the budget. */
  private static void parsed(Object[] sqlAndTree) {
    if (size((org.apache.calcite.sql.SqlNode) sqlAndTree[1], 0) > MAX_PARSE_NODES) {
      throw QueryGuard.undeclared(new SQLException("statement too complex: more than "
          + MAX_PARSE_NODES + " terms, the most validated, planned and compiled in bounded "
          + "time; split it (a long IN list of constants counts as one term)", TOO_COMPLEX));
    }
    QueryBudget.checkCurrent();
  }

  /** The nodes of a parse tree, counted up to just past the limit. */
  private static int size(org.apache.calcite.sql.SqlNode node, int counted) {
    if (node == null || counted > MAX_PARSE_NODES) {
      return counted;
    }
    int n = counted + 1;
    if (node instanceof org.apache.calcite.sql.SqlNodeList list) {
      for (org.apache.calcite.sql.SqlNode child : list) {
        n = size(child, n);
      }
    } else if (node instanceof org.apache.calcite.sql.SqlCall call) {
      for (org.apache.calcite.sql.SqlNode child : call.getOperandList()) {
        n = size(child, n);
      }
    }
    return n;
  }

  private static void between(Object phaseResult) {
    QueryBudget.checkCurrent();
  }

  private static void beforeCompile(Object code) {
    QueryBudget.checkCurrent();
    int length = String.valueOf(code).length();
    if (length > MAX_GENERATED_CHARS) {
      throw QueryGuard.undeclared(new SQLException("statement too complex: it would compile "
          + length + " characters of generated code, more than the " + MAX_GENERATED_CHARS
          + " compiled in bounded time; split it or use shorter expressions (a long IN list "
          + "of constants is fine)", TOO_COMPLEX));
    }
  }

  /**
   * Makes {@code planner} stop at the statement's deadline within its rule matching too: the
   * Volcano planner looks at its cancel flag only before it fires a rule, and registering one
   * new expression can match thousands of rules first (seconds in a twelve-way join).
   */
  static void watch(org.apache.calcite.plan.RelOptPlanner planner) {
    QueryBudget b = QueryBudget.current();
    if (b == null) {
      return;
    }
    java.util.concurrent.atomic.AtomicBoolean flag = b.cancelFlag();
    planner.addListener(new org.apache.calcite.plan.RelOptListener() {
      private void check() {
        if (flag.get()) {
          rethrowFailure();
        }
      }

      @Override
      public void relEquivalenceFound(RelEquivalenceEvent event) {
        check();
      }

      @Override
      public void ruleAttempted(RuleAttemptedEvent event) {
        check();
      }

      @Override
      public void ruleProductionSucceeded(RuleProductionEvent event) {
      }

      @Override
      public void relDiscarded(RelDiscardedEvent event) {
      }

      @Override
      public void relChosen(RelChosenEvent event) {
      }
    });
  }

  /** The planner's context: {@code settings}, and the current statement's cancel flag. */
  static Context withCancelFlag(Object settings) {
    QueryBudget b = QueryBudget.current();
    return b == null ? Contexts.of(settings)
        : Contexts.of(settings, new CancelFlag(b.cancelFlag()));
  }

  /**
   * Throws the statement's own failure when a failed preparation was stopped by its limits
   * (the planner's "Preparation aborted" says nothing of why).
   */
  static void rethrowFailure() {
    QueryBudget b = QueryBudget.current();
    SQLException failure = b == null ? null : b.failure();
    if (failure != null) {
      throw QueryGuard.undeclared(failure);
    }
  }
}
