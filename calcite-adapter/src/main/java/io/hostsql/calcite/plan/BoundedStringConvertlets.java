package io.hostsql.calcite.plan;

import io.hostsql.calcite.functions.BoundedStrings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.fun.SqlLibraryOperators;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;
import org.apache.calcite.sql2rel.SqlRexContext;
import org.apache.calcite.sql2rel.SqlRexConvertlet;
import org.apache.calcite.sql2rel.SqlRexConvertletTable;

/**
 * Routes REPEAT, SPACE, LPAD, RPAD and text {@code ||} to {@link BoundedStrings}, whose
 * results have a size limit, while SQL becomes relational algebra.
 */
final class BoundedStringConvertlets implements SqlRexConvertletTable {
  private static final SqlUserDefinedFunction REPEAT = function("repeat");
  private static final SqlUserDefinedFunction SPACE = function("space");
  private static final SqlUserDefinedFunction LPAD = function("lpad");
  private static final SqlUserDefinedFunction RPAD = function("rpad");
  private static final SqlUserDefinedFunction CONCAT = function("concat");

  private final SqlRexConvertletTable next;

  BoundedStringConvertlets(SqlRexConvertletTable next) {
    this.next = next;
  }

  private static SqlUserDefinedFunction function(String method) {
    return new SqlUserDefinedFunction(
        new SqlIdentifier("HOSTSQL_" + method.toUpperCase(Locale.ROOT), SqlParserPos.ZERO),
        SqlKind.OTHER_FUNCTION, ReturnTypes.VARCHAR_NULLABLE, null, null,
        ScalarFunctionImpl.create(BoundedStrings.class, method));
  }

  @Override
  public SqlRexConvertlet get(SqlCall call) {
    SqlOperator op = call.getOperator();
    if (op == SqlLibraryOperators.REPEAT) {
      return (cx, c) -> call(cx, c, REPEAT, SqlTypeName.VARCHAR, SqlTypeName.INTEGER);
    }
    if (op == SqlLibraryOperators.SPACE) {
      return (cx, c) -> call(cx, c, SPACE, SqlTypeName.INTEGER);
    }
    if (op == SqlLibraryOperators.LPAD || op == SqlLibraryOperators.RPAD) {
      SqlUserDefinedFunction f = op == SqlLibraryOperators.LPAD ? LPAD : RPAD;
      return (cx, c) -> text(cx, c) ? call(cx, c, f, SqlTypeName.VARCHAR,
          SqlTypeName.INTEGER, SqlTypeName.VARCHAR) : next.get(c).convertCall(cx, c);
    }
    if (op == SqlStdOperatorTable.CONCAT && call.operandCount() == 2) {
      return (cx, c) -> text(cx, c) ? call(cx, c, CONCAT, SqlTypeName.VARCHAR,
          SqlTypeName.VARCHAR) : next.get(c).convertCall(cx, c);
    }
    return next.get(call);
  }

  /** Whether the call works on text (binary strings keep Calcite's implementation). */
  private static boolean text(SqlRexContext cx, SqlCall call) {
    return cx.getValidator().getValidatedNodeType(call).getSqlTypeName().getFamily()
        == SqlTypeFamily.CHARACTER;
  }

  /**
   * The call of {@code f} on the call's operands cast to {@code types}; a missing last operand
   * (LPAD's pad) is a space.
   */
  private static RexNode call(SqlRexContext cx, SqlCall call, SqlUserDefinedFunction f,
      SqlTypeName... types) {
    RexBuilder b = cx.getRexBuilder();
    var typeFactory = cx.getTypeFactory();
    List<RexNode> operands = new ArrayList<>();
    for (int i = 0; i < types.length; i++) {
      RexNode e = i < call.operandCount() ? cx.convertExpression(call.operand(i))
          : b.makeLiteral(" ");
      if (e.getType().getSqlTypeName() != types[i]) {
        e = b.makeCast(typeFactory.createTypeWithNullability(
            typeFactory.createSqlType(types[i]), e.getType().isNullable()), e);
      }
      operands.add(e);
    }
    return b.makeCall(cx.getValidator().getValidatedNodeType(call), f, operands);
  }
}
