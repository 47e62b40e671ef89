package io.hostsql.calcite.osquery;

import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.osquery.OsqueryRuntime.ScheduledQuery;
import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.SystemTable;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.Dmi;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The osquery schema's tables that are not views over {@code os}: {@code time} (the clock, as
 * osquery's time.cpp prints it), {@code osquery_info} and {@code osquery_schedule} (from
 * {@link OsqueryRuntime}), and {@code osquery_events} (hostsql has no event publishers, so it
 * is empty).
 */
final class OsqueryTables {
  private static final DateTimeFormatter ASCTIME =
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy 'UTC'", Locale.ENGLISH);
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);

  private OsqueryTables() {
  }

  /** One reading of the clock. */
  record Now(long epochSecond, ZonedDateTime utc, ZonedDateTime local) {
    static Now read() {
      Instant now = Instant.ofEpochSecond(Instant.now().getEpochSecond());
      return new Now(now.getEpochSecond(), now.atZone(ZoneOffset.UTC),
          now.atZone(ZoneId.systemDefault()));
    }
  }

  static final TableDef<Now> TIME = new TableDef<>("time", "The current date and time in "
      + "UTC, one row, as osquery's time table.", new Columns<Now>()
          .add("weekday", VARCHAR, "", FetchGroup.SYSTEM, "Day of the week (Sunday).",
              n -> n.utc().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
          .add("year", INTEGER, "", FetchGroup.SYSTEM, "Year.", n -> n.utc().getYear())
          .add("month", INTEGER, "", FetchGroup.SYSTEM, "Month, 1-12.",
              n -> n.utc().getMonthValue())
          .add("day", INTEGER, "", FetchGroup.SYSTEM, "Day of the month.",
              n -> n.utc().getDayOfMonth())
          .add("hour", INTEGER, "", FetchGroup.SYSTEM, "Hour, 0-23.", n -> n.utc().getHour())
          .add("minutes", INTEGER, "", FetchGroup.SYSTEM, "Minutes.", n -> n.utc().getMinute())
          .add("seconds", INTEGER, "", FetchGroup.SYSTEM, "Seconds.", n -> n.utc().getSecond())
          .add("timezone", VARCHAR, "", FetchGroup.SYSTEM, "Always UTC.", n -> "UTC")
          .add("local_timezone", VARCHAR, "", FetchGroup.SYSTEM, "The machine's zone "
              + "abbreviation now (strftime %Z).", n -> zoneAbbreviation(n.local()))
          .add("unix_time", INTEGER, "seconds since the epoch", FetchGroup.SYSTEM,
              "Now. INTEGER as osquery declares it; values past 2038 need BIGINT.",
              n -> (int) n.epochSecond())
          .add("timestamp", VARCHAR, "", FetchGroup.SYSTEM, "asctime in UTC (Sun Nov 29 "
              + "20:55:01 2026 UTC).", n -> ASCTIME.format(n.utc()))
          .add("datetime", VARCHAR, "", FetchGroup.SYSTEM, "ISO 8601 in UTC.",
              n -> ISO.format(n.utc()))
          .add("iso_8601", VARCHAR, "", FetchGroup.SYSTEM, "ISO 8601 in UTC.",
              n -> ISO.format(n.utc()))
          .build(), List.of());

  private static String zoneAbbreviation(ZonedDateTime t) {
    String z = DateTimeFormatter.ofPattern("zzz", Locale.ROOT).format(t);
    return z.isEmpty() ? "UTC" : z;
  }

  /** osquery_info's row: the runtime identity with this process's facts. */
  record Info(OsqueryRuntime.Identity id, long pid, long startTime, String uuid) {
  }

  static final TableDef<Info> INFO = new TableDef<>("osquery_info", "The program answering "
      + "these queries, in osquery_info's columns: hostsql's version, pid and start time, or "
      + "those a scheduler registered (OsqueryRuntime).", new Columns<Info>()
          .add("pid", INTEGER, "", FetchGroup.SYSTEM, "This process.", i -> (int) i.pid())
          .add("uuid", VARCHAR, "", FetchGroup.SYSTEM, "The machine's DMI product UUID, or "
              + "''.", Info::uuid)
          .add("instance_id", VARCHAR, "", FetchGroup.SYSTEM, "A random id of this run.",
              i -> i.id().instanceId())
          .add("version", VARCHAR, "", FetchGroup.SYSTEM, "hostsql's version.",
              i -> i.id().version())
          .add("config_hash", VARCHAR, "", FetchGroup.SYSTEM, "Hash of a scheduler's "
              + "configuration, else ''.", i -> i.id().configHash())
          .add("config_valid", INTEGER, "", FetchGroup.SYSTEM, "1 when a scheduler's "
              + "configuration is loaded, else 0.", i -> i.id().configValid() ? 1 : 0)
          .add("extensions", VARCHAR, "", FetchGroup.SYSTEM, "inactive: no extensions.",
              i -> i.id().extensions())
          .add("build_platform", VARCHAR, "", FetchGroup.SYSTEM, "linux.", i -> "linux")
          .add("build_distro", VARCHAR, "", FetchGroup.SYSTEM, "The JVM's os.arch.",
              i -> System.getProperty("os.arch"))
          .add("start_time", INTEGER, "seconds since the epoch", FetchGroup.SYSTEM,
              "When this process started.", i -> (int) i.startTime())
          .add("watcher", INTEGER, "", FetchGroup.SYSTEM, "-1: no watchdog process.",
              i -> -1)
          .add("platform_mask", INTEGER, "", FetchGroup.SYSTEM, "9: osquery's POSIX | LINUX.",
              i -> 9)
          .build(), List.of());

  static final TableDef<ScheduledQuery> SCHEDULE = new TableDef<>("osquery_schedule", "The "
      + "queries a scheduler runs on an interval, with their counters (OsqueryRuntime); "
      + "empty when none is registered.", new Columns<ScheduledQuery>()
          .add("name", VARCHAR, "", FetchGroup.SYSTEM, "Name.", ScheduledQuery::name)
          .add("query", VARCHAR, "", FetchGroup.SYSTEM, "SQL.", ScheduledQuery::query)
          .add("interval", INTEGER, "seconds", FetchGroup.SYSTEM, "Between runs.",
              ScheduledQuery::interval)
          .add("executions", BIGINT, "", FetchGroup.SYSTEM, "Runs.",
              ScheduledQuery::executions)
          .add("last_executed", BIGINT, "seconds since the epoch", FetchGroup.SYSTEM,
              "Last run.", ScheduledQuery::lastExecuted)
          .add("denylisted", INTEGER, "", FetchGroup.SYSTEM, "1 if kept from running.",
              q -> q.denylisted() ? 1 : 0)
          .add("output_size", BIGINT, "bytes", FetchGroup.SYSTEM, "Results produced.",
              ScheduledQuery::outputSize)
          .add("wall_time", BIGINT, "seconds", FetchGroup.SYSTEM, "Total wall time.",
              ScheduledQuery::wallTime)
          .add("wall_time_ms", BIGINT, "milliseconds", FetchGroup.SYSTEM, "Total wall time.",
              ScheduledQuery::wallTimeMs)
          .add("last_wall_time_ms", BIGINT, "milliseconds", FetchGroup.SYSTEM, "Last run.",
              ScheduledQuery::lastWallTimeMs)
          .add("user_time", BIGINT, "milliseconds", FetchGroup.SYSTEM, "Total user CPU.",
              ScheduledQuery::userTime)
          .add("last_user_time", BIGINT, "milliseconds", FetchGroup.SYSTEM, "Last run.",
              ScheduledQuery::lastUserTime)
          .add("system_time", BIGINT, "milliseconds", FetchGroup.SYSTEM, "Total system CPU.",
              ScheduledQuery::systemTime)
          .add("last_system_time", BIGINT, "milliseconds", FetchGroup.SYSTEM, "Last run.",
              ScheduledQuery::lastSystemTime)
          .add("average_memory", BIGINT, "bytes", FetchGroup.SYSTEM, "Average per run.",
              ScheduledQuery::averageMemory)
          .add("last_memory", BIGINT, "bytes", FetchGroup.SYSTEM, "Last run.",
              ScheduledQuery::lastMemory)
          .build(), List.of());

  /** An event publisher (none exist in hostsql). */
  record Publisher(String name, String publisher, String type, int subscriptions, int events,
      int refreshes, int active) {
  }

  static final TableDef<Publisher> EVENTS = new TableDef<>("osquery_events", "osquery's "
      + "event publishers and subscribers: hostsql has none, so this is empty.",
      new Columns<Publisher>()
          .add("name", VARCHAR, "", FetchGroup.SYSTEM, "Name.", Publisher::name)
          .add("publisher", VARCHAR, "", FetchGroup.SYSTEM, "Publisher.", Publisher::publisher)
          .add("type", VARCHAR, "", FetchGroup.SYSTEM, "publisher or subscriber.",
              Publisher::type)
          .add("subscriptions", INTEGER, "", FetchGroup.SYSTEM, "Subscriptions.",
              Publisher::subscriptions)
          .add("events", INTEGER, "", FetchGroup.SYSTEM, "Events.", Publisher::events)
          .add("refreshes", INTEGER, "", FetchGroup.SYSTEM, "Publisher run-loop restarts.",
              Publisher::refreshes)
          .add("active", INTEGER, "", FetchGroup.SYSTEM, "1 if active.", Publisher::active)
          .build(), List.of());

  /** The four tables by name. */
  static Map<String, SystemTable<?>> all() {
    long pid = ProcessHandle.current().pid();
    long start = ProcessHandle.current().info().startInstant()
        .map(Instant::getEpochSecond).orElse(0L);
    return Map.of(
        "time", new SystemTable<>(TIME, () -> List.of(Now.read())),
        "osquery_info", new SystemTable<>(INFO, () -> List.of(new Info(
            OsqueryRuntime.identity(), pid, start,
            Dmi.live().fields().getOrDefault("product_uuid", "")))),
        "osquery_schedule", new SystemTable<>(SCHEDULE, OsqueryRuntime::schedule),
        "osquery_events", new SystemTable<>(EVENTS, List::of));
  }
}
