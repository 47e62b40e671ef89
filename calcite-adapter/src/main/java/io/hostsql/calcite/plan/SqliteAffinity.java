package io.hostsql.calcite.plan;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;
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
 *       text that is no number is refused here, naming the column and the value;
 *   <li>text cast to an integer, as the validator casts the text side of {@code pid = '1.0'}
 *       and each text value of {@code pid IN (1, '2.0')}, reads as SQLite reads it
 *       ({@link #wholeNumber}).
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
    if (call.getKind() == SqlKind.CAST && call.operandCount() >= 1
        && call.operand(0) instanceof SqlCharStringLiteral) {
      return (cx, c) -> {
        RexNode whole = wholeNumber(cx.getRexBuilder(), (SqlCharStringLiteral) c.operand(0),
            cx.getValidator().getValidatedNodeType(c));
        return whole != null ? whole : standard.convertCall(cx, c);
      };
    }
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

  /**
   * Text made an integer as SQLite's INTEGER affinity makes it: '1.0', '2e0' and ' 3 ' are the
   * numbers 1, 2 and 3 (Calcite's cast accepts only digits, and its NumberFormatException came
   * from the middle of a query); null when the target is no integer type or the text is plain
   * digits, which Calcite's own cast reads. This is the cast the validator puts on each text
   * value of {@code pid = '1.0'} and {@code pid IN (1, '2.0')}: both then compare as numbers.
   *
   * @throws WrongTypeException for a fraction ('1.5'), which SQLite would compare as a real
   *     number that no integer equals: refused rather than rounded
   */
  private static RexNode wholeNumber(RexBuilder rex, SqlCharStringLiteral literal,
      RelDataType target) {
    if (!SqlTypeName.INT_TYPES.contains(target.getSqlTypeName())) {
      return null;
    }
    String text = literal.getValueAs(String.class);
    String trimmed = text.trim();
    if (trimmed.matches("[-+]?[0-9]+")) {
      return null;
    }
    BigDecimal value;
    try {
      value = new BigDecimal(trimmed);
    } catch (NumberFormatException e) {
      return null;  // not a number at all: reported as such (CastChecker, the comparison)
    }
    BigInteger whole;
    try {
      whole = value.toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw WrongTypeException.notAWholeNumber(text, target.getSqlTypeName().getName());
    }
    return rex.makeExactLiteral(new BigDecimal(whole), target);
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
