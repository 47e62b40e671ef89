// Written by ForwarderGenerator (jdbc-driver/src/test/java/io/hostsql/jdbc/forward):
// do not edit, run it again.
package io.hostsql.jdbc.forward;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Hands every method of java.sql.DatabaseMetaData and
 * org.apache.calcite.avatica.AvaticaSpecificDatabaseMetaData to its handler,
 * as a proxy of those interfaces would.
 */
@SuppressWarnings({"unchecked", "rawtypes", "deprecation", "removal"})
public final class DatabaseMetaDataAvaticaSpecificDatabaseMetaDataForwarder extends Forwarder
    implements java.sql.DatabaseMetaData,
    org.apache.calcite.avatica.AvaticaSpecificDatabaseMetaData {
  private static final long serialVersionUID = 1L;

  /** The interface methods, each looked up the first time it is called. */
  private static final AtomicReferenceArray<Method> METHODS =
      new AtomicReferenceArray<>(184);

  /** A forwarder to {@code handler}. */
  public DatabaseMetaDataAvaticaSpecificDatabaseMetaDataForwarder(InvocationHandler handler) {
    super(handler);
  }

  private static Method method(int index) {
    Method m = METHODS.get(index);
    return m != null ? m : keep(METHODS, index, lookup(index));
  }

  private static Method lookup(int index) {
    try {
      return switch (index) {
        case 0 -> Object.class.getDeclaredMethod("hashCode");
        case 1 -> Object.class.getDeclaredMethod("equals", Object.class);
        case 2 -> Object.class.getDeclaredMethod("toString");
        case 3 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("allProceduresAreCallable");
        case 4 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("allTablesAreSelectable");
        case 5 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("autoCommitFailureClosesAllResultSets");
        case 6 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("dataDefinitionCausesTransactionCommit");
        case 7 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("dataDefinitionIgnoredInTransactions");
        case 8 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("deletesAreDetected",
            int.class);
        case 9 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("doesMaxRowSizeIncludeBlobs");
        case 10 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("generatedKeyAlwaysReturned");
        case 11 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getAttributes", String.class,
            String.class, String.class, String.class);
        case 12 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getBestRowIdentifier",
            String.class, String.class, String.class, int.class, boolean.class);
        case 13 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getCatalogSeparator");
        case 14 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getCatalogTerm");
        case 15 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getCatalogs");
        case 16 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getClientInfoProperties");
        case 17 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getColumnPrivileges",
            String.class, String.class, String.class, String.class);
        case 18 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getColumns", String.class,
            String.class, String.class, String.class);
        case 19 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getConnection");
        case 20 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getCrossReference",
            String.class, String.class, String.class, String.class, String.class, String.class);
        case 21 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getDatabaseMajorVersion");
        case 22 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getDatabaseMinorVersion");
        case 23 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getDatabaseProductName");
        case 24 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getDatabaseProductVersion");
        case 25 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("getDefaultTransactionIsolation");
        case 26 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getDriverMajorVersion");
        case 27 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getDriverMinorVersion");
        case 28 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getDriverName");
        case 29 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getDriverVersion");
        case 30 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getExportedKeys",
            String.class, String.class, String.class);
        case 31 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getExtraNameCharacters");
        case 32 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getFunctionColumns",
            String.class, String.class, String.class, String.class);
        case 33 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getFunctions", String.class,
            String.class, String.class);
        case 34 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getIdentifierQuoteString");
        case 35 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getImportedKeys",
            String.class, String.class, String.class);
        case 36 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getIndexInfo", String.class,
            String.class, String.class, boolean.class, boolean.class);
        case 37 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getJDBCMajorVersion");
        case 38 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getJDBCMinorVersion");
        case 39 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getMaxBinaryLiteralLength");
        case 40 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getMaxCatalogNameLength");
        case 41 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getMaxCharLiteralLength");
        case 42 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getMaxColumnNameLength");
        case 43 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getMaxColumnsInGroupBy");
        case 44 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getMaxColumnsInIndex");
        case 45 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getMaxColumnsInOrderBy");
        case 46 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getMaxColumnsInSelect");
        case 47 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getMaxColumnsInTable");
        case 48 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getMaxConnections");
        case 49 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getMaxCursorNameLength");
        case 50 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getMaxIndexLength");
        case 51 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getMaxLogicalLobSize");
        case 52 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getMaxProcedureNameLength");
        case 53 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getMaxRowSize");
        case 54 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getMaxSchemaNameLength");
        case 55 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getMaxStatementLength");
        case 56 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getMaxStatements");
        case 57 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getMaxTableNameLength");
        case 58 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getMaxTablesInSelect");
        case 59 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getMaxUserNameLength");
        case 60 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getNumericFunctions");
        case 61 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getPrimaryKeys", String.class,
            String.class, String.class);
        case 62 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getProcedureColumns",
            String.class, String.class, String.class, String.class);
        case 63 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getProcedureTerm");
        case 64 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getProcedures", String.class,
            String.class, String.class);
        case 65 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getPseudoColumns",
            String.class, String.class, String.class, String.class);
        case 66 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getResultSetHoldability");
        case 67 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getRowIdLifetime");
        case 68 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getSQLKeywords");
        case 69 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getSQLStateType");
        case 70 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getSchemaTerm");
        case 71 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getSchemas");
        case 72 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getSchemas", String.class,
            String.class);
        case 73 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getSearchStringEscape");
        case 74 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getStringFunctions");
        case 75 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getSuperTables", String.class,
            String.class, String.class);
        case 76 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getSuperTypes", String.class,
            String.class, String.class);
        case 77 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getSystemFunctions");
        case 78 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getTablePrivileges",
            String.class, String.class, String.class);
        case 79 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getTableTypes");
        case 80 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getTables", String.class,
            String.class, String.class, String[].class);
        case 81 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getTimeDateFunctions");
        case 82 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getTypeInfo");
        case 83 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getUDTs", String.class,
            String.class, String.class, int[].class);
        case 84 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getURL");
        case 85 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getUserName");
        case 86 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("getVersionColumns",
            String.class, String.class, String.class);
        case 87 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("insertsAreDetected",
            int.class);
        case 88 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("isCatalogAtStart");
        case 89 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("isReadOnly");
        case 90 -> java.sql.Wrapper.class.getDeclaredMethod("isWrapperFor", Class.class);
        case 91 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("locatorsUpdateCopy");
        case 92 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("nullPlusNonNullIsNull");
        case 93 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("nullsAreSortedAtEnd");
        case 94 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("nullsAreSortedAtStart");
        case 95 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("nullsAreSortedHigh");
        case 96 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("nullsAreSortedLow");
        case 97 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("othersDeletesAreVisible",
            int.class);
        case 98 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("othersInsertsAreVisible",
            int.class);
        case 99 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("othersUpdatesAreVisible",
            int.class);
        case 100 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("ownDeletesAreVisible",
            int.class);
        case 101 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("ownInsertsAreVisible",
            int.class);
        case 102 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("ownUpdatesAreVisible",
            int.class);
        case 103 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("storesLowerCaseIdentifiers");
        case 104 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("storesLowerCaseQuotedIdentifiers");
        case 105 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("storesMixedCaseIdentifiers");
        case 106 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("storesMixedCaseQuotedIdentifiers");
        case 107 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("storesUpperCaseIdentifiers");
        case 108 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("storesUpperCaseQuotedIdentifiers");
        case 109 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsANSI92EntryLevelSQL");
        case 110 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsANSI92FullSQL");
        case 111 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsANSI92IntermediateSQL");
        case 112 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsAlterTableWithAddColumn");
        case 113 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsAlterTableWithDropColumn");
        case 114 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsBatchUpdates");
        case 115 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsCatalogsInDataManipulation");
        case 116 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsCatalogsInIndexDefinitions");
        case 117 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsCatalogsInPrivilegeDefinitions");
        case 118 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsCatalogsInProcedureCalls");
        case 119 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsCatalogsInTableDefinitions");
        case 120 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsColumnAliasing");
        case 121 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsConvert");
        case 122 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsConvert", int.class,
            int.class);
        case 123 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsCoreSQLGrammar");
        case 124 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsCorrelatedSubqueries");
        case 125 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsDataDefinitionAndDataManipulationTransactions");
        case 126 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsDataManipulationTransactionsOnly");
        case 127 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsDifferentTableCorrelationNames");
        case 128 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsExpressionsInOrderBy");
        case 129 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsExtendedSQLGrammar");
        case 130 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsFullOuterJoins");
        case 131 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsGetGeneratedKeys");
        case 132 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsGroupBy");
        case 133 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsGroupByBeyondSelect");
        case 134 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsGroupByUnrelated");
        case 135 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsIntegrityEnhancementFacility");
        case 136 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsLikeEscapeClause");
        case 137 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsLimitedOuterJoins");
        case 138 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsMinimumSQLGrammar");
        case 139 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsMixedCaseIdentifiers");
        case 140 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsMixedCaseQuotedIdentifiers");
        case 141 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsMultipleOpenResults");
        case 142 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsMultipleResultSets");
        case 143 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsMultipleTransactions");
        case 144 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsNamedParameters");
        case 145 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsNonNullableColumns");
        case 146 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsOpenCursorsAcrossCommit");
        case 147 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsOpenCursorsAcrossRollback");
        case 148 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsOpenStatementsAcrossCommit");
        case 149 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsOpenStatementsAcrossRollback");
        case 150 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsOrderByUnrelated");
        case 151 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsOuterJoins");
        case 152 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsPositionedDelete");
        case 153 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsPositionedUpdate");
        case 154 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsRefCursors");
        case 155 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsResultSetConcurrency",
            int.class, int.class);
        case 156 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsResultSetHoldability",
            int.class);
        case 157 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsResultSetType",
            int.class);
        case 158 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsSavepoints");
        case 159 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsSchemasInDataManipulation");
        case 160 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsSchemasInIndexDefinitions");
        case 161 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsSchemasInPrivilegeDefinitions");
        case 162 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsSchemasInProcedureCalls");
        case 163 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsSchemasInTableDefinitions");
        case 164 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsSelectForUpdate");
        case 165 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsSharding");
        case 166 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsStatementPooling");
        case 167 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsStoredFunctionsUsingCallSyntax");
        case 168 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsStoredProcedures");
        case 169 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsSubqueriesInComparisons");
        case 170 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsSubqueriesInExists");
        case 171 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsSubqueriesInIns");
        case 172 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsSubqueriesInQuantifieds");
        case 173 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsTableCorrelationNames");
        case 174 ->
            java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsTransactionIsolationLevel",
            int.class);
        case 175 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsTransactions");
        case 176 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsUnion");
        case 177 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("supportsUnionAll");
        case 178 -> java.sql.Wrapper.class.getDeclaredMethod("unwrap", Class.class);
        case 179 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("updatesAreDetected",
            int.class);
        case 180 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("usesLocalFilePerTable");
        case 181 -> java.sql.DatabaseMetaData.class.getDeclaredMethod("usesLocalFiles");
        case 182 ->
            org.apache.calcite.avatica.AvaticaSpecificDatabaseMetaData.class.getDeclaredMethod("getAvaticaServerVersion");
        case 183 ->
            org.apache.calcite.avatica.AvaticaSpecificDatabaseMetaData.class.getDeclaredMethod("getRemoteAvaticaProperties");
        default -> throw new IllegalArgumentException("no method " + index);
      };
    } catch (NoSuchMethodException e) {
      throw new NoSuchMethodError(e.getMessage());
    }
  }

  @Override
  public int hashCode() {
    try {
      return (Integer) h.invoke(this, method(0), null);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean equals(Object a0) {
    try {
      return (Boolean) h.invoke(this, method(1), new Object[] {a0});
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String toString() {
    try {
      return (String) h.invoke(this, method(2), null);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean allProceduresAreCallable() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(3), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean allTablesAreSelectable() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(4), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean autoCommitFailureClosesAllResultSets() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(5), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean dataDefinitionCausesTransactionCommit() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(6), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean dataDefinitionIgnoredInTransactions() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(7), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean deletesAreDetected(int a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(8), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean doesMaxRowSizeIncludeBlobs() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(9), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean generatedKeyAlwaysReturned() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(10), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet getAttributes(String a0, String a1, String a2,
      String a3) throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(11), new Object[] {a0, a1, a2, a3});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet getBestRowIdentifier(String a0, String a1, String a2, int a3,
      boolean a4) throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(12), new Object[] {a0, a1, a2, a3, a4});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getCatalogSeparator() throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(13), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getCatalogTerm() throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(14), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet getCatalogs() throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(15), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet getClientInfoProperties() throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(16), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet getColumnPrivileges(String a0, String a1, String a2,
      String a3) throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(17), new Object[] {a0, a1, a2, a3});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet getColumns(String a0, String a1, String a2,
      String a3) throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(18), new Object[] {a0, a1, a2, a3});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.Connection getConnection() throws java.sql.SQLException {
    try {
      return (java.sql.Connection) h.invoke(this, method(19), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet getCrossReference(String a0, String a1, String a2, String a3, String a4,
      String a5) throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(20), new Object[] {a0, a1, a2, a3, a4, a5});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getDatabaseMajorVersion() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(21), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getDatabaseMinorVersion() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(22), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getDatabaseProductName() throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(23), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getDatabaseProductVersion() throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(24), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getDefaultTransactionIsolation() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(25), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getDriverMajorVersion() {
    try {
      return (Integer) h.invoke(this, method(26), null);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getDriverMinorVersion() {
    try {
      return (Integer) h.invoke(this, method(27), null);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getDriverName() throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(28), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getDriverVersion() throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(29), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet getExportedKeys(String a0, String a1,
      String a2) throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(30), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getExtraNameCharacters() throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(31), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet getFunctionColumns(String a0, String a1, String a2,
      String a3) throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(32), new Object[] {a0, a1, a2, a3});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet getFunctions(String a0, String a1,
      String a2) throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(33), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getIdentifierQuoteString() throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(34), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet getImportedKeys(String a0, String a1,
      String a2) throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(35), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet getIndexInfo(String a0, String a1, String a2, boolean a3,
      boolean a4) throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(36), new Object[] {a0, a1, a2, a3, a4});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getJDBCMajorVersion() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(37), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getJDBCMinorVersion() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(38), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getMaxBinaryLiteralLength() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(39), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getMaxCatalogNameLength() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(40), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getMaxCharLiteralLength() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(41), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getMaxColumnNameLength() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(42), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getMaxColumnsInGroupBy() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(43), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getMaxColumnsInIndex() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(44), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getMaxColumnsInOrderBy() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(45), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getMaxColumnsInSelect() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(46), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getMaxColumnsInTable() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(47), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getMaxConnections() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(48), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getMaxCursorNameLength() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(49), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getMaxIndexLength() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(50), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public long getMaxLogicalLobSize() throws java.sql.SQLException {
    try {
      return (Long) h.invoke(this, method(51), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getMaxProcedureNameLength() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(52), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getMaxRowSize() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(53), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getMaxSchemaNameLength() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(54), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getMaxStatementLength() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(55), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getMaxStatements() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(56), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getMaxTableNameLength() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(57), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getMaxTablesInSelect() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(58), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getMaxUserNameLength() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(59), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getNumericFunctions() throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(60), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet getPrimaryKeys(String a0, String a1,
      String a2) throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(61), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet getProcedureColumns(String a0, String a1, String a2,
      String a3) throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(62), new Object[] {a0, a1, a2, a3});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getProcedureTerm() throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(63), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet getProcedures(String a0, String a1,
      String a2) throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(64), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet getPseudoColumns(String a0, String a1, String a2,
      String a3) throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(65), new Object[] {a0, a1, a2, a3});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getResultSetHoldability() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(66), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.RowIdLifetime getRowIdLifetime() throws java.sql.SQLException {
    try {
      return (java.sql.RowIdLifetime) h.invoke(this, method(67), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getSQLKeywords() throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(68), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public int getSQLStateType() throws java.sql.SQLException {
    try {
      return (Integer) h.invoke(this, method(69), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getSchemaTerm() throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(70), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet getSchemas() throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(71), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet getSchemas(String a0, String a1) throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(72), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getSearchStringEscape() throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(73), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getStringFunctions() throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(74), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet getSuperTables(String a0, String a1,
      String a2) throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(75), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet getSuperTypes(String a0, String a1,
      String a2) throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(76), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getSystemFunctions() throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(77), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet getTablePrivileges(String a0, String a1,
      String a2) throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(78), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet getTableTypes() throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(79), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet getTables(String a0, String a1, String a2,
      String[] a3) throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(80), new Object[] {a0, a1, a2, a3});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getTimeDateFunctions() throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(81), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet getTypeInfo() throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(82), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet getUDTs(String a0, String a1, String a2,
      int[] a3) throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(83), new Object[] {a0, a1, a2, a3});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getURL() throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(84), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getUserName() throws java.sql.SQLException {
    try {
      return (String) h.invoke(this, method(85), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.sql.ResultSet getVersionColumns(String a0, String a1,
      String a2) throws java.sql.SQLException {
    try {
      return (java.sql.ResultSet) h.invoke(this, method(86), new Object[] {a0, a1, a2});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean insertsAreDetected(int a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(87), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isCatalogAtStart() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(88), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isReadOnly() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(89), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean isWrapperFor(Class a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(90), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean locatorsUpdateCopy() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(91), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean nullPlusNonNullIsNull() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(92), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean nullsAreSortedAtEnd() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(93), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean nullsAreSortedAtStart() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(94), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean nullsAreSortedHigh() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(95), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean nullsAreSortedLow() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(96), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean othersDeletesAreVisible(int a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(97), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean othersInsertsAreVisible(int a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(98), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean othersUpdatesAreVisible(int a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(99), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean ownDeletesAreVisible(int a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(100), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean ownInsertsAreVisible(int a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(101), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean ownUpdatesAreVisible(int a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(102), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean storesLowerCaseIdentifiers() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(103), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean storesLowerCaseQuotedIdentifiers() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(104), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean storesMixedCaseIdentifiers() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(105), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean storesMixedCaseQuotedIdentifiers() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(106), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean storesUpperCaseIdentifiers() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(107), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean storesUpperCaseQuotedIdentifiers() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(108), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsANSI92EntryLevelSQL() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(109), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsANSI92FullSQL() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(110), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsANSI92IntermediateSQL() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(111), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsAlterTableWithAddColumn() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(112), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsAlterTableWithDropColumn() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(113), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsBatchUpdates() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(114), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsCatalogsInDataManipulation() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(115), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsCatalogsInIndexDefinitions() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(116), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsCatalogsInPrivilegeDefinitions() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(117), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsCatalogsInProcedureCalls() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(118), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsCatalogsInTableDefinitions() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(119), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsColumnAliasing() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(120), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsConvert() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(121), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsConvert(int a0, int a1) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(122), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsCoreSQLGrammar() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(123), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsCorrelatedSubqueries() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(124), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsDataDefinitionAndDataManipulationTransactions() throws
      java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(125), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsDataManipulationTransactionsOnly() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(126), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsDifferentTableCorrelationNames() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(127), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsExpressionsInOrderBy() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(128), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsExtendedSQLGrammar() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(129), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsFullOuterJoins() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(130), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsGetGeneratedKeys() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(131), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsGroupBy() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(132), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsGroupByBeyondSelect() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(133), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsGroupByUnrelated() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(134), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsIntegrityEnhancementFacility() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(135), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsLikeEscapeClause() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(136), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsLimitedOuterJoins() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(137), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsMinimumSQLGrammar() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(138), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsMixedCaseIdentifiers() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(139), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsMixedCaseQuotedIdentifiers() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(140), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsMultipleOpenResults() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(141), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsMultipleResultSets() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(142), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsMultipleTransactions() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(143), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsNamedParameters() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(144), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsNonNullableColumns() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(145), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsOpenCursorsAcrossCommit() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(146), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsOpenCursorsAcrossRollback() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(147), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsOpenStatementsAcrossCommit() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(148), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsOpenStatementsAcrossRollback() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(149), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsOrderByUnrelated() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(150), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsOuterJoins() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(151), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsPositionedDelete() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(152), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsPositionedUpdate() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(153), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsRefCursors() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(154), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsResultSetConcurrency(int a0, int a1) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(155), new Object[] {a0, a1});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsResultSetHoldability(int a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(156), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsResultSetType(int a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(157), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsSavepoints() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(158), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsSchemasInDataManipulation() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(159), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsSchemasInIndexDefinitions() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(160), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsSchemasInPrivilegeDefinitions() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(161), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsSchemasInProcedureCalls() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(162), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsSchemasInTableDefinitions() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(163), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsSelectForUpdate() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(164), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsSharding() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(165), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsStatementPooling() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(166), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsStoredFunctionsUsingCallSyntax() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(167), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsStoredProcedures() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(168), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsSubqueriesInComparisons() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(169), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsSubqueriesInExists() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(170), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsSubqueriesInIns() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(171), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsSubqueriesInQuantifieds() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(172), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsTableCorrelationNames() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(173), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsTransactionIsolationLevel(int a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(174), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsTransactions() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(175), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsUnion() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(176), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean supportsUnionAll() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(177), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public Object unwrap(Class a0) throws java.sql.SQLException {
    try {
      return h.invoke(this, method(178), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean updatesAreDetected(int a0) throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(179), new Object[] {a0});
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean usesLocalFilePerTable() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(180), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public boolean usesLocalFiles() throws java.sql.SQLException {
    try {
      return (Boolean) h.invoke(this, method(181), null);
    } catch (RuntimeException | Error | java.sql.SQLException e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public String getAvaticaServerVersion() {
    try {
      return (String) h.invoke(this, method(182), null);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }

  @Override
  public java.util.Properties getRemoteAvaticaProperties() {
    try {
      return (java.util.Properties) h.invoke(this, method(183), null);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new UndeclaredThrowableException(e);
    }
  }
}
