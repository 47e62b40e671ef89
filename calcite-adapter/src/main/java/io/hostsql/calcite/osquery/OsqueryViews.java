package io.hostsql.calcite.osquery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.schema.impl.ViewTable;

/**
 * The {@code osquery} schema: tables with osquery's names, column names, types and value
 * conventions (milliseconds, seconds since the epoch, state letters, -1 for unknown), each a
 * view over the {@code os} tables, so a filter on pid still reaches the native scan.
 *
 * <p>Each view is declared once below, as the SQL that derives it. Known differences from
 * osquery on Linux: {@code processes.name} is psutil's name (the kernel's comm completed from
 * the command line when truncated at 15 characters), and {@code root}, {@code pgroup} and the
 * hidden {@code cgroup_path} are not provided yet.
 */
public final class OsqueryViews {
  /** The schema's name. */
  public static final String NAME = "osquery";

  private static final Map<String, String> VIEWS = new LinkedHashMap<>();

  static {
    VIEWS.put("processes", """
        SELECT CAST("pid" AS BIGINT) AS "pid", "name", "exe" AS "path", "cmdline",
          CASE "status" WHEN 'running' THEN 'R' WHEN 'sleeping' THEN 'S'
            WHEN 'disk-sleep' THEN 'D' WHEN 'stopped' THEN 'T' WHEN 'tracing-stop' THEN 't'
            WHEN 'zombie' THEN 'Z' WHEN 'dead' THEN 'X' WHEN 'wake-kill' THEN 'K'
            WHEN 'waking' THEN 'W' WHEN 'parked' THEN 'P' WHEN 'idle' THEN 'I' END AS "state",
          "cwd",
          CAST("uid" AS BIGINT) AS "uid", CAST("gid" AS BIGINT) AS "gid",
          CAST("euid" AS BIGINT) AS "euid", CAST("egid" AS BIGINT) AS "egid",
          CAST("suid" AS BIGINT) AS "suid", CAST("sgid" AS BIGINT) AS "sgid",
          CASE WHEN "exe" IS NULL OR "exe" = '' THEN -1 WHEN "exe_deleted" THEN 0 ELSE 1 END
            AS "on_disk",
          CAST(0 AS BIGINT) AS "wired_size", "rss" AS "resident_size", "vms" AS "total_size",
          CAST(ROUND("cpu_user" * 1000) AS BIGINT) AS "user_time",
          CAST(ROUND("cpu_system" * 1000) AS BIGINT) AS "system_time",
          COALESCE("read_bytes", -1) AS "disk_bytes_read",
          COALESCE("write_bytes", -1) AS "disk_bytes_written",
          COALESCE(CAST(EXTRACT(EPOCH FROM "create_time") AS BIGINT), -1) AS "start_time",
          CAST("ppid" AS BIGINT) AS "parent", "num_threads" AS "threads", "nice"
        FROM "os"."processes"
        """);
    VIEWS.put("process_envs", """
        SELECT CAST("pid" AS BIGINT) AS "pid", "name" AS "key", "value"
        FROM "os"."process_environ"
        """);
    VIEWS.put("load_average", """
        -- osquery prints each average with six decimals (C++ std::to_string).
        SELECT CAST('1m' AS VARCHAR) AS "period", CAST(CAST("load1" AS DECIMAL(19, 6)) AS VARCHAR) AS "average"
        FROM "os"."load_average"
        UNION ALL SELECT '5m', CAST(CAST("load5" AS DECIMAL(19, 6)) AS VARCHAR)
        FROM "os"."load_average"
        UNION ALL SELECT '15m', CAST(CAST("load15" AS DECIMAL(19, 6)) AS VARCHAR)
        FROM "os"."load_average"
        """);
    VIEWS.put("uptime", """
        SELECT CAST("s" / 86400 AS INTEGER) AS "days",
          CAST(MOD("s", 86400) / 3600 AS INTEGER) AS "hours",
          CAST(MOD("s", 3600) / 60 AS INTEGER) AS "minutes",
          CAST(MOD("s", 60) AS INTEGER) AS "seconds",
          "s" AS "total_seconds"
        FROM (SELECT CAST(FLOOR("uptime") AS BIGINT) AS "s" FROM "os"."host")""");
  }

  private OsqueryViews() {
  }

  /** The names of the osquery tables provided, in declaration order. */
  public static List<String> names() {
    return List.copyOf(VIEWS.keySet());
  }

  /** Adds the {@code osquery} schema beside {@code os} under {@code root}. */
  public static void register(SchemaPlus root) {
    SchemaPlus schema = root.add(NAME, new AbstractSchema());
    VIEWS.forEach((name, sql) -> schema.add(name, ViewTable.viewMacro(schema, sql,
        List.of(), List.of(NAME, name), false)));
  }
}
