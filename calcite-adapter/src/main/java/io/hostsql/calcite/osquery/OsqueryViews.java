package io.hostsql.calcite.osquery;

import io.hostsql.calcite.functions.DeferredScalarFunction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.impl.ViewTable;

/**
 * The {@code osquery} schema: tables with osquery's names, column names, types and value
 * conventions (milliseconds, seconds since the epoch, state letters, -1 for unknown), each a
 * view over the {@code os} tables, so a filter on pid still reaches the native scan.
 *
 * <p>Each view is declared once below, as the SQL that derives it. Known differences from
 * osquery on Linux: {@code processes.name} is psutil's name (the kernel's comm completed from
 * the command line when truncated at 15 characters); {@code cgroup_path} is a plain column;
 * {@code logged_in_users} lists user sessions only (osquery adds login, boot and dead utmp
 * records); {@code net_namespace}, {@code interface_addresses.type},
 * {@code interface_details.pci_slot} and {@code mounts.device_alias} are not resolved
 * (empty, 'unknown', empty and the device itself), {@code collisions} is NULL.
 * {@code process_memory_map.inode} is BIGINT, as inode numbers outgrow 32 bits. Columns named
 * by SQL words ({@code time}, {@code offset}, {@code end}, {@code uuid}) need no quotes in
 * queries (hostsql's parser); the views below quote every name all the same.
 */
public final class OsqueryViews {
  /** The schema's name. */
  public static final String NAME = "osquery";

  /**
   * The views' SQL and the patterns that read it, in a holder: registering the schema on
   * connecting builds none of it (the views are made on first use, see OsquerySchema).
   */
  private static final class Declared {
    static final Map<String, String> VIEWS = declare();
    static final java.util.regex.Pattern READS = java.util.regex.Pattern.compile(
        "\"(os|osquery)\"\\.\"([a-z_0-9]+)\"");
    /** A quoted name that is not an alias the view gives. */
    static final java.util.regex.Pattern NAMED = java.util.regex.Pattern.compile(
        "(?<!AS )\"([a-z_0-9]+)\"");
  }

