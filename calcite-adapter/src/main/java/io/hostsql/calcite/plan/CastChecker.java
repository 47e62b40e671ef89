package io.hostsql.calcite.plan;

import java.math.BigDecimal;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelVisitor;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.util.NlsString;

/**
 * Finds casts of text constants to numbers that can never succeed ({@code pid = 'abc'}
 * becomes {@code pid = CAST('abc' AS INTEGER)}) before the query runs, so the user gets a type
 * error at prepare time instead of a NumberFormatException from the middle of a scan.
 */
final class CastChecker extends RexShuttle {
  private CastChecker() {
  }

  /** Throws {@link WrongTypeException} for the first impossible cast in the plan. */
  static void check(RelNode root) {
    CastChecker shuttle = new CastChecker();
    new RelVisitor() {
      @Override
      public void visit(RelNode node, int ordinal, RelNode parent) {
        node.accept(shuttle);
        super.visit(node, ordinal, parent);
      }
    }.go(root);
  }

  @Override
  public RexNode visitCall(RexCall call) {
    if (call.getKind() == SqlKind.CAST
        && call.getType().getSqlTypeName().getFamily() == SqlTypeFamily.NUMERIC
        && call.getOperands().get(0) instanceof RexLiteral lit
        && lit.getValue() instanceof NlsString s) {
      String text = s.getValue().trim();
      try {
        new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw WrongTypeException.notANumber(text, call.getType().getSqlTypeName().getName());
      }
    }
    return super.visitCall(call);
  }
}
