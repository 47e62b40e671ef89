package io.hostsql.calcite.plan;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.config.CalciteConnectionConfig;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.prepare.CalciteSqlValidator;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.util.SqlOperatorTables;
import org.apache.calcite.sql.validate.SelectScope;
import org.apache.calcite.sql.validate.SqlValidatorScope;

/**
 * Calcite's validator, reading a bare {@code user} as a column where one of that name is in
 * scope and as SQL's niladic USER function only where none is. Audit tables have columns named
 * user (osquery's logged_in_users, cpu_time), and Calcite prefers the built-in function over a
 * column, so every row would silently show the session user; tools, on the other hand, probe
 * the session with a bare {@code SELECT USER}. Quoted {@code "user"} is always a name;
 * CURRENT_USER and SESSION_USER are always the functions.
 *
 * <p>The choice is made where Calcite expands an expression in its scope (select list, WHERE,
 * JOIN ... ON, ORDER BY); elsewhere (GROUP BY, HAVING) a bare user is a column, and an error
 * where there is none, never a silent session user.
 */
final class UserOrColumn extends CalciteSqlValidator {
  private UserOrColumn(SqlOperatorTable operators, CalciteCatalogReader catalogReader,
      JavaTypeFactory typeFactory, Config config) {
    super(operators, catalogReader, typeFactory, config);
  }

  /**
   * The validator for a statement of {@code context}, configured as Calcite configures its own
   * (the connection's function libraries and the schemas' functions, its conformance and null
   * collation, identifiers expanded) and then by {@code transform}.
   */
  static UserOrColumn create(CalcitePrepare.Context context,
      CalciteCatalogReader catalogReader, UnaryOperator<Config> transform) {
    CalciteConnectionConfig config = context.config();
    SqlOperatorTable operators = SqlOperatorTables.chain(
        config.fun(SqlOperatorTable.class, SqlStdOperatorTable.instance()), catalogReader);
    return new UserOrColumn(operators, catalogReader, context.getTypeFactory(),
        transform.apply(Config.DEFAULT
            .withLenientOperatorLookup(config.lenientOperatorLookup())
            .withConformance(config.conformance())
            .withDefaultNullCollation(config.defaultNullCollation())
            .withIdentifierExpansion(true)));
  }

  /** A bare user is never turned into the function here: see {@link #resolve}. */
  @Override
  public SqlCall makeNullaryCall(SqlIdentifier id) {
    return isBareUser(id) ? null : super.makeNullaryCall(id);
  }

  @Override
  public SqlNode expandSelectExpr(SqlNode expr, SelectScope scope, SqlSelect select,
      Map<String, SqlNode> expansions) {
    return super.expandSelectExpr(resolve(expr, scope), scope, select, expansions);
  }

  @Override
  public SqlNode expand(SqlNode expr, SqlValidatorScope scope) {
    return super.expand(resolve(expr, scope), scope);
  }

  /** SQLite's select-list aliases in WHERE ({@link WhereAliases}) before Calcite's checks. */
  @Override
  protected void validateWhereClause(SqlSelect select) {
    if (select.getWhere() != null) {
      select.setWhere(WhereAliases.resolve(select, getWhereScope(select),
          getCatalogReader().nameMatcher()));
    }
    super.validateWhereClause(select);
  }

  @Override
  public SqlNode expandOrderExpr(SqlSelect select, SqlNode orderExpr) {
    return super.expandOrderExpr(select, resolve(orderExpr, getOrderScope(select)));
  }

  /**
   * {@code expr} with each bare user that {@code scope} cannot resolve as a column replaced by
   * the USER function, in place; subqueries are left to their own scopes.
   */
  private SqlNode resolve(SqlNode expr, SqlValidatorScope scope) {
    if (expr instanceof SqlIdentifier id) {
      return isBareUser(id) && !isColumn(id, scope)
          ? SqlStdOperatorTable.USER.createCall(id.getParserPosition()) : expr;
    }
    if (expr instanceof SqlNodeList list) {
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i) != null) {
          list.set(i, resolve(list.get(i), scope));
        }
      }
    } else if (expr instanceof SqlCall call && !call.getKind().belongsTo(SqlKind.QUERY)) {
      // The alias of "x AS user" names the result; only x is an expression.
      int operands = call.getKind() == SqlKind.AS ? Math.min(1, call.operandCount())
          : call.operandCount();
      for (int i = 0; i < operands; i++) {
        SqlNode operand = call.operand(i);
        if (operand == null) {
          continue;
        }
        SqlNode with = resolve(operand, scope);
        if (with != operand) {
          call.setOperand(i, with);
        }
      }
    }
    return expr;
  }

  private boolean isColumn(SqlIdentifier id, SqlValidatorScope scope) {
    return scope != null && !scope.findQualifyingTableNames(id.getSimple(), id,
        getCatalogReader().nameMatcher()).isEmpty();
  }

  private static boolean isBareUser(SqlIdentifier id) {
    return id.names.size() == 1 && id.names.get(0).equalsIgnoreCase("user")
        && !id.isComponentQuoted(0);
  }
}
