package io.hostsql.calcite.plan;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.util.SqlShuttle;
import org.apache.calcite.sql.validate.SqlNameMatcher;
import org.apache.calcite.sql.validate.SqlValidatorScope;

/**
 * SQLite's select-list aliases in WHERE: {@code SELECT name AS package_name FROM
 * python_packages WHERE package_name = 'x'} filters on name, as osquery's packs write it. A
 * name the FROM clause has as a column keeps meaning the column (SQLite decides the same way);
 * subqueries keep their own names.
 */
final class WhereAliases {
  private WhereAliases() {
  }

  /** {@code select}'s WHERE with each alias that is not a column replaced by its expression. */
  static SqlNode resolve(SqlSelect select, SqlValidatorScope whereScope, SqlNameMatcher names) {
    SqlNode where = select.getWhere();
    Map<String, SqlNode> aliases = new HashMap<>();
    for (SqlNode item : select.getSelectList()) {
      if (item != null && item.getKind() == SqlKind.AS) {
        SqlCall as = (SqlCall) item;
        SqlNode alias = as.operand(1);
        if (alias instanceof SqlIdentifier id && id.isSimple()) {
          aliases.putIfAbsent(id.getSimple().toLowerCase(Locale.ROOT), as.operand(0));
        }
      }
    }
    if (where == null || aliases.isEmpty()) {
      return where;
    }
    return where.accept(new SqlShuttle() {
      @Override
      public SqlNode visit(SqlIdentifier id) {
        if (!id.isSimple()) {
          return id;
        }
        SqlNode expr = aliases.get(id.getSimple().toLowerCase(Locale.ROOT));
        if (expr == null
            || !whereScope.findQualifyingTableNames(id.getSimple(), id, names).isEmpty()) {
          return id;
        }
        return expr.clone(id.getParserPosition());
      }

      @Override
      public SqlNode visit(SqlCall call) {
        return call.getKind().belongsTo(SqlKind.QUERY) ? call : super.visit(call);
      }
    });
  }
}
