// Written by ForwarderGenerator (jdbc-driver/src/test/java/io/hostsql/jdbc/forward):
// do not edit, run it again.
package io.hostsql.jdbc.forward;

import java.lang.reflect.Method;

/** Interface methods called without reflection: see Forwarders.call. */
@SuppressWarnings({"unchecked", "rawtypes", "deprecation", "removal"})
final class DirectCalls {
  /** What {@link #call} returns for a method it does not know. */
  static final Object UNKNOWN = new Object();

  private DirectCalls() {
  }

  /**
   * {@code method} called on {@code target} (an instance of its declaring class) with
   * {@code args}, as Method.invoke would but throwing what the method throws; else
   * {@link #UNKNOWN}.
   */
  static Object call(Method method, Object target, Object[] args) throws Throwable {
    return switch (method.getDeclaringClass().getName()) {
      case "java.lang.Object" -> c0(method, (Object) target, args);
      case "java.sql.Connection" -> c1(method, (java.sql.Connection) target, args);
      case "java.sql.DatabaseMetaData" -> c2(method, (java.sql.DatabaseMetaData) target, args);
      case "java.sql.ParameterMetaData" -> c3(method, (java.sql.ParameterMetaData) target, args);
      case "java.sql.PreparedStatement" -> c4(method, (java.sql.PreparedStatement) target, args);
      case "java.sql.ResultSet" -> c5(method, (java.sql.ResultSet) target, args);
      case "java.sql.ResultSetMetaData" -> c6(method, (java.sql.ResultSetMetaData) target, args);
      case "java.sql.Statement" -> c7(method, (java.sql.Statement) target, args);
      case "java.sql.Wrapper" -> c8(method, (java.sql.Wrapper) target, args);
      case "org.apache.calcite.avatica.AvaticaSpecificDatabaseMetaData" -> c9(method,
          (org.apache.calcite.avatica.AvaticaSpecificDatabaseMetaData) target, args);
      case "org.apache.calcite.avatica.util.ArrayImpl$Factory" -> c10(method,
          (org.apache.calcite.avatica.util.ArrayImpl.Factory) target, args);
      case "org.apache.calcite.jdbc.CalciteConnection" -> c11(method,
          (org.apache.calcite.jdbc.CalciteConnection) target, args);
      case "org.apache.calcite.linq4j.QueryProvider" -> c12(method,
          (org.apache.calcite.linq4j.QueryProvider) target, args);
      default -> UNKNOWN;
    };
  }

  /** The methods of Object. */
  private static Object c0(Method method, Object t, Object[] a) throws Throwable {
    switch (method.getName()) {
      case "equals":
        return t.equals((Object) a[0]);
      case "hashCode":
        return t.hashCode();
      case "toString":
        return t.toString();
      default:
        break;
    }
    return UNKNOWN;
  }

