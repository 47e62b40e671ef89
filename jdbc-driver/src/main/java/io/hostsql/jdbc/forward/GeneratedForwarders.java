// Written by ForwarderGenerator (jdbc-driver/src/test/java/io/hostsql/jdbc/forward):
// do not edit, run it again.
package io.hostsql.jdbc.forward;

import java.lang.reflect.InvocationHandler;

/** The generated forwarder for each interface set that has one. */
final class GeneratedForwarders {
  private GeneratedForwarders() {
  }

  /** A forwarder implementing the interfaces named (comma-separated), else null. */
  static Object create(String interfaces, InvocationHandler handler) {
    return switch (interfaces) {
      case "java.sql.Connection,org.apache.calcite.jdbc.CalciteConnection,org.apache.calcite.linq4j.QueryProvider" ->
          new ConnectionCalciteConnectionQueryProviderForwarder(handler);
      case "java.sql.Connection" ->
          new ConnectionForwarder(handler);
      case "java.sql.Statement" ->
          new StatementForwarder(handler);
      case "java.sql.PreparedStatement,java.sql.ParameterMetaData,java.sql.Statement" ->
          new PreparedStatementParameterMetaDataStatementForwarder(handler);
      case "java.sql.ParameterMetaData,java.sql.PreparedStatement,java.sql.Statement" ->
          new ParameterMetaDataPreparedStatementStatementForwarder(handler);
      case "java.sql.ResultSet,org.apache.calcite.avatica.util.ArrayImpl$Factory" ->
          new ResultSetArrayImplFactoryForwarder(handler);
      case "java.sql.ResultSet" ->
          new ResultSetForwarder(handler);
      case "java.sql.ResultSetMetaData" ->
          new ResultSetMetaDataForwarder(handler);
      case "java.sql.DatabaseMetaData,org.apache.calcite.avatica.AvaticaSpecificDatabaseMetaData" ->
          new DatabaseMetaDataAvaticaSpecificDatabaseMetaDataForwarder(handler);
      default -> null;
    };
  }
}
