package io.hostsql.calcite.table;

import io.hostsql.os.OsFamily;
import java.util.List;
import java.util.Set;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;

/**
 * A hostsql table's one declaration: its name, description, columns and the columns a filter
 * on which the scan can answer without reading everything (its pushdown keys).
 *
 * @param name the table name, a plural noun
 * @param description one paragraph for REMARKS and docs
 * @param columns the columns, in order
 * @param pushdownKeys columns whose equality filters narrow the scan
 * @param platforms the OS families whose backend has this table (osquery's table platforms);
 *     a schema over another family leaves it out
 * @param <S> the row source type
 */
public record TableDef<S>(String name, String description, List<ColumnDef<S>> columns,
    List<String> pushdownKeys, Set<OsFamily> platforms) {

  /** The platforms of a table that psutil has on Linux and on Windows alike. */
  public static final Set<OsFamily> LINUX_AND_WINDOWS = Set.of(OsFamily.LINUX, OsFamily.WINDOWS);

  /** A table of Linux, the one backend so far. */
  public TableDef(String name, String description, List<ColumnDef<S>> columns,
      List<String> pushdownKeys) {
    this(name, description, columns, pushdownKeys, Set.of(OsFamily.LINUX));
  }

  /** Refuses a column declared for a platform its table does not have. */
  public TableDef {
    columns = List.copyOf(columns);
    pushdownKeys = List.copyOf(pushdownKeys);
    platforms = Set.copyOf(platforms);
    for (ColumnDef<S> c : columns) {
      if (!platforms.containsAll(c.platforms())) {
        throw new IllegalArgumentException(name + "." + c.name() + " is declared for "
            + OsFamily.names(c.platforms()) + " but its table only for "
            + OsFamily.names(platforms));
      }
    }
  }

  /** Whether this platform has the table (with at least its shared columns). */
  public boolean isOn(OsFamily family) {
    return platforms.contains(family);
  }

  /**
   * The table as {@code family} has it: the columns of its own and the shared ones, in their
   * declared order, and the pushdown keys among them. This very declaration when the family has
   * every column, so a table of one platform is never copied.
   *
   * @throws IllegalArgumentException when the family does not have the table, or has none of
   *     its columns
   */
  public TableDef<S> on(OsFamily family) {
    if (!isOn(family)) {
      throw new IllegalArgumentException(name + " is a table of " + platformNames()
          + ", not of " + family.displayName());
    }
    List<ColumnDef<S>> kept = columns.stream().filter(c -> c.isOn(family)).toList();
    if (kept.size() == columns.size()) {
      return this;
    }
    if (kept.isEmpty()) {
      throw new IllegalArgumentException(name + " has no column on " + family.displayName());
    }
    List<String> keys = pushdownKeys.stream()
        .filter(k -> kept.stream().anyMatch(c -> c.name().equals(k))).toList();
    return new TableDef<>(name, description, kept, keys, platforms);
  }

  /**
   * Whether only some of this table's platforms have {@code column}: docs and REMARKS then name
   * the column's platforms.
   */
  public boolean onSomePlatformsOnly(ColumnDef<?> column) {
    return !column.platforms().isEmpty() && !column.platforms().containsAll(platforms);
  }

  /** The platforms, as docs and REMARKS name them ("Linux", "Linux, Windows"). */
  public String platformNames() {
    return OsFamily.names(platforms);
  }

  /** The Calcite row type of the declared columns. */
  public RelDataType rowType(RelDataTypeFactory typeFactory) {
    RelDataTypeFactory.Builder b = typeFactory.builder();
    for (ColumnDef<S> c : columns) {
      b.add(c.name(), typeFactory.createTypeWithNullability(
          typeFactory.createSqlType(c.type()), c.nullable()));
    }
    return b.build();
  }

  /** The index of a column by exact name, or -1. */
  public int indexOf(String column) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(column)) {
        return i;
      }
    }
    return -1;
  }
}