  private static Map<String, String> declare() {
    Map<String, String> views = new LinkedHashMap<>();
    views.put("processes", """
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
          CAST("ppid" AS BIGINT) AS "parent", CAST("pgid" AS BIGINT) AS "pgroup",
          "num_threads" AS "threads", "nice", "root", "cgroup" AS "cgroup_path"
        FROM "os"."processes"
        """);
    views.put("process_open_files", """
        -- osquery's Linux code (process_open_files.cpp) skips a descriptor whose link names
        -- a socket, a pipe or an anonymous inode anywhere in it, and one it cannot read.
        SELECT CAST("pid" AS BIGINT) AS "pid", CAST("fd" AS BIGINT) AS "fd", "target" AS "path"
        FROM "os"."process_fds"
        WHERE POSITION('socket:' IN "target") = 0 AND POSITION('pipe:' IN "target") = 0
          AND POSITION('anon_inode:' IN "target") = 0
        """);
    views.put("process_open_sockets", """
        -- Sockets no process can be seen owning keep pid -1, as osquery lists them.
        SELECT COALESCE("pid", -1) AS "pid", CAST(COALESCE("fd", -1) AS BIGINT) AS "fd",
          CAST("inode" AS BIGINT) AS "socket",
          CASE "family" WHEN 'inet' THEN 2 WHEN 'inet6' THEN 10 WHEN 'unix' THEN 1 END
            AS "family",
          CASE WHEN "family" = 'unix' THEN 0 WHEN "type" = 'stream' THEN 6
            WHEN "type" = 'dgram' THEN 17 ELSE 0 END AS "protocol",
          CASE WHEN "family" = 'unix' THEN '' ELSE "laddr_ip" END AS "local_address",
          CASE "family" WHEN 'unix' THEN '' WHEN 'inet' THEN COALESCE("raddr_ip", '0.0.0.0')
            ELSE COALESCE("raddr_ip", '::') END AS "remote_address",
          COALESCE("laddr_port", 0) AS "local_port", COALESCE("raddr_port", 0) AS "remote_port",
          CASE WHEN "family" = 'unix' THEN COALESCE("laddr_ip", '') ELSE '' END AS "path",
          CASE WHEN "family" <> 'unix' AND "type" = 'stream' THEN "status" ELSE '' END
            AS "state",
          '' AS "net_namespace"
        FROM "os"."net_connections"
        """);
    views.put("listening_ports", """
        -- osquery's rule: a bound inet socket with no peer, or a named unix socket.
        SELECT "pid", "local_port" AS "port", "protocol", "family",
          "local_address" AS "address", "fd", "socket", "path", "net_namespace"
        FROM "osquery"."process_open_sockets"
        WHERE "family" IN (2, 10) AND "remote_port" = 0 OR "family" = 1 AND "path" <> ''
        """);
    views.put("process_memory_map", """
        SELECT "pid", '0x' || "start_address" AS "start", '0x' || "end_address" AS "end",
          "perms" AS "permissions", "file_offset" AS "offset", "device", "inode", "path",
          CASE WHEN "inode" = 0 AND "path" <> '' THEN 1 ELSE 0 END AS "pseudo"
        FROM "os"."process_mappings"
        """);
    views.put("process_envs", """
        SELECT CAST("pid" AS BIGINT) AS "pid", "name" AS "key", "value"
        FROM "os"."process_environ"
        """);
    views.put("users", """
        SELECT "uid", "gid",
          CASE WHEN "uid" >= 2147483648 THEN "uid" - 4294967296 ELSE "uid" END
            AS "uid_signed",
          CASE WHEN "gid" >= 2147483648 THEN "gid" - 4294967296 ELSE "gid" END
            AS "gid_signed",
          "name" AS "username", "gecos" AS "description", "home" AS "directory", "shell",
          -- VARCHAR, not the literal's CHAR(0): JDBC reports that as CHAR of precision
          -- 2^31-1, and Avatica's stock client pads each value to it (out of memory).
          '' AS "uuid"
        FROM "os"."user_accounts"
        """);
    views.put("logged_in_users", """
        SELECT 'user' AS "type", "name" AS "user", COALESCE("terminal", '') AS "tty",
          COALESCE("host", '') AS "host",
          CAST(EXTRACT(EPOCH FROM "started") AS BIGINT) AS "time", "pid"
        FROM "os"."users"
        """);
    views.put("mounts", """
        SELECT "device", "device" AS "device_alias", "mountpoint" AS "path",
          "fstype" AS "type", "block_size" AS "blocks_size", "blocks", "blocks_free",
          "blocks_available", "inodes", "inodes_free", "opts" AS "flags"
        FROM "os"."mounts"
        """);
    views.put("interface_addresses", """
        SELECT "nic" AS "interface", "address", COALESCE("netmask", '') AS "mask",
          COALESCE("broadcast", '') AS "broadcast", COALESCE("ptp", '') AS "point_to_point",
          'unknown' AS "type"
        FROM "os"."net_if_addrs"
        WHERE "family" IN ('inet', 'inet6')
        """);
    views.put("interface_details", """
        SELECT "s"."nic" AS "interface", COALESCE("a"."address", '') AS "mac",
          "s"."hw_type" AS "type", "s"."mtu", 0 AS "metric", "s"."flag_bits" AS "flags",
          "io"."packets_recv" AS "ipackets", "io"."packets_sent" AS "opackets",
          "io"."bytes_recv" AS "ibytes", "io"."bytes_sent" AS "obytes",
          "io"."errin" AS "ierrors", "io"."errout" AS "oerrors",
          "io"."dropin" AS "idrops", "io"."dropout" AS "odrops",
          CAST(NULL AS BIGINT) AS "collisions", CAST(-1 AS BIGINT) AS "last_change",
          CAST("s"."speed" AS BIGINT) AS "link_speed", '' AS "pci_slot"
        FROM "os"."net_if_stats" AS "s"
        LEFT JOIN "os"."net_if_addrs" AS "a" ON "a"."nic" = "s"."nic" AND "a"."family" = 'link'
        LEFT JOIN "os"."net_io_counters" AS "io" ON "io"."nic" = "s"."nic"
        """);
    views.put("system_info", """
        SELECT "h"."hostname", COALESCE("d"."product_uuid", '') AS "uuid",
          "h"."machine" AS "cpu_type", COALESCE("c"."model", '') AS "cpu_subtype",
          COALESCE("h"."cpu_brand", '') AS "cpu_brand",
          "h"."cpu_count_physical" AS "cpu_physical_cores",
          "h"."cpu_count_logical" AS "cpu_logical_cores", "h"."cpu_sockets",
          COALESCE("c"."microcode", '') AS "cpu_microcode", "m"."total" AS "physical_memory",
          COALESCE("d"."sys_vendor", '') AS "hardware_vendor",
          COALESCE("d"."product_name", '') AS "hardware_model",
          COALESCE("d"."product_version", '') AS "hardware_version",
          COALESCE("d"."product_serial", '') AS "hardware_serial",
          COALESCE("d"."board_vendor", '') AS "board_vendor",
          COALESCE("d"."board_name", '') AS "board_model",
          COALESCE("d"."board_version", '') AS "board_version",
          COALESCE("d"."board_serial", '') AS "board_serial",
          "h"."hostname" AS "computer_name", "h"."hostname" AS "local_hostname"
        FROM "os"."host" AS "h"
        CROSS JOIN "os"."virtual_memory" AS "m"
        CROSS JOIN """ + pivot("dmi", "product_uuid", "sys_vendor", "product_name",
            "product_version", "product_serial", "board_vendor", "board_name", "board_version",
            "board_serial") + """
         AS "d"
        CROSS JOIN (SELECT MAX("model") AS "model", MAX("microcode") AS "microcode"
          FROM "os"."cpu_info" WHERE "cpu" = 0) AS "c"
        """);
    views.put("os_version", """
        SELECT COALESCE("r"."NAME", '') AS "name", COALESCE("r"."VERSION", '') AS "version",
          "osquery"."version_part"("r"."VERSION_ID", 1) AS "major",
          COALESCE("osquery"."version_part"("r"."VERSION_ID", 2), 0) AS "minor",
          COALESCE("osquery"."version_part"("r"."VERSION_ID", 3), 0) AS "patch",
          COALESCE("r"."BUILD_ID", '') AS "build", COALESCE("r"."ID", '') AS "platform",
          COALESCE("r"."ID_LIKE", '') AS "platform_like",
          COALESCE("r"."VERSION_CODENAME", '') AS "codename", "h"."machine" AS "arch"
        FROM "os"."host" AS "h"
        CROSS JOIN """ + pivot("os_release", "NAME", "VERSION", "VERSION_ID", "BUILD_ID", "ID",
            "ID_LIKE", "VERSION_CODENAME") + " AS \"r\"");
    views.put("cpu_time", """
        -- osquery reports /proc/stat's clock ticks (USER_HZ, 100 a second on Linux), per core.
        SELECT CAST("cpu" AS INTEGER) AS "core",
          CAST(ROUND("user_time" * 100) AS BIGINT) AS "user",
          CAST(ROUND("nice" * 100) AS BIGINT) AS "nice",
          CAST(ROUND("system" * 100) AS BIGINT) AS "system",
          CAST(ROUND("idle" * 100) AS BIGINT) AS "idle",
          CAST(ROUND("iowait" * 100) AS BIGINT) AS "iowait",
          CAST(ROUND("irq" * 100) AS BIGINT) AS "irq",
          CAST(ROUND("softirq" * 100) AS BIGINT) AS "softirq",
          CAST(ROUND("steal" * 100) AS BIGINT) AS "steal",
          CAST(ROUND("guest" * 100) AS BIGINT) AS "guest",
          CAST(ROUND("guest_nice" * 100) AS BIGINT) AS "guest_nice"
        FROM "os"."cpu_times" WHERE "cpu" <> 'total'
        """);
    views.put("memory_info", """
        -- The kernel's own figures: cached is meminfo's Cached, not psutil's.
        SELECT "MemTotal" AS "memory_total", "MemFree" AS "memory_free",
          "MemAvailable" AS "memory_available", "Buffers" AS "buffers", "Cached" AS "cached",
          "SwapCached" AS "swap_cached", "Active" AS "active", "Inactive" AS "inactive",
          "SwapTotal" AS "swap_total", "SwapFree" AS "swap_free"
        FROM """ + pivot("meminfo", "MemTotal", "MemFree", "MemAvailable", "Buffers", "Cached",
            "SwapCached", "Active", "Inactive", "SwapTotal", "SwapFree") + " AS \"m\"");
    views.put("load_average", """
        -- osquery prints each average as C++'s std::to_string does: six decimals, a leading
        -- zero below 1 (Calcite's DECIMAL-to-text cast drops it).
        SELECT CAST('1m' AS VARCHAR) AS "period", "osquery"."std_to_string"("load1") AS "average"
        FROM "os"."load_average"
        UNION ALL SELECT '5m', "osquery"."std_to_string"("load5") FROM "os"."load_average"
        UNION ALL SELECT '15m', "osquery"."std_to_string"("load15") FROM "os"."load_average"
        """);
    views.put("file", """
        -- osquery on Linux reports no birth time (btime 0) and device as st_rdev.
        SELECT "path", "directory", "filename", "inode", "uid", "gid", "mode", "device",
          "size", "block_size", "atime", "mtime", "ctime", CAST(0 AS BIGINT) AS "btime",
          "hard_links", "symlink", "type", "symlink_target_path"
        FROM "os"."files"
        """);
    views.put("hash", """
        SELECT "path", "directory", "md5", "sha1", "sha256", "ssdeep" FROM "os"."file_hashes"
        """);
    views.put("uptime", """
        SELECT CAST("s" / 86400 AS INTEGER) AS "days",
          CAST(MOD("s", 86400) / 3600 AS INTEGER) AS "hours",
          CAST(MOD("s", 3600) / 60 AS INTEGER) AS "minutes",
          CAST(MOD("s", 60) AS INTEGER) AS "seconds",
          "s" AS "total_seconds"
        FROM (SELECT CAST(FLOOR("uptime") AS BIGINT) AS "s" FROM "os"."host")""");
    return views;
  }

