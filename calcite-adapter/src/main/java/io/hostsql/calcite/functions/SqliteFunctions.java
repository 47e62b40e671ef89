package io.hostsql.calcite.functions;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.calcite.schema.SchemaPlus;

/**
 * SQLite's date functions that osquery queries use, so they run unchanged:
 * {@code datetime(start_time, 'unixepoch')} gives {@code 2026-11-26 18:01:07} (UTC).
 */
public final class SqliteFunctions {
  /** A holder: registering the functions on connecting builds no formatter. */
  private static final class Format {
    static final DateTimeFormatter UTC =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
  }

  private SqliteFunctions() {
  }

  /** Adds the functions to {@code root}, where every query finds them. */
  public static void register(SchemaPlus root) {
    root.add("datetime", new DeferredScalarFunction(SqliteFunctions.class, "datetime"));
    KeptLike.register(root);
  }

  /**
   * {@code datetime(seconds, 'unixepoch')}: seconds since the epoch as SQLite prints a UTC
   * date and time. NULL for NULL, and, as SQLite answers a modifier it cannot apply, NULL for
   * any other modifier (only 'unixepoch' is implemented).
   */
  public static String datetime(Long seconds, String modifier) {
    if (seconds == null || !"unixepoch".equalsIgnoreCase(modifier)) {
      return null;
    }
    return Format.UTC.format(Instant.ofEpochSecond(seconds));
  }
}
