// Written by ForwarderGenerator (jdbc-driver/src/test/java/io/hostsql/jdbc/forward):
// do not edit, run it again.
package io.hostsql.jdbc.forward;

import java.lang.reflect.InvocationHandler;

/** The generated forwarder for each interface set that has one. */
final class GeneratedForwarders {
  private GeneratedForwarders() {
  }

  /**
   * A forwarder implementing the interfaces named (comma-separated), else null. Each case
   * returns on its own: a switch expression would join them under the forwarders' common
   * class, and checking that join loads every forwarder, Calcite's interfaces too, which a
   * remote-only client (the Trino plugin) does not have.
   */
  static Object create(String interfaces, InvocationHandler handler) {
    switch (interfaces) {
      case "java.sql.Connection,org.apache.calcite.jdbc.CalciteConnection,org.apache.calcite.linq4j.QueryProvider":
        return new ConnectionCalciteConnectionQueryProviderForwarder(handler);
      case "java.sql.Connection":
        return new ConnectionForwarder(handler);
      case "java.sql.Statement":
        return new StatementForwarder(handler);
      case "java.sql.PreparedStatement,java.sql.ParameterMetaData,java.sql.Statement":
        return new PreparedStatementParameterMetaDataStatementForwarder(handler);
      case "java.sql.ParameterMetaData,java.sql.PreparedStatement,java.sql.Statement":
        return new ParameterMetaDataPreparedStatementStatementForwarder(handler);
      case "java.sql.ResultSet,org.apache.calcite.avatica.util.ArrayImpl$Factory":
        return new ResultSetArrayImplFactoryForwarder(handler);
      case "java.sql.ResultSet":
        return new ResultSetForwarder(handler);
      case "java.sql.ResultSetMetaData":
        return new ResultSetMetaDataForwarder(handler);
      case "java.sql.DatabaseMetaData,org.apache.calcite.avatica.AvaticaSpecificDatabaseMetaData":
        return new DatabaseMetaDataAvaticaSpecificDatabaseMetaDataForwarder(handler);
      default:
        return null;
    }
  }
}
