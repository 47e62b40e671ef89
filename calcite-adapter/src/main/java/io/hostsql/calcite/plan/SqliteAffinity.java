package io.hostsql.calcite.plan;

import java.math.BigDecimal;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql2rel.SqlRexConvertlet;
import org.apache.calcite.sql2rel.SqlRexConvertletTable;

/**
 * Comparisons of a column with a constant of the other kind, decided as SQLite's type affinity
 * decides them, where Calcite would turn the text side into a number:
 *
 * <ul>
 *   <li>a text column against a number ({@code name = 5}) compares as text ({@code name =
 *       '5'}): SQLite gives the number the column's TEXT affinity. Calcite casts every name
 *       to a number instead, and the first name that is not one failed the query from
 *       generated code;
 *   <li>a numeric column against text ({@code pid = '1'}) compares as a number, as both do;
 *       text that is no number is refused here, naming the column and the value.
 * </ul>
 *
 * Only the six comparison operators with a column (or any expression) on one side and a
 * constant on the other are concerned; everything else converts as Calcite converts it.
 */
final class SqliteAffinity implements SqlRexConvertletTable {
  private final SqlRexConvertletTable delegate;

  /** Converts everything else as {@code delegate} does. */
  SqliteAffinity(SqlRexConvertletTable delegate) {
    this.delegate = delegate;
  }

  @Override
  public SqlRexConvertlet get(SqlCall call) {
    SqlRexConvertlet standard = delegate.get(call);
    if (!call.getKind().belongsTo(SqlKind.BINARY_COMPARISON) || call.operandCount() != 2
        || call.getKind() == SqlKind.IS_DISTINCT_FROM
        || call.getKind() == SqlKind.IS_NOT_DISTINCT_FROM) {
      return standard;
    }
    return (cx, c) -> {
      SqlNode a = c.operand(0);
      SqlNode b = c.operand(1);
      for (int side = 0; side < 2; side++) {
        SqlNode expr = side == 0 ? a : b;
        SqlNode constant = side == 0 ? b : a;
        if (expr instanceof SqlCall cast && cast.getKind() == SqlKind.CAST
            && cx.getValidator().getValidatedNodeType(cast.operand(0)).getFamily()
                == SqlTypeFamily.CHARACTER) {
          // The validator has already made the text side a number (name = 5 arrives as
          // CAST(name AS INTEGER) = 5): the text itself is what SQLite compares.
          expr = cast.operand(0);
        }
        if (constant instanceof SqlCall cast && cast.getKind() == SqlKind.CAST
            && (cast.operand(0) instanceof org.apache.calcite.sql.SqlLiteral
                || cast.operand(0).getKind() == SqlKind.MINUS_PREFIX)) {
          constant = cast.operand(0);  // the validator's cast of the constant to the other side
        }
        RelDataType type = cx.getValidator().getValidatedNodeType(expr);
        String number = numberText(constant);
        if (number != null && type.getFamily() == SqlTypeFamily.CHARACTER) {
          RexBuilder rex = cx.getRexBuilder();
          var text = rex.makeLiteral(number);
          var e = cx.convertExpression(expr);
          return rex.makeCall(c.getOperator(), side == 0 ? e : text, side == 0 ? text : e);
        }
        if (constant instanceof SqlCharStringLiteral s && isNumeric(type)) {
          String value = s.getValueAs(String.class);
          try {
            new BigDecimal(value.trim());
          } catch (NumberFormatException nfe) {
            throw WrongTypeException.notANumber(value, name(expr), type.getSqlTypeName().getName());
          }
        }
      }
      return standard.convertCall(cx, c);
    };
  }

  private static boolean isNumeric(RelDataType type) {
    return type.getFamily() == SqlTypeFamily.NUMERIC
        || SqlTypeFamily.NUMERIC.getTypeNames().contains(type.getSqlTypeName());
  }

  /** What to call the compared expression in a message: its column name, else its SQL. */
  private static String name(SqlNode expr) {
    return expr instanceof SqlIdentifier id ? id.toString() : expr.toString();
  }

  /**
   * The text SQLite makes of a numeric constant when it takes TEXT affinity (5 gives '5', 5.0
   * gives '5.0', -2 gives '-2'), or null when the node is not a numeric constant.
   */
  private static String numberText(SqlNode node) {
    boolean negative = false;
    if (node instanceof SqlBasicCall call && call.getKind() == SqlKind.MINUS_PREFIX) {
      negative = true;
      node = call.operand(0);
    }
    if (!(node instanceof SqlNumericLiteral n)) {
      return null;
    }
    BigDecimal v = n.getValueAs(BigDecimal.class);
    String text;
    if (n.isExact() && v.scale() <= 0) {
      text = v.toBigInteger().toString();
    } else {
      // SQLite prints a REAL with at least one decimal, shortest form (5.0, 0.5, 1.25).
      text = Double.toString(v.doubleValue());
      if (text.contains("E")) {
        return null;  // exponent forms differ between SQLite and Java: not worth guessing
      }
    }
    return negative ? "-" + text : text;
  }
}
