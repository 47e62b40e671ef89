package io.hostsql.calcite.docs;

import io.hostsql.calcite.table.ColumnDef;
import io.hostsql.calcite.table.DeclaredTable;
import io.hostsql.calcite.table.TableDef;
import java.util.Map;
import org.apache.calcite.schema.Table;

/**
 * docs/tables.md, written from the same declarations as the SQL types and the JDBC REMARKS,
 * so the reference cannot drift from the engine (a test compares the file with this output).
 */
public final class TableDocs {
  private TableDocs() {
  }

  /** The Markdown reference of every declared table in {@code tables}, in their order. */
  public static String markdown(String schema, Map<String, Table> tables) {
    StringBuilder b = new StringBuilder();
    b.append("# hostsql tables\n\n");
    b.append("Generated from the table declarations by `bin/hostsql --docs`; do not edit.\n");
    b.append("Every table is in the schema `").append(schema)
        .append("`, the connection's default. Sizes are bytes, times are seconds or UTC "
            + "timestamps, as each column says.\n\n");
    for (Table t : tables.values()) {
      if (t instanceof DeclaredTable d) {
        b.append("- [").append(d.definition().name()).append("](#")
            .append(d.definition().name()).append(")\n");
      }
    }
    for (Table t : tables.values()) {
      if (t instanceof DeclaredTable d) {
        table(b, d.definition());
      }
    }
    return b.toString();
  }

  private static void table(StringBuilder b, TableDef<?> def) {
    b.append("\n## ").append(def.name()).append("\n\n").append(def.description()).append("\n\n");
    b.append("Platforms: ").append(def.platformNames()).append(".\n\n");
    if (!def.pushdownKeys().isEmpty()) {
      b.append("Filters on ").append(String.join(", ", def.pushdownKeys().stream()
          .map(k -> "`" + k + "`").toList()))
          .append(" (`=`, `IN`, `OR` of equalities, prepared `?`) narrow what is read.\n\n");
    }
    b.append("| column | type | unit | description |\n|---|---|---|---|\n");
    for (ColumnDef<?> c : def.columns()) {
      b.append("| ").append(c.name()).append(" | ").append(c.type().getName())
          .append(c.nullable() ? "" : " NOT NULL").append(" | ").append(c.unit())
          .append(" | ").append(c.description().replace("|", "\\|"))
          .append(def.onSomePlatformsOnly(c)
              ? " (" + io.hostsql.os.OsFamily.names(c.platforms()) + " only.)" : "")
          .append(" |\n");
    }
  }
}
