package io.hostsql.calcite.plan;

import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;

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
    InPlace.rewrite(node, n -> isBareUser(n) ? quoted((SqlIdentifier) n) : n);
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
