package io.hostsql.calcite.plan;

import java.util.List;
import java.util.Set;
import org.apache.calcite.jdbc.CalcitePrepare;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql2rel.SqlRexConvertlet;
import org.apache.calcite.sql2rel.SqlRexConvertletTable;

/**
 * What tools ask of the session, answered for the connection that prepares the statement:
 * CURRENT_SCHEMA, which Calcite validates but cannot run, is the schema unqualified names
 * resolve in (os, or osquery after {@code schema=osquery}); USER, CURRENT_USER and SESSION_USER,
 * which Calcite answers with a fixed "sa", are the connection's user (the driver sets it: the
 * user the connection was opened for, else the account the JVM reads as). Both are taken when
 * the statement is prepared, as its table names are.
 */
final class SessionConvertlets implements SqlRexConvertletTable {
  private static final Set<SqlOperator> USERS = Set.of(SqlStdOperatorTable.USER,
      SqlStdOperatorTable.CURRENT_USER, SqlStdOperatorTable.SESSION_USER);

  private final SqlRexConvertletTable next;
  private final String schema;
  private final String user;

  SessionConvertlets(SqlRexConvertletTable next, CalcitePrepare.Context context) {
    this.next = next;
    List<String> path = context.getDefaultSchemaPath();
    this.schema = path.isEmpty() ? "" : path.get(path.size() - 1);
    this.user = context.config().avaticaUser();
  }

  @Override
  public SqlRexConvertlet get(SqlCall call) {
    SqlOperator op = call.getOperator();
    String value = op == SqlStdOperatorTable.CURRENT_SCHEMA ? schema
        : USERS.contains(op) && user != null ? user : null;
    if (value == null) {
      return next.get(call);
    }
    return (cx, c) -> cx.getRexBuilder().makeLiteral(value,
        cx.getValidator().getValidatedNodeType(c), true);
  }
}
