package io.hostsql.calcite.plan;

import java.util.function.UnaryOperator;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;

/**
 * Replaces nodes of a parse tree in place, before validation (Calcite's PARSE_TREE hook hands
 * over the tree and takes no replacement back, so the tree itself is edited).
 */
final class InPlace {
  private InPlace() {
  }

  /**
   * Visits every node under {@code node}; where {@code replace} gives another node than the
   * one it was handed, that one takes its place and is not visited further.
   */
  static void rewrite(SqlNode node, UnaryOperator<SqlNode> replace) {
    if (node instanceof SqlNodeList list) {
      for (int i = 0; i < list.size(); i++) {
        SqlNode item = list.get(i);
        SqlNode with = item == null ? null : replace.apply(item);
        if (with != item) {
          list.set(i, with);
        } else if (item != null) {
          rewrite(item, replace);
        }
      }
    } else if (node instanceof SqlCall call) {
      for (int i = 0; i < call.operandCount(); i++) {
        SqlNode operand = call.operand(i);
        SqlNode with = operand == null ? null : replace.apply(operand);
        if (with != operand) {
          try {
            call.setOperand(i, with);
            continue;
          } catch (UnsupportedOperationException e) {
            // a node whose parts are fixed (none holds an expression directly): left as is
          }
        }
        if (operand != null) {
          rewrite(operand, replace);
        }
      }
    }
  }
}
