package io.hostsql.calcite.plan;

import io.hostsql.calcite.functions.LinearPatterns;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlLikeOperator;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;
import org.apache.calcite.sql2rel.SqlRexContext;
import org.apache.calcite.sql2rel.SqlRexConvertlet;
import org.apache.calcite.sql2rel.SqlRexConvertletTable;

/**
 * Turns LIKE, ILIKE, SIMILAR TO and the regular expression functions into calls of
 * {@link LinearPatterns} (RE2/J, linear time) while SQL becomes relational algebra; Calcite's
 * own implementations backtrack. Long IN lists ({@link InListRewrite}) become set lookups here
 * too. A regular expression function of a form not provided is
 * refused by name rather than run on the backtracking engine.
 */
final class PatternConvertlets implements SqlRexConvertletTable {
  private static final SqlUserDefinedFunction LIKE = function("like");
  private static final SqlUserDefinedFunction SIMILAR = function("similar");
  private static final SqlUserDefinedFunction CONTAINS = function("contains");
  private static final SqlUserDefinedFunction REPLACE = function("replace");
  private static final SqlUserDefinedFunction EXTRACT = function("extract");

  private final SqlRexConvertletTable standard;

  PatternConvertlets(SqlRexConvertletTable standard) {
    this.standard = standard;
  }

  private static SqlUserDefinedFunction function(String method) {
    return new SqlUserDefinedFunction(
        new SqlIdentifier("HOSTSQL_" + method.toUpperCase(Locale.ROOT), SqlParserPos.ZERO),
        SqlKind.OTHER_FUNCTION, ReturnTypes.VARCHAR_NULLABLE, null, null,
        ScalarFunctionImpl.create(LinearPatterns.class, method));
  }

  @Override
  public SqlRexConvertlet get(SqlCall call) {
    if (call.getOperator() == InListRewrite.LONGS) {
      return InListRewrite.convertlet(LongInLists.IN_LONGS, true);
    }
    if (call.getOperator() == InListRewrite.STRINGS) {
      return InListRewrite.convertlet(LongInLists.IN_STRINGS, false);
    }
    if (call.getKind() == SqlKind.RLIKE) {
      boolean negated = call.getOperator() instanceof SqlLikeOperator like && like.isNegated();
      return (cx, c) -> negate(cx, negated, call(cx, c, CONTAINS));
    }
    if (call.getOperator() instanceof SqlLikeOperator like) {
      return (cx, c) -> negate(cx, like.isNegated(), like.getKind() == SqlKind.SIMILAR
          ? call(cx, c, SIMILAR, escape(cx, c))
          : call(cx, c, LIKE, escape(cx, c), cx.getRexBuilder().makeLiteral(
              like.isCaseSensitive())));
    }
    String name = call.getOperator().getName().toUpperCase(Locale.ROOT);
    int n = call.operandCount();
    if (n == 2 && (name.equals("REGEXP_CONTAINS") || name.equals("REGEXP")
        || name.equals("REGEXP_LIKE"))) {
      return (cx, c) -> call(cx, c, CONTAINS);
    }
    if (n == 3 && name.equals("REGEXP_REPLACE")) {
      return (cx, c) -> call(cx, c, REPLACE);
    }
    if (n == 2 && name.equals("REGEXP_EXTRACT")) {
      return (cx, c) -> call(cx, c, EXTRACT);
    }
    if (name.startsWith("REGEXP")) {
      return (cx, c) -> {
        throw new UnsupportedOperationException(name + " with " + n + " arguments is not "
            + "available: hostsql runs regular expressions on a linear-time engine (RE2/J), "
            + "which provides REGEXP_CONTAINS(s, re), RLIKE, REGEXP_LIKE(s, re), "
            + "REGEXP_REPLACE(s, re, replacement) and REGEXP_EXTRACT(s, re)");
      };
    }
    return standard.get(call);
  }

  /** The ESCAPE operand, or a null text when the pattern has none. */
  private static RexNode escape(SqlRexContext cx, SqlCall call) {
    if (call.operandCount() > 2) {
      return null; // converted with the others
    }
    RexBuilder b = cx.getRexBuilder();
    return b.makeNullLiteral(cx.getTypeFactory().createTypeWithNullability(
        cx.getTypeFactory().createSqlType(SqlTypeName.VARCHAR), true));
  }

  private static RexNode call(SqlRexContext cx, SqlCall call, SqlUserDefinedFunction f,
      RexNode... extra) {
    List<RexNode> operands = new ArrayList<>();
    for (SqlNode operand : call.getOperandList()) {
      operands.add(cx.convertExpression(operand));
    }
    for (RexNode e : extra) {
      if (e != null) {
        operands.add(e);
      }
    }
    RelDataType type = cx.getValidator().getValidatedNodeType(call);
    return cx.getRexBuilder().makeCall(type, f, operands);
  }

  private static RexNode negate(SqlRexContext cx, boolean negated, RexNode e) {
    return negated ? cx.getRexBuilder().makeCall(SqlStdOperatorTable.NOT, e) : e;
  }
}
