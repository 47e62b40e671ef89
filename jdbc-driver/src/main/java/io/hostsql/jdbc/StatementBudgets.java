package io.hostsql.jdbc;

import io.hostsql.calcite.plan.QueryBudget;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.jdbc.StatementFlags;

/**
 * Runs each execution of a connection's statements under its {@link QueryBudget}, from the
 * moment the SQL is handed over: Calcite's own query timeout starts only when rows are about
 * to be read, after parsing, planning and compiling, which had no bound. Preparing a statement
 * (prepareStatement) runs under a budget of its own with the connection's timeout.
 *
 * <p>A Java Error thrown by the work of one statement (a stack exhausted by a deeply nested
 * expression, a heap exhausted by one huge value) is that statement's failure: the caller gets
 * an SQLException, as for any other failure, and the connection stays usable.
 */
final class StatementBudgets {
  /** Statement too complex (54: program limit exceeded). */
  static final String TOO_COMPLEX = "54001";

  private StatementBudgets() {
  }

  /** The connection, whose statements run under {@code limits}. */
  static Connection wrap(Connection connection, QueryLimits limits) {
    return Proxies.of(connection, (proxy, method, args) -> {
      Object result;
      if (method.getName().startsWith("prepare")) {
        AtomicBoolean flag = new AtomicBoolean(); // the budget keeps it weakly: held here
        QueryBudget budget = QueryBudget.start(flag, limits.timeoutSeconds(),
            limits.allocationBytes(), limits.memoryBytes());
        try (QueryBudget.Scope ignored = budget.enter()) {
          result = call(connection, method, args);
        } finally {
          budget.finish();
          java.lang.ref.Reference.reachabilityFence(flag);
        }
      } else {
        result = Proxies.call(connection, method, args);
      }
      if (result instanceof Statement s) {
        if (limits.timeoutSeconds() > 0) {
          s.setQueryTimeout(limits.timeoutSeconds());
        }
        return statement(s, limits);
      }
      return result;
    });
  }

  private static Statement statement(Statement statement, QueryLimits limits)
      throws SQLException {
    AtomicBoolean flag = StatementFlags.of(statement);
    return Proxies.of(statement, (proxy, method, args) -> {
      String name = method.getName();
      if (name.startsWith("execute")) {
        QueryBudget budget = QueryBudget.start(flag, statement.getQueryTimeout(),
            limits.allocationBytes(), limits.memoryBytes());
        try (QueryBudget.Scope ignored = budget.enter()) {
          return call(statement, method, args);
        }
      }
      if (name.equals("close")) {
        QueryBudget budget = QueryBudget.of(flag);
        if (budget != null) {
          budget.finish();
        }
      }
      return Proxies.call(statement, method, args);
    });
  }

  /** The call, with a Java Error from the statement's work reported as an SQLException. */
  private static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return Proxies.call(target, method, args);
    } catch (StackOverflowError e) {
      throw new SQLException("statement too complex: it needed more stack than a thread has "
          + "(an expression nested too deeply, or thousands of OR terms); the connection "
          + "stays usable", TOO_COMPLEX, e);
    } catch (OutOfMemoryError e) {
      throw new SQLException("query stopped: the Java heap ran out while it ran ("
          + e.getMessage() + "); the connection stays usable", QueryBudget.MEMORY_STATE, e);
    }
  }
}
