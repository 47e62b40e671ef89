package org.apache.calcite.jdbc;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.avatica.AvaticaStatement;
import org.apache.calcite.avatica.NoSuchStatementException;

/**
 * A statement's cancel flag, the object Calcite also puts in the DataContext its scans get:
 * hostsql keys what a scan reports for its statement by it. Here because the connection
 * class that hands it out is package-private.
 */
public final class StatementFlags {
  private StatementFlags() {
  }

  /** The cancel flag of an embedded hostsql (Calcite) statement. */
  public static AtomicBoolean of(Statement statement) throws SQLException {
    AvaticaStatement s = statement.unwrap(AvaticaStatement.class);
    try {
      return ((CalciteConnectionImpl) s.getConnection()).getCancelFlag(s.handle);
    } catch (NoSuchStatementException e) {
      throw new SQLException("statement " + s.handle + " is closed", e);
    }
  }
}
