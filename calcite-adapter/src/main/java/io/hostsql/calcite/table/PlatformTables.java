package io.hostsql.calcite.table;

import io.hostsql.os.OsFamily;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.calcite.schema.Table;

/**
 * The tables one platform family has, from every declared table (osquery's table platforms and
 * extended_schema): a table the family lacks is left out, not a table of NULLs, and a table it
 * has keeps only the family's columns, so that naming another platform's column is Calcite's
 * "Column not found". The declarations themselves stay listed for the reference docs, which say
 * which platforms have what.
 */
public final class PlatformTables {
  private final OsFamily family;
  private final Map<String, Table> present = new LinkedHashMap<>();
  private final Map<String, Table> declared = new LinkedHashMap<>();

  /** @param family the platform the tables are registered for */
  public PlatformTables(OsFamily family) {
    this.family = java.util.Objects.requireNonNull(family, "family");
  }

  /**
   * Declares a table; it is registered, over the family's columns, when the family has it.
   *
   * @throws IllegalArgumentException when a table of that name was declared already
   */
  public PlatformTables add(OsTable table) {
    String name = table.definition().name();
    if (declared.putIfAbsent(name, table) != null) {
      throw new IllegalArgumentException("table " + name + " is declared twice");
    }
    if (table.definition().isOn(family)) {
      present.put(name, table.on(family));
    }
    return this;
  }

  /** The family the tables are registered for. */
  public OsFamily family() {
    return family;
  }

  /**
   * The family's tables by name, in declaration order; removing an entry removes the table
   * from whatever schema serves this map.
   */
  public Map<String, Table> present() {
    return present;
  }

  /**
   * The columns of a declared table that this family lacks (other platforms' own), so that
   * SQL written over the table (a view) can tell whether it names one; empty for a table not
   * declared here.
   */
  public java.util.Set<String> absentColumns(String table) {
    Table t = declared.get(table);
    java.util.Set<String> out = new java.util.HashSet<>();
    if (t instanceof DeclaredTable d) {
      for (ColumnDef<?> c : d.definition().columns()) {
        if (!c.isOn(family)) {
          out.add(c.name());
        }
      }
    }
    return out;
  }

  /** Every declared table, each with all its columns, in declaration order. */
  public Map<String, Table> declared() {
    return Collections.unmodifiableMap(declared);
  }
}
