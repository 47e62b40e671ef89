package io.hostsql.calcite.plan;

import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;

/**
 * Reads a bare {@code user} as a column, not as SQL's niladic USER function. Audit tables have
 * columns named user (osquery's logged_in_users, cpu_time), and Calcite's validator prefers the
 * built-in function over a column of that name, so every row would silently show the session
 * user. Marking the identifier quoted makes it a plain name; CURRENT_USER still gives the
 * session user. The parse tree is rewritten in place, before validation.
 */
final class UserAsColumn {
  private UserAsColumn() {
  }

  /** Rewrites {@code node} and everything under it. */
  static void rewrite(SqlNode node) {
    if (node instanceof SqlNodeList list) {
      for (int i = 0; i < list.size(); i++) {
        SqlNode item = list.get(i);
        if (isBareUser(item)) {
          list.set(i, quoted((SqlIdentifier) item));
        } else {
          rewrite(item);
        }
      }
    } else if (node instanceof SqlCall call) {
      for (int i = 0; i < call.operandCount(); i++) {
        SqlNode operand = call.operand(i);
        if (isBareUser(operand)) {
          try {
            call.setOperand(i, quoted((SqlIdentifier) operand));
          } catch (UnsupportedOperationException e) {
            // a node whose parts are fixed (none holds an expression directly): left as is
          }
        } else if (operand != null) {
          rewrite(operand);
        }
      }
    }
  }

  private static boolean isBareUser(SqlNode node) {
    return node instanceof SqlIdentifier id && id.names.size() == 1
        && id.names.get(0).equalsIgnoreCase("user") && !id.isComponentQuoted(0);
  }

  private static SqlIdentifier quoted(SqlIdentifier id) {
    var pos = id.getParserPosition();
    return new SqlIdentifier(List.of(id.names.get(0)), null, pos,
        List.of(pos.withQuoting(true)));
  }
}
