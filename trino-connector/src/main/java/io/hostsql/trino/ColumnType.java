package io.hostsql.trino;

import io.trino.spi.type.BigintType;
import io.trino.spi.type.BooleanType;
import io.trino.spi.type.DoubleType;
import io.trino.spi.type.IntegerType;
import io.trino.spi.type.TimestampType;
import io.trino.spi.type.Type;
import io.trino.spi.type.VarcharType;
import java.sql.Types;

/**
 * How a hostsql column's JDBC type becomes a Trino type, and how the pushed filter may treat
 * it. hostsql's tables use BIGINT, INTEGER, DOUBLE, BOOLEAN, VARCHAR and TIMESTAMP; anything
 * else (an osquery view's expression of another type) is read as its text.
 */
enum ColumnType {
  BIGINT(BigintType.BIGINT),
  INTEGER(IntegerType.INTEGER),
  DOUBLE(DoubleType.DOUBLE),
  BOOLEAN(BooleanType.BOOLEAN),
  VARCHAR(VarcharType.VARCHAR),
  /** UTC, millisecond precision, as hostsql's timestamps are. */
  TIMESTAMP(TimestampType.TIMESTAMP_MILLIS);

  private final Type trinoType;

  ColumnType(Type trinoType) {
    this.trinoType = trinoType;
  }

  Type trinoType() {
    return trinoType;
  }

  static ColumnType ofJdbc(int jdbcType) {
    return switch (jdbcType) {
      case Types.BIGINT -> BIGINT;
      case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> INTEGER;
      case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.DECIMAL, Types.NUMERIC -> DOUBLE;
      case Types.BOOLEAN, Types.BIT -> BOOLEAN;
      case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP;
      default -> VARCHAR;
    };
  }

  static ColumnType ofTrino(Type type) {
    for (ColumnType t : values()) {
      if (t.trinoType.equals(type)) {
        return t;
      }
    }
    throw new IllegalArgumentException("not a hostsql column type: " + type);
  }
}
