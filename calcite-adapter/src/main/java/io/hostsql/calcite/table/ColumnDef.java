package io.hostsql.calcite.table;

import io.hostsql.os.OsFamily;
import java.util.Set;
import java.util.function.Function;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * One column of a hostsql table, declared once: everything the SQL type system, JDBC metadata
 * and the generated docs say about it comes from here.
 *
 * @param name the column name, snake_case, psutil's field name where there is one
 * @param type the SQL type
 * @param nullable whether the value may be NULL (refused by the OS, or not applicable)
 * @param unit the unit ("bytes", "seconds", ...) or "" when it has none
 * @param description one sentence for REMARKS and docs
 * @param fetchGroup what must be read to produce it; decides the cost of selecting it
 * @param value produces the value from the row source (Integer, Long, Double, String; TIMESTAMP
 *     as epoch milliseconds in a Long)
 * @param platforms the OS families that have this column when only some of its table's do
 *     (osquery's extended_schema); empty for a column of every platform of its table
 * @param <S> the row source: a process, a connection, a mount...
 */
public record ColumnDef<S>(String name, SqlTypeName type, boolean nullable, String unit,
    String description, FetchGroup fetchGroup, Function<S, Object> value,
    Set<OsFamily> platforms) {

  /** A column of every platform of its table. */
  public ColumnDef(String name, SqlTypeName type, boolean nullable, String unit,
      String description, FetchGroup fetchGroup, Function<S, Object> value) {
    this(name, type, nullable, unit, description, fetchGroup, value, Set.of());
  }

  /** Whether a table of {@code family} has this column (it names no platform, or that one). */
  public boolean isOn(OsFamily family) {
    return platforms.isEmpty() || platforms.contains(family);
  }
}