  private OsqueryViews() {
  }

  /**
   * One row of a name/value table turned into columns: {@code (SELECT MAX(CASE "name" WHEN
   * 'k' THEN "value" END) AS "k", ...)}; NULLs where a name is absent.
   */
  private static String pivot(String table, String... names) {
    StringBuilder b = new StringBuilder("(SELECT ");
    for (int i = 0; i < names.length; i++) {
      b.append(i == 0 ? "" : ", ").append("MAX(CASE \"name\" WHEN '").append(names[i])
          .append("' THEN \"value\" END) AS \"").append(names[i]).append('"');
    }
    return b.append(" FROM \"os\".\"").append(table).append("\")").toString();
  }

  /** The names of the osquery tables provided, in declaration order. */
  public static List<String> names() {
    return List.copyOf(Declared.VIEWS.keySet());
  }

  /**
   * Adds the {@code osquery} schema beside {@code os} under {@code root}; its views and tables
   * are made when first listed or looked up ({@link OsquerySchema}).
   */
  public static void register(SchemaPlus root) {
    io.hostsql.calcite.OsSchema.lookUpLazily(org.apache.calcite.jdbc.CalciteSchema.from(root));
    SchemaPlus schema = new OsquerySchema(self -> tables(root, self)).addTo(root, NAME);
    schema.add("version_part", new DeferredScalarFunction(VersionPart.class, "version_part"));
    schema.add("std_to_string", new DeferredScalarFunction(StdToString.class, "std_to_string"));
  }

