package io.hostsql.calcite.osquery;

/**
 * An unsigned 32-bit column narrowed to osquery's INTEGER as C narrows it into an int: values
 * past 2^31 - 1 wrap to negatives (4294967295 is -1), one value for one value, where a plain
 * CAST would fail the whole query on the row that holds one.
 */
final class CInt {
  private CInt() {
  }

  /** The SQL expression for {@code column} (a quoted name) read as a C int. */
  static String of(String column) {
    String c = '"' + column + '"';
    return "CAST(CASE WHEN " + c + " > 2147483647 THEN " + c + " - 4294967296 ELSE " + c
        + " END AS INTEGER)";
  }
}
