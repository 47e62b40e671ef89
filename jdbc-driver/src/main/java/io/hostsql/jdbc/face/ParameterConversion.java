package io.hostsql.jdbc.face;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * Converts a bound parameter to the Java value of the type the statement inferred for it, as
 * JDBC drivers do: setString("1") for an INTEGER, setLong for LIMIT ?, setInt for a VARCHAR,
 * java.time values for a TIMESTAMP. Calcite's generated code casts each parameter to its
 * type's class, so anything else fails there with a ClassCastException. A value that does not
 * fit (a word for a number, 2^40 for an INTEGER, 1.5 for a BIGINT) is refused with a 22xxx
 * SQLState instead of being cut.
 *
 * <p>Timestamps follow hostsql's time model: a TIMESTAMP is a UTC wall time, so a
 * LocalDateTime or a string without an offset is read as UTC, and values with an offset or an
 * Instant are moved to UTC.
 */
public final class ParameterConversion {
  private ParameterConversion() {
  }

  /**
   * {@code value} as the class that stands for {@code sqlType} (Integer for INTEGER, String for
   * VARCHAR, Timestamp for TIMESTAMP...); {@code value} itself for a type without a rule.
   */
  public static Object convert(Object value, int sqlType) throws SQLException {
    if (value == null) {
      return null;
    }
    try {
      return switch (sqlType) {
        case Types.TINYINT -> (byte) integral(value, Byte.MIN_VALUE, Byte.MAX_VALUE);
        case Types.SMALLINT -> (short) integral(value, Short.MIN_VALUE, Short.MAX_VALUE);
        case Types.INTEGER -> (int) integral(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
        case Types.BIGINT -> integral(value, Long.MIN_VALUE, Long.MAX_VALUE);
        case Types.DOUBLE, Types.FLOAT -> decimal(value).doubleValue();
        case Types.REAL -> decimal(value).floatValue();
        case Types.DECIMAL, Types.NUMERIC -> decimal(value);
        case Types.BOOLEAN, Types.BIT -> bool(value);
        case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR ->
            string(value);
        case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> timestamp(value);
        default -> value;
      };
    } catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
      throw SqlStates.create("cannot use " + describe(value) + " as " + typeName(sqlType),
          SqlStates.BAD_VALUE, e);
    }
  }

  private static long integral(Object value, long min, long max) throws SQLException {
    BigDecimal d = decimal(value);
    BigInteger whole;
    try {
      whole = d.toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw SqlStates.create(describe(value) + " is not a whole number", SqlStates.BAD_VALUE,
          e);
    }
    if (whole.compareTo(BigInteger.valueOf(min)) < 0
        || whole.compareTo(BigInteger.valueOf(max)) > 0) {
      throw SqlStates.create(describe(value) + " is out of range (" + min + " to " + max + ")",
          SqlStates.OUT_OF_RANGE, null);
    }
    return whole.longValue();
  }

  private static BigDecimal decimal(Object value) throws SQLException {
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    if (value instanceof Double || value instanceof Float) {
      double v = ((Number) value).doubleValue();
      if (Double.isNaN(v) || Double.isInfinite(v)) {
        throw SqlStates.create(describe(value) + " is not a number", SqlStates.BAD_VALUE, null);
      }
      return BigDecimal.valueOf(v);
    }
    if (value instanceof Number n) {
      return BigDecimal.valueOf(n.longValue());
    }
    if (value instanceof Boolean b) {
      return b ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    if (value instanceof CharSequence s) {
      return new BigDecimal(s.toString().strip());
    }
    throw SqlStates.create("cannot use " + describe(value) + " as a number",
        SqlStates.BAD_VALUE, null);
  }

  private static Boolean bool(Object value) throws SQLException {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof Number n) {
      return decimal(n).signum() != 0;
    }
    String s = String.valueOf(value).strip();
    if (s.equalsIgnoreCase("true") || s.equals("1")) {
      return true;
    }
    if (s.equalsIgnoreCase("false") || s.equals("0")) {
      return false;
    }
    throw SqlStates.create("cannot use " + describe(value) + " as BOOLEAN",
        SqlStates.BAD_VALUE, null);
  }

  private static String string(Object value) throws SQLException {
    if (value instanceof byte[] || value instanceof java.sql.Blob) {
      throw SqlStates.create("cannot use " + describe(value) + " as VARCHAR",
          SqlStates.BAD_VALUE, null);
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return value.toString();
  }

  private static Timestamp timestamp(Object value) throws SQLException {
    Instant instant;
    if (value instanceof Timestamp t) {
      return t;
    } else if (value instanceof java.util.Date d) {
      instant = Instant.ofEpochMilli(d.getTime());
    } else if (value instanceof Instant i) {
      instant = i;
    } else if (value instanceof LocalDateTime l) {
      instant = l.toInstant(ZoneOffset.UTC);
    } else if (value instanceof LocalDate l) {
      instant = l.atStartOfDay().toInstant(ZoneOffset.UTC);
    } else if (value instanceof OffsetDateTime o) {
      instant = o.toInstant();
    } else if (value instanceof ZonedDateTime z) {
      instant = z.toInstant();
    } else if (value instanceof Long || value instanceof Integer) {
      instant = Instant.ofEpochMilli(((Number) value).longValue());
    } else if (value instanceof CharSequence s) {
      instant = parseInstant(s.toString().strip());
    } else {
      throw SqlStates.create("cannot use " + describe(value) + " as TIMESTAMP",
          SqlStates.BAD_VALUE, null);
    }
    return Timestamp.from(instant);
  }

  /** "2024-05-01 10:00:00", "2024-05-01T10:00:00" (UTC), or either with an offset or Z. */
  private static Instant parseInstant(String s) {
    String iso = s.length() > 10 && s.charAt(10) == ' '
        ? s.substring(0, 10) + 'T' + s.substring(11) : s;
    try {
      return OffsetDateTime.parse(iso).toInstant();
    } catch (DateTimeParseException e) {
      if (iso.length() == 10) {
        return LocalDate.parse(iso).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
    }
  }

  private static String describe(Object value) {
    String text = String.valueOf(value);
    if (text.length() > 40) {
      text = text.substring(0, 40) + "...";
    }
    return value.getClass().getSimpleName() + " '" + text + "'";
  }

  private static String typeName(int sqlType) {
    try {
      return java.sql.JDBCType.valueOf(sqlType).getName();
    } catch (IllegalArgumentException e) {
      return "type " + sqlType;
    }
  }
}