  /** The views whose os tables are there, then osquery's own tables. */
  private static Map<String, org.apache.calcite.schema.Table> tables(SchemaPlus root,
      SchemaPlus schema) {
    SchemaPlus os = root.getSubSchema(io.hostsql.calcite.OsSchema.NAME);
    java.util.Set<String> added = new java.util.HashSet<>();
    Map<String, String> all = new LinkedHashMap<>(Declared.VIEWS);
    all.putAll(AuditViews.views());
    all.putAll(SoftwareViews.views());
    all.putAll(DeviceViews.views());
    all.putAll(WindowsViews.views());
    Map<String, org.apache.calcite.schema.Table> out = new LinkedHashMap<>();
    all.forEach((name, sql) -> {
      if (readable(sql, os, added, all)) {
        out.put(name, new LazyView(ViewTable.viewMacro(schema, sql, List.of(),
            List.of(NAME, name), false)));
        added.add(name);
      }
    });
    out.putAll(OsqueryTables.all());
    return out;
  }


  /**
   * Whether every table the view reads is there: a view over a table the server denies is left
   * out, so that metadata calls listing the schema neither fail on it nor show it. Views read
   * earlier views only (declaration order).
   */
  private static boolean readable(String sql, SchemaPlus os, java.util.Set<String> added,
      Map<String, String> views) {
    java.util.regex.Matcher m = Declared.READS.matcher(sql);
    java.util.Set<String> absent = new java.util.HashSet<>();
    while (m.find()) {
      boolean there = m.group(1).equals("os")
          ? os == null || os.getTableNames().contains(m.group(2))
          : !views.containsKey(m.group(2)) || added.contains(m.group(2)); // or a function
      if (!there) {
        return false;
      }
      if (m.group(1).equals("os") && os != null) {
        io.hostsql.calcite.OsSchema schema = unwrap(os);
        if (schema != null) {
          absent.addAll(schema.absentColumns(m.group(2)));
        }
      }
    }
    if (!absent.isEmpty()) {
      // A view naming a column its table lacks on this platform (a Linux-only column on
      // Windows) would not plan: it is not offered. Names after AS are the view's own.
      java.util.regex.Matcher c = Declared.NAMED.matcher(sql);
      while (c.find()) {
        if (absent.contains(c.group(1))) {
          return false;
        }
      }
    }
    return true;
  }


  private static io.hostsql.calcite.OsSchema unwrap(SchemaPlus os) {
    try {
      return os.unwrap(io.hostsql.calcite.OsSchema.class);
    } catch (ClassCastException e) {
      return null;
    }
  }
}
