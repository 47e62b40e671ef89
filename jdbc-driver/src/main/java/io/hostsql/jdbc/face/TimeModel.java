package io.hostsql.jdbc.face;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * hostsql's one time model: a TIMESTAMP is a UTC wall time (the kernel's clock has no zone),
 * CURRENT_TIMESTAMP is UTC too (connections run with Calcite's timeZone=UTC), and a value is
 * handed to a client as the instant that wall time names, in whatever zone the client runs.
 */
public final class TimeModel {
  /** The zone every hostsql TIMESTAMP is a wall time in. */
  public static final String ZONE = "UTC";

  private TimeModel() {
  }

  /** A new calendar in UTC (Calendars are mutable: one per use). */
  public static Calendar utcCalendar() {
    return Calendar.getInstance(TimeZone.getTimeZone(ZONE), Locale.ROOT);
  }

  /**
   * What JDBC says setTimestamp(x, calendar) stores: x's wall time in the calendar's zone. As a
   * hostsql value that wall time is UTC, so a UTC calendar keeps x's instant.
   */
  static Timestamp wallIn(Timestamp x, Calendar calendar) {
    LocalDateTime wall = LocalDateTime.ofInstant(x.toInstant(),
        calendar.getTimeZone().toZoneId());
    return Timestamp.from(wall.toInstant(ZoneOffset.UTC));
  }

  /**
   * {@code instant} as {@code type} (Timestamp, Instant, OffsetDateTime, ZonedDateTime and
   * LocalDateTime in UTC, Long epoch milliseconds, java.util.Date), or null for another class.
   */
  static Object as(Timestamp instant, Class<?> type) {
    Instant i = instant.toInstant();
    if (type == Timestamp.class) {
      return instant;
    } else if (type == Instant.class) {
      return i;
    } else if (type == OffsetDateTime.class) {
      return i.atOffset(ZoneOffset.UTC);
    } else if (type == ZonedDateTime.class) {
      return i.atZone(ZoneOffset.UTC);
    } else if (type == LocalDateTime.class) {
      return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    } else if (type == java.time.LocalDate.class) {
      return LocalDateTime.ofInstant(i, ZoneOffset.UTC).toLocalDate();
    } else if (type == Long.class) {
      return instant.getTime();
    } else if (type == java.util.Date.class) {
      return new java.util.Date(instant.getTime());
    }
    return null;
  }
}
