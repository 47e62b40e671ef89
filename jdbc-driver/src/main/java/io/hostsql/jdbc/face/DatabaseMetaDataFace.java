package io.hostsql.jdbc.face;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * DatabaseMetaData answers that are the same embedded and remote: what Calcite leaves as
 * "todo: implement this method", read-only as the connection says, which conversions CAST
 * does, how identifiers are matched, and (through Avatica's remote driver, which speaks for
 * itself) hostsql's name, version and URL.
 */
final class DatabaseMetaDataFace {
  private final DatabaseMetaData delegate;
  private final Connection connection;
  private final String url;
  private final Side side;

  DatabaseMetaDataFace(DatabaseMetaData delegate, Connection connection, String url,
      Side side) {
    this.delegate = delegate;
    this.connection = connection;
    this.url = url;
    this.side = side;
  }

  /**
   * Through Avatica's remote driver, whose protocol has no request for keys (it answers
   * none), the same rows from the server's information_schema.key_column_usage.
   */
  public ResultSet getPrimaryKeys(String catalog, String schema, String table)
      throws SQLException {
    if (side != Side.REMOTE) {
      return delegate.getPrimaryKeys(catalog, schema, table);
    }
    StringBuilder sql = new StringBuilder("SELECT CAST(NULL AS VARCHAR) AS TABLE_CAT,"
        + " table_schema AS TABLE_SCHEM, table_name AS TABLE_NAME, column_name AS COLUMN_NAME,"
        + " CAST(ordinal_position AS SMALLINT) AS KEY_SEQ, constraint_name AS PK_NAME"
        + " FROM information_schema.key_column_usage WHERE 1 = 1");
    if (schema != null) {
      sql.append(" AND table_schema = ").append(literal(schema));
    }
    if (table != null) {
      sql.append(" AND table_name = ").append(literal(table));
    }
    sql.append(" ORDER BY table_schema, table_name, ordinal_position");
    return query(sql.toString());
  }

  /**
   * Through Avatica's remote driver, whose protocol has no request for functions (it answers
   * none), the rows the server's connection gives, from its information_schema.routines.
   */
  public ResultSet getFunctions(String catalog, String schemaPattern, String namePattern)
      throws SQLException {
    if (side != Side.REMOTE) {
      return delegate.getFunctions(catalog, schemaPattern, namePattern);
    }
    // Calcite fills FUNCTION_CAT with the catalog asked for.
    StringBuilder sql = new StringBuilder("SELECT CAST(")
        .append(catalog == null ? "NULL" : literal(catalog)).append(" AS VARCHAR) AS FUNCTION_CAT,"
        + " routine_schema AS FUNCTION_SCHEM, routine_name AS FUNCTION_NAME, remarks AS REMARKS,"
        + " function_type AS FUNCTION_TYPE, specific_name AS SPECIFIC_NAME"
        + " FROM information_schema.routines WHERE 1 = 1");
    if (schemaPattern != null) {
      sql.append(" AND routine_schema LIKE ").append(literal(schemaPattern))
          .append(" ESCAPE '\\'");
    }
    if (namePattern != null) {
      sql.append(" AND routine_name LIKE ").append(literal(namePattern))
          .append(" ESCAPE '\\'");
    }
    sql.append(" ORDER BY routine_schema, routine_name, specific_name");
    return query(sql.toString());
  }

  /** A query on the connection whose statement closes with its result set. */
  private ResultSet query(String sql) throws SQLException {
    Statement s = connection.createStatement();
    s.closeOnCompletion();
    return s.executeQuery(sql);
  }

  private static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  public String getDatabaseProductName() {
    return "hostsql";
  }

  public String getDatabaseProductVersion() {
    return io.hostsql.jdbc.HostsqlDriver.version();
  }

  public String getDriverName() {
    return "hostsql JDBC Driver";
  }

  public String getDriverVersion() {
    return io.hostsql.jdbc.HostsqlDriver.version();
  }

  public String getURL() throws SQLException {
    return url != null ? url : delegate.getURL();
  }

  public boolean isReadOnly() {
    return true;
  }

  // Identifiers match in any case, quoted or not (the connection is caseSensitive=false:
  // "PROCESSES" finds processes), and are kept as typed.
  public boolean supportsMixedCaseIdentifiers() {
    return false;
  }

  public boolean storesUpperCaseIdentifiers() {
    return false;
  }

  public boolean storesLowerCaseIdentifiers() {
    return false;
  }

  public boolean storesMixedCaseIdentifiers() {
    return true;
  }

  public boolean supportsMixedCaseQuotedIdentifiers() {
    return false;
  }

  public boolean storesUpperCaseQuotedIdentifiers() {
    return false;
  }

  public boolean storesLowerCaseQuotedIdentifiers() {
    return false;
  }

  public boolean storesMixedCaseQuotedIdentifiers() {
    return true;
  }

  public String getIdentifierQuoteString() {
    return "\"";
  }

  // Result sets are read-only snapshots of a scan: nobody updates, inserts or deletes rows.
  public boolean ownUpdatesAreVisible(int type) {
    return false;
  }

  public boolean ownDeletesAreVisible(int type) {
    return false;
  }

  public boolean ownInsertsAreVisible(int type) {
    return false;
  }

  public boolean othersUpdatesAreVisible(int type) {
    return false;
  }

  public boolean othersDeletesAreVisible(int type) {
    return false;
  }

  public boolean othersInsertsAreVisible(int type) {
    return false;
  }

  public boolean updatesAreDetected(int type) {
    return false;
  }

  public boolean deletesAreDetected(int type) {
    return false;
  }

  public boolean insertsAreDetected(int type) {
    return false;
  }

  public boolean supportsConvert() {
    return true;
  }

  /** What CAST(x AS to) accepts for an x of type from. */
  public boolean supportsConvert(int from, int to) {
    Family f = Family.of(from);
    Family t = Family.of(to);
    if (f == Family.OTHER || t == Family.OTHER) {
      return false;
    }
    if (f == Family.DATETIME && t == Family.DATETIME) {
      // DATE and TIME meet only through TIMESTAMP.
      return from == to || from == Types.TIMESTAMP || to == Types.TIMESTAMP;
    }
    return f == t || f == Family.CHAR || t == Family.CHAR;
  }

  private enum Family {
    NUMBER, CHAR, BOOLEAN, DATETIME, OTHER;

    static Family of(int type) {
      return switch (type) {
        case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.REAL,
            Types.FLOAT, Types.DOUBLE, Types.DECIMAL, Types.NUMERIC -> NUMBER;
        case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR -> CHAR;
        case Types.BOOLEAN, Types.BIT -> BOOLEAN;
        case Types.DATE, Types.TIME, Types.TIMESTAMP -> DATETIME;
        default -> OTHER;
      };
    }
  }

  public Connection getConnection() {
    return connection;
  }
}
