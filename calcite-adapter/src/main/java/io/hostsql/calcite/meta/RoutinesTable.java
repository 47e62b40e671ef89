package io.hostsql.calcite.meta;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * {@code information_schema.routines}: the rows DatabaseMetaData.getFunctions gives on the
 * connection that queries it (Calcite's functions of the connection's libraries, listed under
 * the {@code metadata} schema, and each schema's own), so a remote client, whose protocol has no
 * request for functions, can be given the same list. {@code function_type} and
 * {@code remarks} are JDBC's FUNCTION_TYPE and REMARKS, beside the standard's columns.
 */
final class RoutinesTable extends AbstractTable implements ScannableTable {
  @Override
  public RelDataType getRowType(RelDataTypeFactory types) {
    RelDataType text = types.createTypeWithNullability(
        types.createSqlType(SqlTypeName.VARCHAR), true);
    return types.builder()
        .add("specific_catalog", text).add("specific_schema", text).add("specific_name", text)
        .add("routine_catalog", text).add("routine_schema", text).add("routine_name", text)
        .add("routine_type", text)
        .add("function_type", types.createSqlType(SqlTypeName.SMALLINT))
        .add("remarks", text)
        .build();
  }

  @Override
  public Enumerable<Object[]> scan(DataContext root) {
    if (!(root.getQueryProvider() instanceof Connection connection)) {
      return Linq4j.emptyEnumerable();
    }
    List<Object[]> rows = new ArrayList<>();
    try (ResultSet rs = connection.getMetaData().getFunctions(null, null, null)) {
      while (rs.next()) {
        String catalog = rs.getString("FUNCTION_CAT");
        String schema = rs.getString("FUNCTION_SCHEM");
        rows.add(new Object[] {catalog, schema, rs.getString("SPECIFIC_NAME"), catalog, schema,
            rs.getString("FUNCTION_NAME"), "FUNCTION", rs.getShort("FUNCTION_TYPE"),
            rs.getString("REMARKS")});
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot list the functions: " + e.getMessage(), e);
    }
    return Linq4j.asEnumerable(rows);
  }
}
