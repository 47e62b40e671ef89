package io.hostsql.calcite.meta;

import java.util.Map;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.schema.impl.ViewTable;

/**
 * The SQL standard's {@code information_schema} (schemata, tables, columns, views,
 * key_column_usage, routines), which tools
 * query before they look at DatabaseMetaData. Each table is a view over Calcite's
 * {@code metadata} schema, whose rows are the ones getTables and getColumns return, so the two
 * always agree (sizes, type names and all).
 */
public final class InformationSchema {
  /** The schema's name, lower case like every hostsql name. */
  public static final String NAME = "information_schema";

  private static final String TABLES = "\"metadata\".\"TABLES\"";
  private static final String COLUMNS = "\"metadata\".\"COLUMNS\"";

  private static final Map<String, String> VIEWS = Map.of(
      "schemata", "SELECT DISTINCT CAST(NULL AS VARCHAR) AS catalog_name,"
          + " \"tableSchem\" AS schema_name, CAST(NULL AS VARCHAR) AS schema_owner FROM " + TABLES,
      "tables", "SELECT \"tableCat\" AS table_catalog, \"tableSchem\" AS table_schema,"
          + " \"tableName\" AS table_name, CASE \"tableType\" WHEN 'TABLE' THEN 'BASE TABLE'"
          + " ELSE \"tableType\" END AS table_type, \"remarks\" AS remarks FROM " + TABLES,
      "views", "SELECT \"tableCat\" AS table_catalog, \"tableSchem\" AS table_schema,"
          + " \"tableName\" AS table_name, CAST(NULL AS VARCHAR) AS view_definition,"
          + " 'NONE' AS check_option, 'NO' AS is_updatable FROM " + TABLES
          + " WHERE \"tableType\" = 'VIEW'",
      "columns", "SELECT \"tableCat\" AS table_catalog, \"tableSchem\" AS table_schema,"
          + " \"tableName\" AS table_name, \"columnName\" AS column_name,"
          + " \"ordinalPosition\" AS ordinal_position, CAST(NULL AS VARCHAR) AS column_default,"
          + " \"isNullable\" AS is_nullable, \"typeName\" AS data_type,"
          + " CASE WHEN \"dataType\" IN (1, 12, -1, -9, -15) THEN \"columnSize\" END"
          + " AS character_maximum_length,"
          + " CASE WHEN \"dataType\" IN (-6, 5, 4, -5, 6, 7, 8, 2, 3) THEN \"columnSize\" END"
          + " AS numeric_precision,"
          + " CASE WHEN \"dataType\" IN (2, 3) THEN \"decimalDigits\" END AS numeric_scale,"
          + " CASE WHEN \"dataType\" IN (91, 92, 93) THEN \"decimalDigits\" END"
          + " AS datetime_precision, \"remarks\" AS remarks FROM " + COLUMNS);

  private InformationSchema() {
  }

  /** Adds {@code information_schema} under {@code root}, beside Calcite's metadata schema. */
  public static void register(SchemaPlus root) {
    SchemaPlus schema = root.add(NAME, new AbstractSchema());
    schema.add("key_column_usage", new KeyColumnUsageTable());
    schema.add("routines", new RoutinesTable());
    VIEWS.forEach((name, sql) -> schema.add(name,
        ViewTable.viewMacro(schema, sql, java.util.List.of(), java.util.List.of(NAME, name),
            false)));
  }
}