  /** The methods of java.sql.Connection. */
  private static Object c1(Method method, java.sql.Connection t, Object[] a) throws Throwable {
    Class<?>[] p = method.getParameterTypes();
    switch (method.getName()) {
      case "abort":
        t.abort((java.util.concurrent.Executor) a[0]);
        return null;
      case "beginRequest":
        t.beginRequest();
        return null;
      case "clearWarnings":
        t.clearWarnings();
        return null;
      case "close":
        t.close();
        return null;
      case "commit":
        t.commit();
        return null;
      case "createArrayOf":
        return t.createArrayOf((String) a[0], (Object[]) a[1]);
      case "createBlob":
        return t.createBlob();
      case "createClob":
        return t.createClob();
      case "createNClob":
        return t.createNClob();
      case "createSQLXML":
        return t.createSQLXML();
      case "createStatement":
        if (p.length == 0) {
          return t.createStatement();
        }
        if (p.length == 2 && p[0] == int.class && p[1] == int.class) {
          return t.createStatement((Integer) a[0], (Integer) a[1]);
        }
        if (p.length == 3 && p[0] == int.class && p[1] == int.class && p[2] == int.class) {
          return t.createStatement((Integer) a[0], (Integer) a[1], (Integer) a[2]);
        }
        break;
      case "createStruct":
        return t.createStruct((String) a[0], (Object[]) a[1]);
      case "endRequest":
        t.endRequest();
        return null;
      case "getAutoCommit":
        return t.getAutoCommit();
      case "getCatalog":
        return t.getCatalog();
      case "getClientInfo":
        if (p.length == 0) {
          return t.getClientInfo();
        }
        if (p.length == 1 && p[0] == String.class) {
          return t.getClientInfo((String) a[0]);
        }
        break;
      case "getHoldability":
        return t.getHoldability();
      case "getMetaData":
        return t.getMetaData();
      case "getNetworkTimeout":
        return t.getNetworkTimeout();
      case "getSchema":
        return t.getSchema();
      case "getTransactionIsolation":
        return t.getTransactionIsolation();
      case "getTypeMap":
        return t.getTypeMap();
      case "getWarnings":
        return t.getWarnings();
      case "isClosed":
        return t.isClosed();
      case "isReadOnly":
        return t.isReadOnly();
      case "isValid":
        return t.isValid((Integer) a[0]);
      case "nativeSQL":
        return t.nativeSQL((String) a[0]);
      case "prepareCall":
        if (p.length == 1 && p[0] == String.class) {
          return t.prepareCall((String) a[0]);
        }
        if (p.length == 3 && p[0] == String.class && p[1] == int.class && p[2] == int.class) {
          return t.prepareCall((String) a[0], (Integer) a[1], (Integer) a[2]);
        }
        if (p.length == 4 && p[0] == String.class && p[1] == int.class && p[2] == int.class && p[3]
            == int.class) {
          return t.prepareCall((String) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3]);
        }
        break;
      case "prepareStatement":
        if (p.length == 1 && p[0] == String.class) {
          return t.prepareStatement((String) a[0]);
        }
        if (p.length == 2 && p[0] == String.class && p[1] == int[].class) {
          return t.prepareStatement((String) a[0], (int[]) a[1]);
        }
        if (p.length == 2 && p[0] == String.class && p[1] == String[].class) {
          return t.prepareStatement((String) a[0], (String[]) a[1]);
        }
        if (p.length == 2 && p[0] == String.class && p[1] == int.class) {
          return t.prepareStatement((String) a[0], (Integer) a[1]);
        }
        if (p.length == 3 && p[0] == String.class && p[1] == int.class && p[2] == int.class) {
          return t.prepareStatement((String) a[0], (Integer) a[1], (Integer) a[2]);
        }
        if (p.length == 4 && p[0] == String.class && p[1] == int.class && p[2] == int.class && p[3]
            == int.class) {
          return t.prepareStatement((String) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3]);
        }
        break;
      case "releaseSavepoint":
        t.releaseSavepoint((java.sql.Savepoint) a[0]);
        return null;
      case "rollback":
        if (p.length == 0) {
          t.rollback();
          return null;
        }
        if (p.length == 1 && p[0] == java.sql.Savepoint.class) {
          t.rollback((java.sql.Savepoint) a[0]);
          return null;
        }
        break;
      case "setAutoCommit":
        t.setAutoCommit((Boolean) a[0]);
        return null;
      case "setCatalog":
        t.setCatalog((String) a[0]);
        return null;
      case "setClientInfo":
        if (p.length == 2 && p[0] == String.class && p[1] == String.class) {
          t.setClientInfo((String) a[0], (String) a[1]);
          return null;
        }
        if (p.length == 1 && p[0] == java.util.Properties.class) {
          t.setClientInfo((java.util.Properties) a[0]);
          return null;
        }
        break;
      case "setHoldability":
        t.setHoldability((Integer) a[0]);
        return null;
      case "setNetworkTimeout":
        t.setNetworkTimeout((java.util.concurrent.Executor) a[0], (Integer) a[1]);
        return null;
      case "setReadOnly":
        t.setReadOnly((Boolean) a[0]);
        return null;
      case "setSavepoint":
        if (p.length == 0) {
          return t.setSavepoint();
        }
        if (p.length == 1 && p[0] == String.class) {
          return t.setSavepoint((String) a[0]);
        }
        break;
      case "setSchema":
        t.setSchema((String) a[0]);
        return null;
      case "setShardingKey":
        if (p.length == 1 && p[0] == java.sql.ShardingKey.class) {
          t.setShardingKey((java.sql.ShardingKey) a[0]);
          return null;
        }
        if (p.length == 2 && p[0] == java.sql.ShardingKey.class && p[1] ==
            java.sql.ShardingKey.class) {
          t.setShardingKey((java.sql.ShardingKey) a[0], (java.sql.ShardingKey) a[1]);
          return null;
        }
        break;
      case "setShardingKeyIfValid":
        if (p.length == 2 && p[0] == java.sql.ShardingKey.class && p[1] == int.class) {
          return t.setShardingKeyIfValid((java.sql.ShardingKey) a[0], (Integer) a[1]);
        }
        if (p.length == 3 && p[0] == java.sql.ShardingKey.class && p[1] ==
            java.sql.ShardingKey.class && p[2] == int.class) {
          return t.setShardingKeyIfValid((java.sql.ShardingKey) a[0], (java.sql.ShardingKey) a[1],
              (Integer) a[2]);
        }
        break;
      case "setTransactionIsolation":
        t.setTransactionIsolation((Integer) a[0]);
        return null;
      case "setTypeMap":
        t.setTypeMap((java.util.Map) a[0]);
        return null;
      default:
        break;
    }
    return UNKNOWN;
  }

  /** The methods of java.sql.DatabaseMetaData. */
  private static Object c2(Method method, java.sql.DatabaseMetaData t,
      Object[] a) throws Throwable {
    Class<?>[] p = method.getParameterTypes();
    switch (method.getName()) {
      case "allProceduresAreCallable":
        return t.allProceduresAreCallable();
      case "allTablesAreSelectable":
        return t.allTablesAreSelectable();
      case "autoCommitFailureClosesAllResultSets":
        return t.autoCommitFailureClosesAllResultSets();
      case "dataDefinitionCausesTransactionCommit":
        return t.dataDefinitionCausesTransactionCommit();
      case "dataDefinitionIgnoredInTransactions":
        return t.dataDefinitionIgnoredInTransactions();
      case "deletesAreDetected":
        return t.deletesAreDetected((Integer) a[0]);
      case "doesMaxRowSizeIncludeBlobs":
        return t.doesMaxRowSizeIncludeBlobs();
      case "generatedKeyAlwaysReturned":
        return t.generatedKeyAlwaysReturned();
      case "getAttributes":
        return t.getAttributes((String) a[0], (String) a[1], (String) a[2], (String) a[3]);
      case "getBestRowIdentifier":
        return t.getBestRowIdentifier((String) a[0], (String) a[1], (String) a[2], (Integer) a[3],
            (Boolean) a[4]);
      case "getCatalogSeparator":
        return t.getCatalogSeparator();
      case "getCatalogTerm":
        return t.getCatalogTerm();
      case "getCatalogs":
        return t.getCatalogs();
      case "getClientInfoProperties":
        return t.getClientInfoProperties();
      case "getColumnPrivileges":
        return t.getColumnPrivileges((String) a[0], (String) a[1], (String) a[2], (String) a[3]);
      case "getColumns":
        return t.getColumns((String) a[0], (String) a[1], (String) a[2], (String) a[3]);
      case "getConnection":
        return t.getConnection();
      case "getCrossReference":
        return t.getCrossReference((String) a[0], (String) a[1], (String) a[2], (String) a[3],
            (String) a[4], (String) a[5]);
      case "getDatabaseMajorVersion":
        return t.getDatabaseMajorVersion();
      case "getDatabaseMinorVersion":
        return t.getDatabaseMinorVersion();
      case "getDatabaseProductName":
        return t.getDatabaseProductName();
      case "getDatabaseProductVersion":
        return t.getDatabaseProductVersion();
      case "getDefaultTransactionIsolation":
        return t.getDefaultTransactionIsolation();
      case "getDriverMajorVersion":
        return t.getDriverMajorVersion();
      case "getDriverMinorVersion":
        return t.getDriverMinorVersion();
      case "getDriverName":
        return t.getDriverName();
      case "getDriverVersion":
        return t.getDriverVersion();
      case "getExportedKeys":
        return t.getExportedKeys((String) a[0], (String) a[1], (String) a[2]);
      case "getExtraNameCharacters":
        return t.getExtraNameCharacters();
      case "getFunctionColumns":
        return t.getFunctionColumns((String) a[0], (String) a[1], (String) a[2], (String) a[3]);
      case "getFunctions":
        return t.getFunctions((String) a[0], (String) a[1], (String) a[2]);
      case "getIdentifierQuoteString":
        return t.getIdentifierQuoteString();
      case "getImportedKeys":
        return t.getImportedKeys((String) a[0], (String) a[1], (String) a[2]);
      case "getIndexInfo":
        return t.getIndexInfo((String) a[0], (String) a[1], (String) a[2], (Boolean) a[3],
            (Boolean) a[4]);
      case "getJDBCMajorVersion":
        return t.getJDBCMajorVersion();
      case "getJDBCMinorVersion":
        return t.getJDBCMinorVersion();
      case "getMaxBinaryLiteralLength":
        return t.getMaxBinaryLiteralLength();
      case "getMaxCatalogNameLength":
        return t.getMaxCatalogNameLength();
      case "getMaxCharLiteralLength":
        return t.getMaxCharLiteralLength();
      case "getMaxColumnNameLength":
        return t.getMaxColumnNameLength();
      case "getMaxColumnsInGroupBy":
        return t.getMaxColumnsInGroupBy();
      case "getMaxColumnsInIndex":
        return t.getMaxColumnsInIndex();
      case "getMaxColumnsInOrderBy":
        return t.getMaxColumnsInOrderBy();
      case "getMaxColumnsInSelect":
        return t.getMaxColumnsInSelect();
      case "getMaxColumnsInTable":
        return t.getMaxColumnsInTable();
      case "getMaxConnections":
        return t.getMaxConnections();
      case "getMaxCursorNameLength":
        return t.getMaxCursorNameLength();
      case "getMaxIndexLength":
        return t.getMaxIndexLength();
      case "getMaxLogicalLobSize":
        return t.getMaxLogicalLobSize();
      case "getMaxProcedureNameLength":
        return t.getMaxProcedureNameLength();
      case "getMaxRowSize":
        return t.getMaxRowSize();
      case "getMaxSchemaNameLength":
        return t.getMaxSchemaNameLength();
      case "getMaxStatementLength":
        return t.getMaxStatementLength();
      case "getMaxStatements":
        return t.getMaxStatements();
      case "getMaxTableNameLength":
        return t.getMaxTableNameLength();
      case "getMaxTablesInSelect":
        return t.getMaxTablesInSelect();
      case "getMaxUserNameLength":
        return t.getMaxUserNameLength();
      case "getNumericFunctions":
        return t.getNumericFunctions();
      case "getPrimaryKeys":
        return t.getPrimaryKeys((String) a[0], (String) a[1], (String) a[2]);
      case "getProcedureColumns":
        return t.getProcedureColumns((String) a[0], (String) a[1], (String) a[2], (String) a[3]);
      case "getProcedureTerm":
        return t.getProcedureTerm();
      case "getProcedures":
        return t.getProcedures((String) a[0], (String) a[1], (String) a[2]);
      case "getPseudoColumns":
        return t.getPseudoColumns((String) a[0], (String) a[1], (String) a[2], (String) a[3]);
      case "getResultSetHoldability":
        return t.getResultSetHoldability();
      case "getRowIdLifetime":
        return t.getRowIdLifetime();
      case "getSQLKeywords":
        return t.getSQLKeywords();
      case "getSQLStateType":
        return t.getSQLStateType();
      case "getSchemaTerm":
        return t.getSchemaTerm();
      case "getSchemas":
        if (p.length == 0) {
          return t.getSchemas();
        }
        if (p.length == 2 && p[0] == String.class && p[1] == String.class) {
          return t.getSchemas((String) a[0], (String) a[1]);
        }
        break;
      case "getSearchStringEscape":
        return t.getSearchStringEscape();
      case "getStringFunctions":
        return t.getStringFunctions();
      case "getSuperTables":
        return t.getSuperTables((String) a[0], (String) a[1], (String) a[2]);
      case "getSuperTypes":
        return t.getSuperTypes((String) a[0], (String) a[1], (String) a[2]);
      case "getSystemFunctions":
        return t.getSystemFunctions();
      case "getTablePrivileges":
        return t.getTablePrivileges((String) a[0], (String) a[1], (String) a[2]);
      case "getTableTypes":
        return t.getTableTypes();
      case "getTables":
        return t.getTables((String) a[0], (String) a[1], (String) a[2], (String[]) a[3]);
      case "getTimeDateFunctions":
        return t.getTimeDateFunctions();
      case "getTypeInfo":
        return t.getTypeInfo();
      case "getUDTs":
        return t.getUDTs((String) a[0], (String) a[1], (String) a[2], (int[]) a[3]);
      case "getURL":
        return t.getURL();
      case "getUserName":
        return t.getUserName();
      case "getVersionColumns":
        return t.getVersionColumns((String) a[0], (String) a[1], (String) a[2]);
      case "insertsAreDetected":
        return t.insertsAreDetected((Integer) a[0]);
      case "isCatalogAtStart":
        return t.isCatalogAtStart();
      case "isReadOnly":
        return t.isReadOnly();
      case "locatorsUpdateCopy":
        return t.locatorsUpdateCopy();
      case "nullPlusNonNullIsNull":
        return t.nullPlusNonNullIsNull();
      case "nullsAreSortedAtEnd":
        return t.nullsAreSortedAtEnd();
      case "nullsAreSortedAtStart":
        return t.nullsAreSortedAtStart();
      case "nullsAreSortedHigh":
        return t.nullsAreSortedHigh();
      case "nullsAreSortedLow":
        return t.nullsAreSortedLow();
      case "othersDeletesAreVisible":
        return t.othersDeletesAreVisible((Integer) a[0]);
      case "othersInsertsAreVisible":
        return t.othersInsertsAreVisible((Integer) a[0]);
      case "othersUpdatesAreVisible":
        return t.othersUpdatesAreVisible((Integer) a[0]);
      case "ownDeletesAreVisible":
        return t.ownDeletesAreVisible((Integer) a[0]);
      case "ownInsertsAreVisible":
        return t.ownInsertsAreVisible((Integer) a[0]);
      case "ownUpdatesAreVisible":
        return t.ownUpdatesAreVisible((Integer) a[0]);
      case "storesLowerCaseIdentifiers":
        return t.storesLowerCaseIdentifiers();
      case "storesLowerCaseQuotedIdentifiers":
        return t.storesLowerCaseQuotedIdentifiers();
      case "storesMixedCaseIdentifiers":
        return t.storesMixedCaseIdentifiers();
      case "storesMixedCaseQuotedIdentifiers":
        return t.storesMixedCaseQuotedIdentifiers();
      case "storesUpperCaseIdentifiers":
        return t.storesUpperCaseIdentifiers();
      case "storesUpperCaseQuotedIdentifiers":
        return t.storesUpperCaseQuotedIdentifiers();
      case "supportsANSI92EntryLevelSQL":
        return t.supportsANSI92EntryLevelSQL();
      case "supportsANSI92FullSQL":
        return t.supportsANSI92FullSQL();
      case "supportsANSI92IntermediateSQL":
        return t.supportsANSI92IntermediateSQL();
      case "supportsAlterTableWithAddColumn":
        return t.supportsAlterTableWithAddColumn();
      case "supportsAlterTableWithDropColumn":
        return t.supportsAlterTableWithDropColumn();
      case "supportsBatchUpdates":
        return t.supportsBatchUpdates();
      case "supportsCatalogsInDataManipulation":
        return t.supportsCatalogsInDataManipulation();
      case "supportsCatalogsInIndexDefinitions":
        return t.supportsCatalogsInIndexDefinitions();
      case "supportsCatalogsInPrivilegeDefinitions":
        return t.supportsCatalogsInPrivilegeDefinitions();
      case "supportsCatalogsInProcedureCalls":
        return t.supportsCatalogsInProcedureCalls();
      case "supportsCatalogsInTableDefinitions":
        return t.supportsCatalogsInTableDefinitions();
      case "supportsColumnAliasing":
        return t.supportsColumnAliasing();
      case "supportsConvert":
        if (p.length == 0) {
          return t.supportsConvert();
        }
        if (p.length == 2 && p[0] == int.class && p[1] == int.class) {
          return t.supportsConvert((Integer) a[0], (Integer) a[1]);
        }
        break;
      case "supportsCoreSQLGrammar":
        return t.supportsCoreSQLGrammar();
      case "supportsCorrelatedSubqueries":
        return t.supportsCorrelatedSubqueries();
      case "supportsDataDefinitionAndDataManipulationTransactions":
        return t.supportsDataDefinitionAndDataManipulationTransactions();
      case "supportsDataManipulationTransactionsOnly":
        return t.supportsDataManipulationTransactionsOnly();
      case "supportsDifferentTableCorrelationNames":
        return t.supportsDifferentTableCorrelationNames();
      case "supportsExpressionsInOrderBy":
        return t.supportsExpressionsInOrderBy();
      case "supportsExtendedSQLGrammar":
        return t.supportsExtendedSQLGrammar();
      case "supportsFullOuterJoins":
        return t.supportsFullOuterJoins();
      case "supportsGetGeneratedKeys":
        return t.supportsGetGeneratedKeys();
      case "supportsGroupBy":
        return t.supportsGroupBy();
      case "supportsGroupByBeyondSelect":
        return t.supportsGroupByBeyondSelect();
      case "supportsGroupByUnrelated":
        return t.supportsGroupByUnrelated();
      case "supportsIntegrityEnhancementFacility":
        return t.supportsIntegrityEnhancementFacility();
      case "supportsLikeEscapeClause":
        return t.supportsLikeEscapeClause();
      case "supportsLimitedOuterJoins":
        return t.supportsLimitedOuterJoins();
      case "supportsMinimumSQLGrammar":
        return t.supportsMinimumSQLGrammar();
      case "supportsMixedCaseIdentifiers":
        return t.supportsMixedCaseIdentifiers();
      case "supportsMixedCaseQuotedIdentifiers":
        return t.supportsMixedCaseQuotedIdentifiers();
      case "supportsMultipleOpenResults":
        return t.supportsMultipleOpenResults();
      case "supportsMultipleResultSets":
        return t.supportsMultipleResultSets();
      case "supportsMultipleTransactions":
        return t.supportsMultipleTransactions();
      case "supportsNamedParameters":
        return t.supportsNamedParameters();
      case "supportsNonNullableColumns":
        return t.supportsNonNullableColumns();
      case "supportsOpenCursorsAcrossCommit":
        return t.supportsOpenCursorsAcrossCommit();
      case "supportsOpenCursorsAcrossRollback":
        return t.supportsOpenCursorsAcrossRollback();
      case "supportsOpenStatementsAcrossCommit":
        return t.supportsOpenStatementsAcrossCommit();
      case "supportsOpenStatementsAcrossRollback":
        return t.supportsOpenStatementsAcrossRollback();
      case "supportsOrderByUnrelated":
        return t.supportsOrderByUnrelated();
      case "supportsOuterJoins":
        return t.supportsOuterJoins();
      case "supportsPositionedDelete":
        return t.supportsPositionedDelete();
      case "supportsPositionedUpdate":
        return t.supportsPositionedUpdate();
      case "supportsRefCursors":
        return t.supportsRefCursors();
      case "supportsResultSetConcurrency":
        return t.supportsResultSetConcurrency((Integer) a[0], (Integer) a[1]);
      case "supportsResultSetHoldability":
        return t.supportsResultSetHoldability((Integer) a[0]);
      case "supportsResultSetType":
        return t.supportsResultSetType((Integer) a[0]);
      case "supportsSavepoints":
        return t.supportsSavepoints();
      case "supportsSchemasInDataManipulation":
        return t.supportsSchemasInDataManipulation();
      case "supportsSchemasInIndexDefinitions":
        return t.supportsSchemasInIndexDefinitions();
      case "supportsSchemasInPrivilegeDefinitions":
        return t.supportsSchemasInPrivilegeDefinitions();
      case "supportsSchemasInProcedureCalls":
        return t.supportsSchemasInProcedureCalls();
      case "supportsSchemasInTableDefinitions":
        return t.supportsSchemasInTableDefinitions();
      case "supportsSelectForUpdate":
        return t.supportsSelectForUpdate();
      case "supportsSharding":
        return t.supportsSharding();
      case "supportsStatementPooling":
        return t.supportsStatementPooling();
      case "supportsStoredFunctionsUsingCallSyntax":
        return t.supportsStoredFunctionsUsingCallSyntax();
      case "supportsStoredProcedures":
        return t.supportsStoredProcedures();
      case "supportsSubqueriesInComparisons":
        return t.supportsSubqueriesInComparisons();
      case "supportsSubqueriesInExists":
        return t.supportsSubqueriesInExists();
      case "supportsSubqueriesInIns":
        return t.supportsSubqueriesInIns();
      case "supportsSubqueriesInQuantifieds":
        return t.supportsSubqueriesInQuantifieds();
      case "supportsTableCorrelationNames":
        return t.supportsTableCorrelationNames();
      case "supportsTransactionIsolationLevel":
        return t.supportsTransactionIsolationLevel((Integer) a[0]);
      case "supportsTransactions":
        return t.supportsTransactions();
      case "supportsUnion":
        return t.supportsUnion();
      case "supportsUnionAll":
        return t.supportsUnionAll();
      case "updatesAreDetected":
        return t.updatesAreDetected((Integer) a[0]);
      case "usesLocalFilePerTable":
        return t.usesLocalFilePerTable();
      case "usesLocalFiles":
        return t.usesLocalFiles();
      default:
        break;
    }
    return UNKNOWN;
  }

  /** The methods of java.sql.ParameterMetaData. */
  private static Object c3(Method method, java.sql.ParameterMetaData t,
      Object[] a) throws Throwable {
    switch (method.getName()) {
      case "getParameterClassName":
        return t.getParameterClassName((Integer) a[0]);
      case "getParameterCount":
        return t.getParameterCount();
      case "getParameterMode":
        return t.getParameterMode((Integer) a[0]);
      case "getParameterType":
        return t.getParameterType((Integer) a[0]);
      case "getParameterTypeName":
        return t.getParameterTypeName((Integer) a[0]);
      case "getPrecision":
        return t.getPrecision((Integer) a[0]);
      case "getScale":
        return t.getScale((Integer) a[0]);
      case "isNullable":
        return t.isNullable((Integer) a[0]);
      case "isSigned":
        return t.isSigned((Integer) a[0]);
      default:
        break;
    }
    return UNKNOWN;
  }

  /** The methods of java.sql.PreparedStatement. */
  private static Object c4(Method method, java.sql.PreparedStatement t,
      Object[] a) throws Throwable {
    Class<?>[] p = method.getParameterTypes();
    switch (method.getName()) {
      case "addBatch":
        t.addBatch();
        return null;
      case "clearParameters":
        t.clearParameters();
        return null;
      case "execute":
        return t.execute();
      case "executeLargeUpdate":
        return t.executeLargeUpdate();
      case "executeQuery":
        return t.executeQuery();
      case "executeUpdate":
        return t.executeUpdate();
      case "getMetaData":
        return t.getMetaData();
      case "getParameterMetaData":
        return t.getParameterMetaData();
      case "setArray":
        t.setArray((Integer) a[0], (java.sql.Array) a[1]);
        return null;
      case "setAsciiStream":
        if (p.length == 2 && p[0] == int.class && p[1] == java.io.InputStream.class) {
          t.setAsciiStream((Integer) a[0], (java.io.InputStream) a[1]);
          return null;
        }
        if (p.length == 3 && p[0] == int.class && p[1] == java.io.InputStream.class && p[2] ==
            int.class) {
          t.setAsciiStream((Integer) a[0], (java.io.InputStream) a[1], (Integer) a[2]);
          return null;
        }
        if (p.length == 3 && p[0] == int.class && p[1] == java.io.InputStream.class && p[2] ==
            long.class) {
          t.setAsciiStream((Integer) a[0], (java.io.InputStream) a[1], (Long) a[2]);
          return null;
        }
        break;
      case "setBigDecimal":
        t.setBigDecimal((Integer) a[0], (java.math.BigDecimal) a[1]);
        return null;
      case "setBinaryStream":
        if (p.length == 2 && p[0] == int.class && p[1] == java.io.InputStream.class) {
          t.setBinaryStream((Integer) a[0], (java.io.InputStream) a[1]);
          return null;
        }
        if (p.length == 3 && p[0] == int.class && p[1] == java.io.InputStream.class && p[2] ==
            int.class) {
          t.setBinaryStream((Integer) a[0], (java.io.InputStream) a[1], (Integer) a[2]);
          return null;
        }
        if (p.length == 3 && p[0] == int.class && p[1] == java.io.InputStream.class && p[2] ==
            long.class) {
          t.setBinaryStream((Integer) a[0], (java.io.InputStream) a[1], (Long) a[2]);
          return null;
        }
        break;
      case "setBlob":
        if (p.length == 2 && p[0] == int.class && p[1] == java.io.InputStream.class) {
          t.setBlob((Integer) a[0], (java.io.InputStream) a[1]);
          return null;
        }
        if (p.length == 3 && p[0] == int.class && p[1] == java.io.InputStream.class && p[2] ==
            long.class) {
          t.setBlob((Integer) a[0], (java.io.InputStream) a[1], (Long) a[2]);
          return null;
        }
        if (p.length == 2 && p[0] == int.class && p[1] == java.sql.Blob.class) {
          t.setBlob((Integer) a[0], (java.sql.Blob) a[1]);
          return null;
        }
        break;
      case "setBoolean":
        t.setBoolean((Integer) a[0], (Boolean) a[1]);
        return null;
      case "setByte":
        t.setByte((Integer) a[0], (Byte) a[1]);
        return null;
      case "setBytes":
        t.setBytes((Integer) a[0], (byte[]) a[1]);
        return null;
      case "setCharacterStream":
        if (p.length == 2 && p[0] == int.class && p[1] == java.io.Reader.class) {
          t.setCharacterStream((Integer) a[0], (java.io.Reader) a[1]);
          return null;
        }
        if (p.length == 3 && p[0] == int.class && p[1] == java.io.Reader.class && p[2] ==
            int.class) {
          t.setCharacterStream((Integer) a[0], (java.io.Reader) a[1], (Integer) a[2]);
          return null;
        }
        if (p.length == 3 && p[0] == int.class && p[1] == java.io.Reader.class && p[2] ==
            long.class) {
          t.setCharacterStream((Integer) a[0], (java.io.Reader) a[1], (Long) a[2]);
          return null;
        }
        break;
      case "setClob":
        if (p.length == 2 && p[0] == int.class && p[1] == java.io.Reader.class) {
          t.setClob((Integer) a[0], (java.io.Reader) a[1]);
          return null;
        }
        if (p.length == 3 && p[0] == int.class && p[1] == java.io.Reader.class && p[2] ==
            long.class) {
          t.setClob((Integer) a[0], (java.io.Reader) a[1], (Long) a[2]);
          return null;
        }
        if (p.length == 2 && p[0] == int.class && p[1] == java.sql.Clob.class) {
          t.setClob((Integer) a[0], (java.sql.Clob) a[1]);
          return null;
        }
        break;
      case "setDate":
        if (p.length == 2 && p[0] == int.class && p[1] == java.sql.Date.class) {
          t.setDate((Integer) a[0], (java.sql.Date) a[1]);
          return null;
        }
        if (p.length == 3 && p[0] == int.class && p[1] == java.sql.Date.class && p[2] ==
            java.util.Calendar.class) {
          t.setDate((Integer) a[0], (java.sql.Date) a[1], (java.util.Calendar) a[2]);
          return null;
        }
        break;
      case "setDouble":
        t.setDouble((Integer) a[0], (Double) a[1]);
        return null;
      case "setFloat":
        t.setFloat((Integer) a[0], (Float) a[1]);
        return null;
      case "setInt":
        t.setInt((Integer) a[0], (Integer) a[1]);
        return null;
      case "setLong":
        t.setLong((Integer) a[0], (Long) a[1]);
        return null;
      case "setNCharacterStream":
        if (p.length == 2 && p[0] == int.class && p[1] == java.io.Reader.class) {
          t.setNCharacterStream((Integer) a[0], (java.io.Reader) a[1]);
          return null;
        }
        if (p.length == 3 && p[0] == int.class && p[1] == java.io.Reader.class && p[2] ==
            long.class) {
          t.setNCharacterStream((Integer) a[0], (java.io.Reader) a[1], (Long) a[2]);
          return null;
        }
        break;
      case "setNClob":
        if (p.length == 2 && p[0] == int.class && p[1] == java.io.Reader.class) {
          t.setNClob((Integer) a[0], (java.io.Reader) a[1]);
          return null;
        }
        if (p.length == 3 && p[0] == int.class && p[1] == java.io.Reader.class && p[2] ==
            long.class) {
          t.setNClob((Integer) a[0], (java.io.Reader) a[1], (Long) a[2]);
          return null;
        }
        if (p.length == 2 && p[0] == int.class && p[1] == java.sql.NClob.class) {
          t.setNClob((Integer) a[0], (java.sql.NClob) a[1]);
          return null;
        }
        break;
      case "setNString":
        t.setNString((Integer) a[0], (String) a[1]);
        return null;
      case "setNull":
        if (p.length == 2 && p[0] == int.class && p[1] == int.class) {
          t.setNull((Integer) a[0], (Integer) a[1]);
          return null;
        }
        if (p.length == 3 && p[0] == int.class && p[1] == int.class && p[2] == String.class) {
          t.setNull((Integer) a[0], (Integer) a[1], (String) a[2]);
          return null;
        }
        break;
      case "setObject":
        if (p.length == 2 && p[0] == int.class && p[1] == Object.class) {
          t.setObject((Integer) a[0], (Object) a[1]);
          return null;
        }
        if (p.length == 3 && p[0] == int.class && p[1] == Object.class && p[2] == int.class) {
          t.setObject((Integer) a[0], (Object) a[1], (Integer) a[2]);
          return null;
        }
        if (p.length == 4 && p[0] == int.class && p[1] == Object.class && p[2] == int.class && p[3]
            == int.class) {
          t.setObject((Integer) a[0], (Object) a[1], (Integer) a[2], (Integer) a[3]);
          return null;
        }
        if (p.length == 3 && p[0] == int.class && p[1] == Object.class && p[2] ==
            java.sql.SQLType.class) {
          t.setObject((Integer) a[0], (Object) a[1], (java.sql.SQLType) a[2]);
          return null;
        }
        if (p.length == 4 && p[0] == int.class && p[1] == Object.class && p[2] ==
            java.sql.SQLType.class && p[3] == int.class) {
          t.setObject((Integer) a[0], (Object) a[1], (java.sql.SQLType) a[2], (Integer) a[3]);
          return null;
        }
        break;
      case "setRef":
        t.setRef((Integer) a[0], (java.sql.Ref) a[1]);
        return null;
      case "setRowId":
        t.setRowId((Integer) a[0], (java.sql.RowId) a[1]);
        return null;
      case "setSQLXML":
        t.setSQLXML((Integer) a[0], (java.sql.SQLXML) a[1]);
        return null;
      case "setShort":
        t.setShort((Integer) a[0], (Short) a[1]);
        return null;
      case "setString":
        t.setString((Integer) a[0], (String) a[1]);
        return null;
      case "setTime":
        if (p.length == 2 && p[0] == int.class && p[1] == java.sql.Time.class) {
          t.setTime((Integer) a[0], (java.sql.Time) a[1]);
          return null;
        }
        if (p.length == 3 && p[0] == int.class && p[1] == java.sql.Time.class && p[2] ==
            java.util.Calendar.class) {
          t.setTime((Integer) a[0], (java.sql.Time) a[1], (java.util.Calendar) a[2]);
          return null;
        }
        break;
      case "setTimestamp":
        if (p.length == 2 && p[0] == int.class && p[1] == java.sql.Timestamp.class) {
          t.setTimestamp((Integer) a[0], (java.sql.Timestamp) a[1]);
          return null;
        }
        if (p.length == 3 && p[0] == int.class && p[1] == java.sql.Timestamp.class && p[2] ==
            java.util.Calendar.class) {
          t.setTimestamp((Integer) a[0], (java.sql.Timestamp) a[1], (java.util.Calendar) a[2]);
          return null;
        }
        break;
      case "setURL":
        t.setURL((Integer) a[0], (java.net.URL) a[1]);
        return null;
      case "setUnicodeStream":
        t.setUnicodeStream((Integer) a[0], (java.io.InputStream) a[1], (Integer) a[2]);
        return null;
      default:
        break;
    }
    return UNKNOWN;
  }

  /** The methods of java.sql.ResultSet. */
  private static Object c5(Method method, java.sql.ResultSet t, Object[] a) throws Throwable {
    Class<?>[] p = method.getParameterTypes();
    switch (method.getName()) {
      case "absolute":
        return t.absolute((Integer) a[0]);
      case "afterLast":
        t.afterLast();
        return null;
      case "beforeFirst":
        t.beforeFirst();
        return null;
      case "cancelRowUpdates":
        t.cancelRowUpdates();
        return null;
      case "clearWarnings":
        t.clearWarnings();
        return null;
      case "close":
        t.close();
        return null;
      case "deleteRow":
        t.deleteRow();
        return null;
      case "findColumn":
        return t.findColumn((String) a[0]);
      case "first":
        return t.first();
      case "getArray":
        if (p.length == 1 && p[0] == int.class) {
          return t.getArray((Integer) a[0]);
        }
        if (p.length == 1 && p[0] == String.class) {
          return t.getArray((String) a[0]);
        }
        break;
      case "getAsciiStream":
        if (p.length == 1 && p[0] == int.class) {
          return t.getAsciiStream((Integer) a[0]);
        }
        if (p.length == 1 && p[0] == String.class) {
          return t.getAsciiStream((String) a[0]);
        }
        break;
      case "getBigDecimal":
        if (p.length == 1 && p[0] == int.class) {
          return t.getBigDecimal((Integer) a[0]);
        }
        if (p.length == 2 && p[0] == int.class && p[1] == int.class) {
          return t.getBigDecimal((Integer) a[0], (Integer) a[1]);
        }
        if (p.length == 1 && p[0] == String.class) {
          return t.getBigDecimal((String) a[0]);
        }
        if (p.length == 2 && p[0] == String.class && p[1] == int.class) {
          return t.getBigDecimal((String) a[0], (Integer) a[1]);
        }
        break;
      case "getBinaryStream":
        if (p.length == 1 && p[0] == int.class) {
          return t.getBinaryStream((Integer) a[0]);
        }
        if (p.length == 1 && p[0] == String.class) {
          return t.getBinaryStream((String) a[0]);
        }
        break;
      case "getBlob":
        if (p.length == 1 && p[0] == int.class) {
          return t.getBlob((Integer) a[0]);
        }
        if (p.length == 1 && p[0] == String.class) {
          return t.getBlob((String) a[0]);
        }
        break;
      case "getBoolean":
        if (p.length == 1 && p[0] == int.class) {
          return t.getBoolean((Integer) a[0]);
        }
        if (p.length == 1 && p[0] == String.class) {
          return t.getBoolean((String) a[0]);
        }
        break;
      case "getByte":
        if (p.length == 1 && p[0] == int.class) {
          return t.getByte((Integer) a[0]);
        }
        if (p.length == 1 && p[0] == String.class) {
          return t.getByte((String) a[0]);
        }
        break;
      case "getBytes":
        if (p.length == 1 && p[0] == int.class) {
          return t.getBytes((Integer) a[0]);
        }
        if (p.length == 1 && p[0] == String.class) {
          return t.getBytes((String) a[0]);
        }
        break;
      case "getCharacterStream":
        if (p.length == 1 && p[0] == int.class) {
          return t.getCharacterStream((Integer) a[0]);
        }
        if (p.length == 1 && p[0] == String.class) {
          return t.getCharacterStream((String) a[0]);
        }
        break;
      case "getClob":
        if (p.length == 1 && p[0] == int.class) {
          return t.getClob((Integer) a[0]);
        }
        if (p.length == 1 && p[0] == String.class) {
          return t.getClob((String) a[0]);
        }
        break;
      case "getConcurrency":
        return t.getConcurrency();
      case "getCursorName":
        return t.getCursorName();
      case "getDate":
        if (p.length == 1 && p[0] == int.class) {
          return t.getDate((Integer) a[0]);
        }
        if (p.length == 2 && p[0] == int.class && p[1] == java.util.Calendar.class) {
          return t.getDate((Integer) a[0], (java.util.Calendar) a[1]);
        }
        if (p.length == 1 && p[0] == String.class) {
          return t.getDate((String) a[0]);
        }
        if (p.length == 2 && p[0] == String.class && p[1] == java.util.Calendar.class) {
          return t.getDate((String) a[0], (java.util.Calendar) a[1]);
        }
        break;
      case "getDouble":
        if (p.length == 1 && p[0] == int.class) {
          return t.getDouble((Integer) a[0]);
        }
        if (p.length == 1 && p[0] == String.class) {
          return t.getDouble((String) a[0]);
        }
        break;
      case "getFetchDirection":
        return t.getFetchDirection();
      case "getFetchSize":
        return t.getFetchSize();
      case "getFloat":
        if (p.length == 1 && p[0] == int.class) {
          return t.getFloat((Integer) a[0]);
        }
        if (p.length == 1 && p[0] == String.class) {
          return t.getFloat((String) a[0]);
        }
        break;
      case "getHoldability":
        return t.getHoldability();
      case "getInt":
        if (p.length == 1 && p[0] == int.class) {
          return t.getInt((Integer) a[0]);
        }
        if (p.length == 1 && p[0] == String.class) {
          return t.getInt((String) a[0]);
        }
        break;
      case "getLong":
        if (p.length == 1 && p[0] == int.class) {
          return t.getLong((Integer) a[0]);
        }
        if (p.length == 1 && p[0] == String.class) {
          return t.getLong((String) a[0]);
        }
        break;
      case "getMetaData":
        return t.getMetaData();
      case "getNCharacterStream":
        if (p.length == 1 && p[0] == int.class) {
          return t.getNCharacterStream((Integer) a[0]);
        }
        if (p.length == 1 && p[0] == String.class) {
          return t.getNCharacterStream((String) a[0]);
        }
        break;
      case "getNClob":
        if (p.length == 1 && p[0] == int.class) {
          return t.getNClob((Integer) a[0]);
        }
        if (p.length == 1 && p[0] == String.class) {
          return t.getNClob((String) a[0]);
        }
        break;
      case "getNString":
        if (p.length == 1 && p[0] == int.class) {
          return t.getNString((Integer) a[0]);
        }
        if (p.length == 1 && p[0] == String.class) {
          return t.getNString((String) a[0]);
        }
        break;
      case "getObject":
        if (p.length == 1 && p[0] == int.class) {
          return t.getObject((Integer) a[0]);
        }
        if (p.length == 2 && p[0] == int.class && p[1] == Class.class) {
          return t.getObject((Integer) a[0], (Class) a[1]);
        }
        if (p.length == 2 && p[0] == int.class && p[1] == java.util.Map.class) {
          return t.getObject((Integer) a[0], (java.util.Map) a[1]);
        }
        if (p.length == 1 && p[0] == String.class) {
          return t.getObject((String) a[0]);
        }
        if (p.length == 2 && p[0] == String.class && p[1] == Class.class) {
          return t.getObject((String) a[0], (Class) a[1]);
        }
        if (p.length == 2 && p[0] == String.class && p[1] == java.util.Map.class) {
          return t.getObject((String) a[0], (java.util.Map) a[1]);
        }
        break;
      case "getRef":
        if (p.length == 1 && p[0] == int.class) {
          return t.getRef((Integer) a[0]);
        }
        if (p.length == 1 && p[0] == String.class) {
          return t.getRef((String) a[0]);
        }
        break;
      case "getRow":
        return t.getRow();
      case "getRowId":
        if (p.length == 1 && p[0] == int.class) {
          return t.getRowId((Integer) a[0]);
        }
        if (p.length == 1 && p[0] == String.class) {
          return t.getRowId((String) a[0]);
        }
        break;
      case "getSQLXML":
        if (p.length == 1 && p[0] == int.class) {
          return t.getSQLXML((Integer) a[0]);
        }
        if (p.length == 1 && p[0] == String.class) {
          return t.getSQLXML((String) a[0]);
        }
        break;
      case "getShort":
        if (p.length == 1 && p[0] == int.class) {
          return t.getShort((Integer) a[0]);
        }
        if (p.length == 1 && p[0] == String.class) {
          return t.getShort((String) a[0]);
        }
        break;
      case "getStatement":
        return t.getStatement();
      case "getString":
        if (p.length == 1 && p[0] == int.class) {
          return t.getString((Integer) a[0]);
        }
        if (p.length == 1 && p[0] == String.class) {
          return t.getString((String) a[0]);
        }
        break;
      case "getTime":
        if (p.length == 1 && p[0] == int.class) {
          return t.getTime((Integer) a[0]);
        }
        if (p.length == 2 && p[0] == int.class && p[1] == java.util.Calendar.class) {
          return t.getTime((Integer) a[0], (java.util.Calendar) a[1]);
        }
        if (p.length == 1 && p[0] == String.class) {
          return t.getTime((String) a[0]);
        }
        if (p.length == 2 && p[0] == String.class && p[1] == java.util.Calendar.class) {
          return t.getTime((String) a[0], (java.util.Calendar) a[1]);
        }
        break;
      case "getTimestamp":
        if (p.length == 1 && p[0] == int.class) {
          return t.getTimestamp((Integer) a[0]);
        }
        if (p.length == 2 && p[0] == int.class && p[1] == java.util.Calendar.class) {
          return t.getTimestamp((Integer) a[0], (java.util.Calendar) a[1]);
        }
        if (p.length == 1 && p[0] == String.class) {
          return t.getTimestamp((String) a[0]);
        }
        if (p.length == 2 && p[0] == String.class && p[1] == java.util.Calendar.class) {
          return t.getTimestamp((String) a[0], (java.util.Calendar) a[1]);
        }
        break;
      case "getType":
        return t.getType();
      case "getURL":
        if (p.length == 1 && p[0] == int.class) {
          return t.getURL((Integer) a[0]);
        }
        if (p.length == 1 && p[0] == String.class) {
          return t.getURL((String) a[0]);
        }
        break;
      case "getUnicodeStream":
        if (p.length == 1 && p[0] == int.class) {
          return t.getUnicodeStream((Integer) a[0]);
        }
        if (p.length == 1 && p[0] == String.class) {
          return t.getUnicodeStream((String) a[0]);
        }
        break;
      case "getWarnings":
        return t.getWarnings();
      case "insertRow":
        t.insertRow();
        return null;
      case "isAfterLast":
        return t.isAfterLast();
      case "isBeforeFirst":
        return t.isBeforeFirst();
      case "isClosed":
        return t.isClosed();
      case "isFirst":
        return t.isFirst();
      case "isLast":
        return t.isLast();
      case "last":
        return t.last();
      case "moveToCurrentRow":
        t.moveToCurrentRow();
        return null;
      case "moveToInsertRow":
        t.moveToInsertRow();
        return null;
      case "next":
        return t.next();
      case "previous":
        return t.previous();
      case "refreshRow":
        t.refreshRow();
        return null;
      case "relative":
        return t.relative((Integer) a[0]);
      case "rowDeleted":
        return t.rowDeleted();
      case "rowInserted":
        return t.rowInserted();
      case "rowUpdated":
        return t.rowUpdated();
      case "setFetchDirection":
        t.setFetchDirection((Integer) a[0]);
        return null;
      case "setFetchSize":
        t.setFetchSize((Integer) a[0]);
        return null;
      case "updateArray":
        if (p.length == 2 && p[0] == int.class && p[1] == java.sql.Array.class) {
          t.updateArray((Integer) a[0], (java.sql.Array) a[1]);
          return null;
        }
        if (p.length == 2 && p[0] == String.class && p[1] == java.sql.Array.class) {
          t.updateArray((String) a[0], (java.sql.Array) a[1]);
          return null;
        }
        break;
      case "updateAsciiStream":
        if (p.length == 2 && p[0] == int.class && p[1] == java.io.InputStream.class) {
          t.updateAsciiStream((Integer) a[0], (java.io.InputStream) a[1]);
          return null;
        }
        if (p.length == 3 && p[0] == int.class && p[1] == java.io.InputStream.class && p[2] ==
            int.class) {
          t.updateAsciiStream((Integer) a[0], (java.io.InputStream) a[1], (Integer) a[2]);
          return null;
        }
        if (p.length == 3 && p[0] == int.class && p[1] == java.io.InputStream.class && p[2] ==
            long.class) {
          t.updateAsciiStream((Integer) a[0], (java.io.InputStream) a[1], (Long) a[2]);
          return null;
        }
        if (p.length == 2 && p[0] == String.class && p[1] == java.io.InputStream.class) {
          t.updateAsciiStream((String) a[0], (java.io.InputStream) a[1]);
          return null;
        }
        if (p.length == 3 && p[0] == String.class && p[1] == java.io.InputStream.class && p[2] ==
            int.class) {
          t.updateAsciiStream((String) a[0], (java.io.InputStream) a[1], (Integer) a[2]);
          return null;
        }
        if (p.length == 3 && p[0] == String.class && p[1] == java.io.InputStream.class && p[2] ==
            long.class) {
          t.updateAsciiStream((String) a[0], (java.io.InputStream) a[1], (Long) a[2]);
          return null;
        }
        break;
      case "updateBigDecimal":
        if (p.length == 2 && p[0] == int.class && p[1] == java.math.BigDecimal.class) {
          t.updateBigDecimal((Integer) a[0], (java.math.BigDecimal) a[1]);
          return null;
        }
        if (p.length == 2 && p[0] == String.class && p[1] == java.math.BigDecimal.class) {
          t.updateBigDecimal((String) a[0], (java.math.BigDecimal) a[1]);
          return null;
        }
        break;
      case "updateBinaryStream":
        if (p.length == 2 && p[0] == int.class && p[1] == java.io.InputStream.class) {
          t.updateBinaryStream((Integer) a[0], (java.io.InputStream) a[1]);
          return null;
        }
        if (p.length == 3 && p[0] == int.class && p[1] == java.io.InputStream.class && p[2] ==
            int.class) {
          t.updateBinaryStream((Integer) a[0], (java.io.InputStream) a[1], (Integer) a[2]);
          return null;
        }
        if (p.length == 3 && p[0] == int.class && p[1] == java.io.InputStream.class && p[2] ==
            long.class) {
          t.updateBinaryStream((Integer) a[0], (java.io.InputStream) a[1], (Long) a[2]);
          return null;
        }
        if (p.length == 2 && p[0] == String.class && p[1] == java.io.InputStream.class) {
          t.updateBinaryStream((String) a[0], (java.io.InputStream) a[1]);
          return null;
        }
        if (p.length == 3 && p[0] == String.class && p[1] == java.io.InputStream.class && p[2] ==
            int.class) {
          t.updateBinaryStream((String) a[0], (java.io.InputStream) a[1], (Integer) a[2]);
          return null;
        }
        if (p.length == 3 && p[0] == String.class && p[1] == java.io.InputStream.class && p[2] ==
            long.class) {
          t.updateBinaryStream((String) a[0], (java.io.InputStream) a[1], (Long) a[2]);
          return null;
        }
        break;
      case "updateBlob":
        if (p.length == 2 && p[0] == int.class && p[1] == java.io.InputStream.class) {
          t.updateBlob((Integer) a[0], (java.io.InputStream) a[1]);
          return null;
        }
        if (p.length == 3 && p[0] == int.class && p[1] == java.io.InputStream.class && p[2] ==
            long.class) {
          t.updateBlob((Integer) a[0], (java.io.InputStream) a[1], (Long) a[2]);
          return null;
        }
        if (p.length == 2 && p[0] == int.class && p[1] == java.sql.Blob.class) {
          t.updateBlob((Integer) a[0], (java.sql.Blob) a[1]);
          return null;
        }
        if (p.length == 2 && p[0] == String.class && p[1] == java.io.InputStream.class) {
          t.updateBlob((String) a[0], (java.io.InputStream) a[1]);
          return null;
        }
        if (p.length == 3 && p[0] == String.class && p[1] == java.io.InputStream.class && p[2] ==
            long.class) {
          t.updateBlob((String) a[0], (java.io.InputStream) a[1], (Long) a[2]);
          return null;
        }
        if (p.length == 2 && p[0] == String.class && p[1] == java.sql.Blob.class) {
          t.updateBlob((String) a[0], (java.sql.Blob) a[1]);
          return null;
        }
        break;
      case "updateBoolean":
        if (p.length == 2 && p[0] == int.class && p[1] == boolean.class) {
          t.updateBoolean((Integer) a[0], (Boolean) a[1]);
          return null;
        }
        if (p.length == 2 && p[0] == String.class && p[1] == boolean.class) {
          t.updateBoolean((String) a[0], (Boolean) a[1]);
          return null;
        }
        break;
      case "updateByte":
        if (p.length == 2 && p[0] == int.class && p[1] == byte.class) {
          t.updateByte((Integer) a[0], (Byte) a[1]);
          return null;
        }
        if (p.length == 2 && p[0] == String.class && p[1] == byte.class) {
          t.updateByte((String) a[0], (Byte) a[1]);
          return null;
        }
        break;
      case "updateBytes":
        if (p.length == 2 && p[0] == int.class && p[1] == byte[].class) {
          t.updateBytes((Integer) a[0], (byte[]) a[1]);
          return null;
        }
        if (p.length == 2 && p[0] == String.class && p[1] == byte[].class) {
          t.updateBytes((String) a[0], (byte[]) a[1]);
          return null;
        }
        break;
      case "updateCharacterStream":
        if (p.length == 2 && p[0] == int.class && p[1] == java.io.Reader.class) {
          t.updateCharacterStream((Integer) a[0], (java.io.Reader) a[1]);
          return null;
        }
        if (p.length == 3 && p[0] == int.class && p[1] == java.io.Reader.class && p[2] ==
            int.class) {
          t.updateCharacterStream((Integer) a[0], (java.io.Reader) a[1], (Integer) a[2]);
          return null;
        }
        if (p.length == 3 && p[0] == int.class && p[1] == java.io.Reader.class && p[2] ==
            long.class) {
          t.updateCharacterStream((Integer) a[0], (java.io.Reader) a[1], (Long) a[2]);
          return null;
        }
        if (p.length == 2 && p[0] == String.class && p[1] == java.io.Reader.class) {
          t.updateCharacterStream((String) a[0], (java.io.Reader) a[1]);
          return null;
        }
        if (p.length == 3 && p[0] == String.class && p[1] == java.io.Reader.class && p[2] ==
            int.class) {
          t.updateCharacterStream((String) a[0], (java.io.Reader) a[1], (Integer) a[2]);
          return null;
        }
        if (p.length == 3 && p[0] == String.class && p[1] == java.io.Reader.class && p[2] ==
            long.class) {
          t.updateCharacterStream((String) a[0], (java.io.Reader) a[1], (Long) a[2]);
          return null;
        }
        break;
      case "updateClob":
        if (p.length == 2 && p[0] == int.class && p[1] == java.io.Reader.class) {
          t.updateClob((Integer) a[0], (java.io.Reader) a[1]);
          return null;
        }
        if (p.length == 3 && p[0] == int.class && p[1] == java.io.Reader.class && p[2] ==
            long.class) {
          t.updateClob((Integer) a[0], (java.io.Reader) a[1], (Long) a[2]);
          return null;
        }
        if (p.length == 2 && p[0] == int.class && p[1] == java.sql.Clob.class) {
          t.updateClob((Integer) a[0], (java.sql.Clob) a[1]);
          return null;
        }
        if (p.length == 2 && p[0] == String.class && p[1] == java.io.Reader.class) {
          t.updateClob((String) a[0], (java.io.Reader) a[1]);
          return null;
        }
        if (p.length == 3 && p[0] == String.class && p[1] == java.io.Reader.class && p[2] ==
            long.class) {
          t.updateClob((String) a[0], (java.io.Reader) a[1], (Long) a[2]);
          return null;
        }
        if (p.length == 2 && p[0] == String.class && p[1] == java.sql.Clob.class) {
          t.updateClob((String) a[0], (java.sql.Clob) a[1]);
          return null;
        }
        break;
      case "updateDate":
        if (p.length == 2 && p[0] == int.class && p[1] == java.sql.Date.class) {
          t.updateDate((Integer) a[0], (java.sql.Date) a[1]);
          return null;
        }
        if (p.length == 2 && p[0] == String.class && p[1] == java.sql.Date.class) {
          t.updateDate((String) a[0], (java.sql.Date) a[1]);
          return null;
        }
        break;
      case "updateDouble":
        if (p.length == 2 && p[0] == int.class && p[1] == double.class) {
          t.updateDouble((Integer) a[0], (Double) a[1]);
          return null;
        }
        if (p.length == 2 && p[0] == String.class && p[1] == double.class) {
          t.updateDouble((String) a[0], (Double) a[1]);
          return null;
        }
        break;
      case "updateFloat":
        if (p.length == 2 && p[0] == int.class && p[1] == float.class) {
          t.updateFloat((Integer) a[0], (Float) a[1]);
          return null;
        }
        if (p.length == 2 && p[0] == String.class && p[1] == float.class) {
          t.updateFloat((String) a[0], (Float) a[1]);
          return null;
        }
        break;
      case "updateInt":
        if (p.length == 2 && p[0] == int.class && p[1] == int.class) {
          t.updateInt((Integer) a[0], (Integer) a[1]);
          return null;
        }
        if (p.length == 2 && p[0] == String.class && p[1] == int.class) {
          t.updateInt((String) a[0], (Integer) a[1]);
          return null;
        }
        break;
      case "updateLong":
        if (p.length == 2 && p[0] == int.class && p[1] == long.class) {
          t.updateLong((Integer) a[0], (Long) a[1]);
          return null;
        }
        if (p.length == 2 && p[0] == String.class && p[1] == long.class) {
          t.updateLong((String) a[0], (Long) a[1]);
          return null;
        }
        break;
      case "updateNCharacterStream":
        if (p.length == 2 && p[0] == int.class && p[1] == java.io.Reader.class) {
          t.updateNCharacterStream((Integer) a[0], (java.io.Reader) a[1]);
          return null;
        }
        if (p.length == 3 && p[0] == int.class && p[1] == java.io.Reader.class && p[2] ==
            long.class) {
          t.updateNCharacterStream((Integer) a[0], (java.io.Reader) a[1], (Long) a[2]);
          return null;
        }
        if (p.length == 2 && p[0] == String.class && p[1] == java.io.Reader.class) {
          t.updateNCharacterStream((String) a[0], (java.io.Reader) a[1]);
          return null;
        }
        if (p.length == 3 && p[0] == String.class && p[1] == java.io.Reader.class && p[2] ==
            long.class) {
          t.updateNCharacterStream((String) a[0], (java.io.Reader) a[1], (Long) a[2]);
          return null;
        }
        break;
      case "updateNClob":
        if (p.length == 2 && p[0] == int.class && p[1] == java.io.Reader.class) {
          t.updateNClob((Integer) a[0], (java.io.Reader) a[1]);
          return null;
        }
        if (p.length == 3 && p[0] == int.class && p[1] == java.io.Reader.class && p[2] ==
            long.class) {
          t.updateNClob((Integer) a[0], (java.io.Reader) a[1], (Long) a[2]);
          return null;
        }
        if (p.length == 2 && p[0] == int.class && p[1] == java.sql.NClob.class) {
          t.updateNClob((Integer) a[0], (java.sql.NClob) a[1]);
          return null;
        }
        if (p.length == 2 && p[0] == String.class && p[1] == java.io.Reader.class) {
          t.updateNClob((String) a[0], (java.io.Reader) a[1]);
          return null;
        }
        if (p.length == 3 && p[0] == String.class && p[1] == java.io.Reader.class && p[2] ==
            long.class) {
          t.updateNClob((String) a[0], (java.io.Reader) a[1], (Long) a[2]);
          return null;
        }
        if (p.length == 2 && p[0] == String.class && p[1] == java.sql.NClob.class) {
          t.updateNClob((String) a[0], (java.sql.NClob) a[1]);
          return null;
        }
        break;
      case "updateNString":
        if (p.length == 2 && p[0] == int.class && p[1] == String.class) {
          t.updateNString((Integer) a[0], (String) a[1]);
          return null;
        }
        if (p.length == 2 && p[0] == String.class && p[1] == String.class) {
          t.updateNString((String) a[0], (String) a[1]);
          return null;
        }
        break;
      case "updateNull":
        if (p.length == 1 && p[0] == int.class) {
          t.updateNull((Integer) a[0]);
          return null;
        }
        if (p.length == 1 && p[0] == String.class) {
          t.updateNull((String) a[0]);
          return null;
        }
        break;
      case "updateObject":
        if (p.length == 2 && p[0] == int.class && p[1] == Object.class) {
          t.updateObject((Integer) a[0], (Object) a[1]);
          return null;
        }
        if (p.length == 3 && p[0] == int.class && p[1] == Object.class && p[2] == int.class) {
          t.updateObject((Integer) a[0], (Object) a[1], (Integer) a[2]);
          return null;
        }
        if (p.length == 3 && p[0] == int.class && p[1] == Object.class && p[2] ==
            java.sql.SQLType.class) {
          t.updateObject((Integer) a[0], (Object) a[1], (java.sql.SQLType) a[2]);
          return null;
        }
        if (p.length == 4 && p[0] == int.class && p[1] == Object.class && p[2] ==
            java.sql.SQLType.class && p[3] == int.class) {
          t.updateObject((Integer) a[0], (Object) a[1], (java.sql.SQLType) a[2], (Integer) a[3]);
          return null;
        }
        if (p.length == 2 && p[0] == String.class && p[1] == Object.class) {
          t.updateObject((String) a[0], (Object) a[1]);
          return null;
        }
        if (p.length == 3 && p[0] == String.class && p[1] == Object.class && p[2] == int.class) {
          t.updateObject((String) a[0], (Object) a[1], (Integer) a[2]);
          return null;
        }
        if (p.length == 3 && p[0] == String.class && p[1] == Object.class && p[2] ==
            java.sql.SQLType.class) {
          t.updateObject((String) a[0], (Object) a[1], (java.sql.SQLType) a[2]);
          return null;
        }
        if (p.length == 4 && p[0] == String.class && p[1] == Object.class && p[2] ==
            java.sql.SQLType.class && p[3] == int.class) {
          t.updateObject((String) a[0], (Object) a[1], (java.sql.SQLType) a[2], (Integer) a[3]);
          return null;
        }
        break;
      case "updateRef":
        if (p.length == 2 && p[0] == int.class && p[1] == java.sql.Ref.class) {
          t.updateRef((Integer) a[0], (java.sql.Ref) a[1]);
          return null;
        }
        if (p.length == 2 && p[0] == String.class && p[1] == java.sql.Ref.class) {
          t.updateRef((String) a[0], (java.sql.Ref) a[1]);
          return null;
        }
        break;
      case "updateRow":
        t.updateRow();
        return null;
      case "updateRowId":
        if (p.length == 2 && p[0] == int.class && p[1] == java.sql.RowId.class) {
          t.updateRowId((Integer) a[0], (java.sql.RowId) a[1]);
          return null;
        }
        if (p.length == 2 && p[0] == String.class && p[1] == java.sql.RowId.class) {
          t.updateRowId((String) a[0], (java.sql.RowId) a[1]);
          return null;
        }
        break;
      case "updateSQLXML":
        if (p.length == 2 && p[0] == int.class && p[1] == java.sql.SQLXML.class) {
          t.updateSQLXML((Integer) a[0], (java.sql.SQLXML) a[1]);
          return null;
        }
        if (p.length == 2 && p[0] == String.class && p[1] == java.sql.SQLXML.class) {
          t.updateSQLXML((String) a[0], (java.sql.SQLXML) a[1]);
          return null;
        }
        break;
      case "updateShort":
        if (p.length == 2 && p[0] == int.class && p[1] == short.class) {
          t.updateShort((Integer) a[0], (Short) a[1]);
          return null;
        }
        if (p.length == 2 && p[0] == String.class && p[1] == short.class) {
          t.updateShort((String) a[0], (Short) a[1]);
          return null;
        }
        break;
      case "updateString":
        if (p.length == 2 && p[0] == int.class && p[1] == String.class) {
          t.updateString((Integer) a[0], (String) a[1]);
          return null;
        }
        if (p.length == 2 && p[0] == String.class && p[1] == String.class) {
          t.updateString((String) a[0], (String) a[1]);
          return null;
        }
        break;
      case "updateTime":
        if (p.length == 2 && p[0] == int.class && p[1] == java.sql.Time.class) {
          t.updateTime((Integer) a[0], (java.sql.Time) a[1]);
          return null;
        }
        if (p.length == 2 && p[0] == String.class && p[1] == java.sql.Time.class) {
          t.updateTime((String) a[0], (java.sql.Time) a[1]);
          return null;
        }
        break;
      case "updateTimestamp":
        if (p.length == 2 && p[0] == int.class && p[1] == java.sql.Timestamp.class) {
          t.updateTimestamp((Integer) a[0], (java.sql.Timestamp) a[1]);
          return null;
        }
        if (p.length == 2 && p[0] == String.class && p[1] == java.sql.Timestamp.class) {
          t.updateTimestamp((String) a[0], (java.sql.Timestamp) a[1]);
          return null;
        }
        break;
      case "wasNull":
        return t.wasNull();
      default:
        break;
    }
    return UNKNOWN;
  }

  /** The methods of java.sql.ResultSetMetaData. */
  private static Object c6(Method method, java.sql.ResultSetMetaData t,
      Object[] a) throws Throwable {
    switch (method.getName()) {
      case "getCatalogName":
        return t.getCatalogName((Integer) a[0]);
      case "getColumnClassName":
        return t.getColumnClassName((Integer) a[0]);
      case "getColumnCount":
        return t.getColumnCount();
      case "getColumnDisplaySize":
        return t.getColumnDisplaySize((Integer) a[0]);
      case "getColumnLabel":
        return t.getColumnLabel((Integer) a[0]);
      case "getColumnName":
        return t.getColumnName((Integer) a[0]);
      case "getColumnType":
        return t.getColumnType((Integer) a[0]);
      case "getColumnTypeName":
        return t.getColumnTypeName((Integer) a[0]);
      case "getPrecision":
        return t.getPrecision((Integer) a[0]);
      case "getScale":
        return t.getScale((Integer) a[0]);
      case "getSchemaName":
        return t.getSchemaName((Integer) a[0]);
      case "getTableName":
        return t.getTableName((Integer) a[0]);
      case "isAutoIncrement":
        return t.isAutoIncrement((Integer) a[0]);
      case "isCaseSensitive":
        return t.isCaseSensitive((Integer) a[0]);
      case "isCurrency":
        return t.isCurrency((Integer) a[0]);
      case "isDefinitelyWritable":
        return t.isDefinitelyWritable((Integer) a[0]);
      case "isNullable":
        return t.isNullable((Integer) a[0]);
      case "isReadOnly":
        return t.isReadOnly((Integer) a[0]);
      case "isSearchable":
        return t.isSearchable((Integer) a[0]);
      case "isSigned":
        return t.isSigned((Integer) a[0]);
      case "isWritable":
        return t.isWritable((Integer) a[0]);
      default:
        break;
    }
    return UNKNOWN;
  }

  /** The methods of java.sql.Statement. */
  private static Object c7(Method method, java.sql.Statement t, Object[] a) throws Throwable {
    Class<?>[] p = method.getParameterTypes();
    switch (method.getName()) {
      case "addBatch":
        t.addBatch((String) a[0]);
        return null;
      case "cancel":
        t.cancel();
        return null;
      case "clearBatch":
        t.clearBatch();
        return null;
      case "clearWarnings":
        t.clearWarnings();
        return null;
      case "close":
        t.close();
        return null;
      case "closeOnCompletion":
        t.closeOnCompletion();
        return null;
      case "enquoteIdentifier":
        return t.enquoteIdentifier((String) a[0], (Boolean) a[1]);
      case "enquoteLiteral":
        return t.enquoteLiteral((String) a[0]);
      case "enquoteNCharLiteral":
        return t.enquoteNCharLiteral((String) a[0]);
      case "execute":
        if (p.length == 1 && p[0] == String.class) {
          return t.execute((String) a[0]);
        }
        if (p.length == 2 && p[0] == String.class && p[1] == int[].class) {
          return t.execute((String) a[0], (int[]) a[1]);
        }
        if (p.length == 2 && p[0] == String.class && p[1] == String[].class) {
          return t.execute((String) a[0], (String[]) a[1]);
        }
        if (p.length == 2 && p[0] == String.class && p[1] == int.class) {
          return t.execute((String) a[0], (Integer) a[1]);
        }
        break;
      case "executeBatch":
        return t.executeBatch();
      case "executeLargeBatch":
        return t.executeLargeBatch();
      case "executeLargeUpdate":
        if (p.length == 1 && p[0] == String.class) {
          return t.executeLargeUpdate((String) a[0]);
        }
        if (p.length == 2 && p[0] == String.class && p[1] == int[].class) {
          return t.executeLargeUpdate((String) a[0], (int[]) a[1]);
        }
        if (p.length == 2 && p[0] == String.class && p[1] == String[].class) {
          return t.executeLargeUpdate((String) a[0], (String[]) a[1]);
        }
        if (p.length == 2 && p[0] == String.class && p[1] == int.class) {
          return t.executeLargeUpdate((String) a[0], (Integer) a[1]);
        }
        break;
      case "executeQuery":
        return t.executeQuery((String) a[0]);
      case "executeUpdate":
        if (p.length == 1 && p[0] == String.class) {
          return t.executeUpdate((String) a[0]);
        }
        if (p.length == 2 && p[0] == String.class && p[1] == int[].class) {
          return t.executeUpdate((String) a[0], (int[]) a[1]);
        }
        if (p.length == 2 && p[0] == String.class && p[1] == String[].class) {
          return t.executeUpdate((String) a[0], (String[]) a[1]);
        }
        if (p.length == 2 && p[0] == String.class && p[1] == int.class) {
          return t.executeUpdate((String) a[0], (Integer) a[1]);
        }
        break;
      case "getConnection":
        return t.getConnection();
      case "getFetchDirection":
        return t.getFetchDirection();
      case "getFetchSize":
        return t.getFetchSize();
      case "getGeneratedKeys":
        return t.getGeneratedKeys();
      case "getLargeMaxRows":
        return t.getLargeMaxRows();
      case "getLargeUpdateCount":
        return t.getLargeUpdateCount();
      case "getMaxFieldSize":
        return t.getMaxFieldSize();
      case "getMaxRows":
        return t.getMaxRows();
      case "getMoreResults":
        if (p.length == 0) {
          return t.getMoreResults();
        }
        if (p.length == 1 && p[0] == int.class) {
          return t.getMoreResults((Integer) a[0]);
        }
        break;
      case "getQueryTimeout":
        return t.getQueryTimeout();
      case "getResultSet":
        return t.getResultSet();
      case "getResultSetConcurrency":
        return t.getResultSetConcurrency();
      case "getResultSetHoldability":
        return t.getResultSetHoldability();
      case "getResultSetType":
        return t.getResultSetType();
      case "getUpdateCount":
        return t.getUpdateCount();
      case "getWarnings":
        return t.getWarnings();
      case "isCloseOnCompletion":
        return t.isCloseOnCompletion();
      case "isClosed":
        return t.isClosed();
      case "isPoolable":
        return t.isPoolable();
      case "isSimpleIdentifier":
        return t.isSimpleIdentifier((String) a[0]);
      case "setCursorName":
        t.setCursorName((String) a[0]);
        return null;
      case "setEscapeProcessing":
        t.setEscapeProcessing((Boolean) a[0]);
        return null;
      case "setFetchDirection":
        t.setFetchDirection((Integer) a[0]);
        return null;
      case "setFetchSize":
        t.setFetchSize((Integer) a[0]);
        return null;
      case "setLargeMaxRows":
        t.setLargeMaxRows((Long) a[0]);
        return null;
      case "setMaxFieldSize":
        t.setMaxFieldSize((Integer) a[0]);
        return null;
      case "setMaxRows":
        t.setMaxRows((Integer) a[0]);
        return null;
      case "setPoolable":
        t.setPoolable((Boolean) a[0]);
        return null;
      case "setQueryTimeout":
        t.setQueryTimeout((Integer) a[0]);
        return null;
      default:
        break;
    }
    return UNKNOWN;
  }

  /** The methods of java.sql.Wrapper. */
  private static Object c8(Method method, java.sql.Wrapper t, Object[] a) throws Throwable {
    switch (method.getName()) {
      case "isWrapperFor":
        return t.isWrapperFor((Class) a[0]);
      case "unwrap":
        return t.unwrap((Class) a[0]);
      default:
        break;
    }
    return UNKNOWN;
  }

  /** The methods of org.apache.calcite.avatica.AvaticaSpecificDatabaseMetaData. */
  private static Object c9(Method method,
      org.apache.calcite.avatica.AvaticaSpecificDatabaseMetaData t, Object[] a) throws Throwable {
    switch (method.getName()) {
      case "getAvaticaServerVersion":
        return t.getAvaticaServerVersion();
      case "getRemoteAvaticaProperties":
        return t.getRemoteAvaticaProperties();
      default:
        break;
    }
    return UNKNOWN;
  }

  /** The methods of org.apache.calcite.avatica.util.ArrayImpl.Factory. */
  private static Object c10(Method method, org.apache.calcite.avatica.util.ArrayImpl.Factory t,
      Object[] a) throws Throwable {
    switch (method.getName()) {
      case "create":
        return t.create((org.apache.calcite.avatica.ColumnMetaData.AvaticaType) a[0],
            (Iterable) a[1]);
      case "createArray":
        return t.createArray((org.apache.calcite.avatica.ColumnMetaData.AvaticaType) a[0],
            (Iterable) a[1]);
      default:
        break;
    }
    return UNKNOWN;
  }

  /** The methods of org.apache.calcite.jdbc.CalciteConnection. */
  private static Object c11(Method method, org.apache.calcite.jdbc.CalciteConnection t,
      Object[] a) throws Throwable {
    switch (method.getName()) {
      case "config":
        return t.config();
      case "createPrepareContext":
        return t.createPrepareContext();
      case "getProperties":
        return t.getProperties();
      case "getRootSchema":
        return t.getRootSchema();
      case "getTypeFactory":
        return t.getTypeFactory();
      default:
        break;
    }
    return UNKNOWN;
  }

  /** The methods of org.apache.calcite.linq4j.QueryProvider. */
  private static Object c12(Method method, org.apache.calcite.linq4j.QueryProvider t,
      Object[] a) throws Throwable {
    Class<?>[] p = method.getParameterTypes();
    switch (method.getName()) {
      case "createQuery":
        if (p.length == 2 && p[0] == org.apache.calcite.linq4j.tree.Expression.class && p[1] ==
            Class.class) {
          return t.createQuery((org.apache.calcite.linq4j.tree.Expression) a[0], (Class) a[1]);
        }
        if (p.length == 2 && p[0] == org.apache.calcite.linq4j.tree.Expression.class && p[1] ==
            java.lang.reflect.Type.class) {
          return t.createQuery((org.apache.calcite.linq4j.tree.Expression) a[0],
              (java.lang.reflect.Type) a[1]);
        }
        break;
      case "execute":
        if (p.length == 2 && p[0] == org.apache.calcite.linq4j.tree.Expression.class && p[1] ==
            Class.class) {
          return t.execute((org.apache.calcite.linq4j.tree.Expression) a[0], (Class) a[1]);
        }
        if (p.length == 2 && p[0] == org.apache.calcite.linq4j.tree.Expression.class && p[1] ==
            java.lang.reflect.Type.class) {
          return t.execute((org.apache.calcite.linq4j.tree.Expression) a[0],
              (java.lang.reflect.Type) a[1]);
        }
        break;
      case "executeQuery":
        return t.executeQuery((org.apache.calcite.linq4j.Queryable) a[0]);
      default:
        break;
    }
    return UNKNOWN;
  }
}
