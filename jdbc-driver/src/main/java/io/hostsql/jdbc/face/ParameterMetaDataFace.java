package io.hostsql.jdbc.face;

import io.hostsql.calcite.meta.JdbcTypeFacts;
import java.sql.ParameterMetaData;
import java.sql.SQLException;

/**
 * The class a parameter is bound as ({@link PreparedStatementFace} converts to it), where
 * Calcite says java.lang.Object for every one.
 */
final class ParameterMetaDataFace {
  private final ParameterMetaData delegate;

  ParameterMetaDataFace(ParameterMetaData delegate) {
    this.delegate = delegate;
  }

  public String getParameterClassName(int param) throws SQLException {
    return JdbcTypeFacts.className(delegate.getParameterType(param));
  }

  public boolean isSigned(int param) throws SQLException {
    return JdbcTypeFacts.signed(delegate.getParameterType(param));
  }

  public int getParameterMode(int param) throws SQLException {
    delegate.getParameterType(param);
    return ParameterMetaData.parameterModeIn;
  }
}
