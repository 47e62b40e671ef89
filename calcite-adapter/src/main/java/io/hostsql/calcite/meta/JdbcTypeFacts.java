package io.hostsql.calcite.meta;

import java.sql.Types;

/**
 * What JDBC metadata says about a column type, in one place for DatabaseMetaData.getColumns and
 * ResultSetMetaData: the size a tool sizes its grid and its own column by, whether numbers are
 * signed, and the Java class of values. Calcite leaves the size -1 or 0 for types without a
 * declared precision (INTEGER, VARCHAR, TIMESTAMP), which tools read as "no room".
 */
public final class JdbcTypeFacts {
  /** The size of a VARCHAR without a declared length: as long as a Java string can be. */
  public static final int UNBOUNDED = Integer.MAX_VALUE;

  private JdbcTypeFacts() {
  }

  /**
   * COLUMN_SIZE and precision: digits for numbers, characters for strings and for the text
   * form of dates and times ({@code fraction}: digits after the second).
   */
  public static int size(int jdbcType, int declaredPrecision, int fraction) {
    return switch (jdbcType) {
      case Types.TINYINT -> 3;
      case Types.SMALLINT -> 5;
      case Types.INTEGER -> 10;
      case Types.BIGINT -> 19;
      case Types.REAL -> 7;
      case Types.FLOAT, Types.DOUBLE -> 15;
      case Types.BOOLEAN, Types.BIT -> 1;
      case Types.DATE -> 10;
      case Types.TIME -> 8 + (fraction > 0 ? fraction + 1 : 0);
      case Types.TIMESTAMP -> 19 + (fraction > 0 ? fraction + 1 : 0);
      case Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGVARCHAR,
          Types.BINARY, Types.VARBINARY ->
          declaredPrecision > 0 ? declaredPrecision : UNBOUNDED;
      default -> declaredPrecision > 0 ? declaredPrecision : 0;
    };
  }

  /** Characters a value needs when shown: its size, and a sign for signed numbers. */
  public static int displaySize(int jdbcType, int declaredPrecision, int fraction) {
    int size = size(jdbcType, declaredPrecision, fraction);
    return switch (jdbcType) {
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> size + 1;
      case Types.REAL -> 15;
      case Types.FLOAT, Types.DOUBLE -> 24;
      case Types.BOOLEAN, Types.BIT -> 5;
      default -> size;
    };
  }

  /** Whether values of the type can be negative (numbers only). */
  public static boolean signed(int jdbcType) {
    return switch (jdbcType) {
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.REAL, Types.FLOAT,
          Types.DOUBLE, Types.DECIMAL, Types.NUMERIC -> true;
      default -> false;
    };
  }

  /** The class getObject returns for the type. */
  public static String className(int jdbcType) {
    return switch (jdbcType) {
      case Types.TINYINT -> Byte.class.getName();
      case Types.SMALLINT -> Short.class.getName();
      case Types.INTEGER -> Integer.class.getName();
      case Types.BIGINT -> Long.class.getName();
      case Types.REAL -> Float.class.getName();
      case Types.FLOAT, Types.DOUBLE -> Double.class.getName();
      case Types.DECIMAL, Types.NUMERIC -> java.math.BigDecimal.class.getName();
      case Types.BOOLEAN, Types.BIT -> Boolean.class.getName();
      case Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGVARCHAR ->
          String.class.getName();
      case Types.DATE -> java.sql.Date.class.getName();
      case Types.TIME -> java.sql.Time.class.getName();
      case Types.TIMESTAMP -> java.sql.Timestamp.class.getName();
      case Types.BINARY, Types.VARBINARY -> byte[].class.getName();
      case Types.ARRAY -> java.sql.Array.class.getName();
      default -> Object.class.getName();
    };
  }

  /** The type's name without the nullability Calcite appends ("INTEGER NOT NULL"). */
  public static String typeName(String calciteName, int jdbcType) {
    if (calciteName == null || calciteName.startsWith("JavaType(")) {
      return nameOf(jdbcType);
    }
    String name = calciteName;
    while (name.endsWith(" NOT NULL")) {
      name = name.substring(0, name.length() - " NOT NULL".length());
    }
    return name;
  }

  private static String nameOf(int jdbcType) {
    try {
      return java.sql.JDBCType.valueOf(jdbcType).getName();
    } catch (IllegalArgumentException e) {
      return "OTHER";
    }
  }
}
