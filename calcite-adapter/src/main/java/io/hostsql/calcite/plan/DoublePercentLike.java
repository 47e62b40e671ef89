package io.hostsql.calcite.plan;

import io.hostsql.calcite.functions.KeptLike;
import java.util.List;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlUnresolvedFunction;

/**
 * Turns {@code x LIKE '...%%...'} into {@code kept_like(x, '...%%...')} before validation, so
 * that osquery's recursive wildcard reaches a file table's scan ({@link KeptLike} says why).
 * Other LIKEs are left as they are.
 */
final class DoublePercentLike {
  private DoublePercentLike() {
  }

  /** Rewrites {@code node} and everything under it. */
  static void rewrite(SqlNode node) {
    InPlace.rewrite(node, DoublePercentLike::replace);
  }

  private static SqlNode replace(SqlNode node) {
    if (node instanceof SqlCall call && call.getKind() == SqlKind.LIKE
        && call.operandCount() == 2
        && call.<SqlNode>operand(1) instanceof SqlCharStringLiteral lit
        && lit.getValueAs(String.class).contains("%%")) {
      var pos = call.getParserPosition();
      return new SqlBasicCall(new SqlUnresolvedFunction(new SqlIdentifier(KeptLike.NAME, pos),
          null, null, null, null, SqlFunctionCategory.USER_DEFINED_FUNCTION),
          List.of(call.<SqlNode>operand(0), lit), pos);
    }
    return node;
  }
}
