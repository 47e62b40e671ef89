package io.hostsql.calcite.plan;

import io.hostsql.calcite.functions.InSets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorScope;
import org.apache.calcite.sql2rel.SqlRexConvertlet;

/**
 * {@code x IN (v1, ..., vn)} with many literal values becomes, in the parse tree and before
 * validation, one call {@code HOSTSQL_IN_LONGS(x, 'encoded list')} (or {@code _STRINGS}):
 * Calcite would otherwise turn the list into n comparisons, simplify them into a search
 * argument of n points whose text it prints again and again while planning (tens of seconds
 * for 10,000 values), and generate code that compares one value at a time. The call is one
 * hash lookup per row ({@link InSets}); scans read its values like an IN list
 * ({@code KeyFilter}), so {@code pid IN (...)} still reads only the listed processes.
 *
 * <p>Only lists of whole-number literals or of text literals are rewritten; the value must be
 * of the same kind (a whole-number or a text column), as Calcite requires without coercion.
 */
final class InListRewrite {
  /** Lists at least this long are rewritten. */
  static final int THRESHOLD = 64;
  /** The function over a whole-number value. */
  static final SqlFunction LONGS = new InListFunction("HOSTSQL_IN_LONGS",
      SqlTypeFamily.INTEGER);
  /** The function over a text value. */
  static final SqlFunction STRINGS = new InListFunction("HOSTSQL_IN_STRINGS",
      SqlTypeFamily.CHARACTER);

  private InListRewrite() {
  }

  /** Rewrites the long IN lists under {@code node}, in place. */
  static void rewrite(SqlNode node) {
    if (node instanceof SqlNodeList list) {
      for (int i = 0; i < list.size(); i++) {
        SqlNode item = list.get(i);
        SqlNode replaced = replacement(item);
        if (replaced != null) {
          list.set(i, replaced);
        } else {
          rewrite(item);
        }
      }
    } else if (node instanceof SqlCall call) {
      for (int i = 0; i < call.operandCount(); i++) {
        SqlNode operand = call.operand(i);
        SqlNode replaced = replacement(operand);
        if (replaced != null) {
          try {
            call.setOperand(i, replaced);
            continue;
          } catch (UnsupportedOperationException e) {
            // a node whose parts are fixed: left as Calcite has it
          }
        }
        if (operand != null) {
          rewrite(operand);
        }
      }
    }
  }

  /** The call replacing {@code node}, or null to leave it. */
  private static SqlNode replacement(SqlNode node) {
    if (!(node instanceof SqlCall call)
        || call.getKind() != SqlKind.IN && call.getKind() != SqlKind.NOT_IN
        || !(call.operand(1) instanceof SqlNodeList values) || values.size() < THRESHOLD
        || call.operand(0) instanceof SqlCall row && row.getKind() == SqlKind.ROW) {
      return null;
    }
    List<String> longs = new ArrayList<>();
    List<String> strings = new ArrayList<>();
    for (SqlNode v : values) {
      String whole = wholeNumber(v);
      if (whole != null) {
        longs.add(whole);
      } else if (v instanceof SqlCharStringLiteral s) {
        strings.add(s.getValueAs(String.class));
      } else {
        return null;
      }
    }
    if (!longs.isEmpty() && !strings.isEmpty()) {
      return null;
    }
    var pos = call.getParserPosition();
    SqlNode set = SqlLiteral.createCharString(
        InSets.encode(longs.isEmpty() ? strings : longs, false, null), pos);
    SqlNode in = new SqlBasicCall(longs.isEmpty() ? STRINGS : LONGS,
        List.of(call.operand(0), set), pos);
    return call.getKind() == SqlKind.IN ? in
        : new SqlBasicCall(SqlStdOperatorTable.NOT, List.of(in), pos);
  }

  /** The literal's value if it is a whole number that fits a long (a minus sign allowed). */
  private static String wholeNumber(SqlNode v) {
    boolean negative = false;
    if (v instanceof SqlCall minus && minus.getKind() == SqlKind.MINUS_PREFIX) {
      negative = true;
      v = minus.operand(0);
    }
    if (!(v instanceof SqlNumericLiteral n) || !n.isExact()) {
      return null;
    }
    BigDecimal d = n.getValueAs(BigDecimal.class);
    try {
      long l = d.longValueExact();
      return Long.toString(negative ? -l : l);
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /** How the call becomes relational algebra: the {@link InSets} lookup. */
  static SqlRexConvertlet convertlet(org.apache.calcite.sql.validate.SqlUserDefinedFunction
      lookup, boolean longs) {
    return (cx, call) -> {
      RexBuilder b = cx.getRexBuilder();
      RexNode value = cx.convertExpression(call.operand(0));
      if (longs) {
        var types = b.getTypeFactory();
        value = b.makeCast(types.createTypeWithNullability(types.createSqlType(
            SqlTypeName.BIGINT), value.getType().isNullable()), value);
      }
      RelDataType type = cx.getValidator().getValidatedNodeType(call);
      return b.makeCall(type, lookup, List.of(value, cx.convertExpression(call.operand(1))));
    };
  }

  /** Validated as its operands say; never looked up by name (users cannot call it). */
  private static final class InListFunction extends SqlFunction {
    InListFunction(String name, SqlTypeFamily value) {
      super(name, SqlKind.OTHER_FUNCTION, ReturnTypes.BOOLEAN_NULLABLE, null,
          OperandTypes.family(value, SqlTypeFamily.CHARACTER), SqlFunctionCategory.SYSTEM);
    }

    @Override
    public RelDataType deriveType(SqlValidator validator, SqlValidatorScope scope,
        SqlCall call) {
      return validateOperands(validator, scope, call);
    }
  }
}
