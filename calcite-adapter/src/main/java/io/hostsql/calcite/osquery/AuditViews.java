package io.hostsql.calcite.osquery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.impl.ViewTable;

/**
 * The osquery views of the audit tables (kernel, network configuration, accounts...): osquery's
 * Linux column names and types over the {@code os} tables of {@code io.hostsql.calcite.audit},
 * which already use osquery's names where they are useful on their own. Values a reader could
 * not get stay NULL here too (osquery would give ''), so they cannot be mistaken for empty ones.
 */
final class AuditViews {
  private static final Map<String, String> VIEWS = new LinkedHashMap<>();

  static {
    VIEWS.put("kernel_modules", """
        SELECT "name", "size", "used_by", "status", "address" FROM "os"."kernel_modules"
        """);
    VIEWS.put("kernel_info", """
        SELECT "version", "arguments", "path", "device" FROM "os"."kernel_info"
        """);
    VIEWS.put("system_controls", """
        -- Linux has no numeric MIB for a parameter: oid is empty, as in osquery.
        SELECT "name", '' AS "oid", "subsystem", "current_value", "config_value", "type"
        FROM "os"."system_controls"
        """);
    VIEWS.put("etc_hosts", """
        SELECT "address", "hostnames" FROM "os"."etc_hosts"
        """);
    VIEWS.put("etc_services", """
        SELECT "name", "port", "protocol", "aliases", "comment" FROM "os"."etc_services"
        """);
    VIEWS.put("etc_protocols", """
        SELECT "name", "number", "alias", "comment" FROM "os"."etc_protocols"
        """);
    VIEWS.put("dns_resolvers", """
        SELECT "id", "type", "address", "netmask", "options" FROM "os"."dns_resolvers"
        """);
    VIEWS.put("routes", """
        -- The kernel's priority is unsigned 32-bit; osquery reads it as a C int, so that
        -- 4294967295 is -1 there (os.routes keeps the whole value).
        SELECT "destination", "netmask", COALESCE("gateway", '') AS "gateway",
          COALESCE("source", '') AS "source", "flags", COALESCE("interface", '') AS "interface",
          "mtu", %s AS "metric", "type", "hopcount"
        FROM "os"."routes"
        """.formatted(CInt.of("metric")));
    VIEWS.put("arp_cache", """
        -- osquery reads /proc/net/arp: IPv4 entries, '00:00:00:00:00:00' while unresolved.
        SELECT "address", COALESCE("mac", '00:00:00:00:00:00') AS "mac", "interface",
          "permanent"
        FROM "os"."arp_cache" WHERE "address" NOT LIKE '%:%'
        """);
    VIEWS.put("interface_ipv6", """
        SELECT "interface", "hop_limit", "forwarding_enabled", "redirect_accept",
          "rtadv_accept"
        FROM "os"."interface_ipv6"
        """);
    VIEWS.put("groups", """
        SELECT "gid", "gid_signed", "groupname" FROM "os"."local_groups"
        """);
    VIEWS.put("user_groups", """
        SELECT "uid", "gid" FROM "os"."user_groups"
        """);
    VIEWS.put("shadow", """
        SELECT "password_status", "hash_alg", "last_change", "min", "max", "warning",
          "inactive", "expire", "flag", "username"
        FROM "os"."shadow"
        """);
    VIEWS.put("last", """
        -- utmp's seconds are a signed 32-bit field that osquery and last read as such; any
        -- program in group utmp can write one past 2^31 - 1 (os.logins reads it unsigned).
        SELECT "username", "tty", "pid", "type", "type_name",
          %s AS "time", "host"
        FROM "os"."logins"
        """.formatted(CInt.of("login_time")));
    VIEWS.put("authorized_keys", """
        SELECT "uid", "algorithm", "key", "options", "comment", "key_file"
        FROM "os"."authorized_keys"
        """);
    VIEWS.put("known_hosts", """
        SELECT "uid", "key", "key_file" FROM "os"."known_hosts"
        """);
    VIEWS.put("shell_history", """
        -- A history's "#<seconds>" lines are the user's to write: a time INTEGER cannot hold is
        -- NULL here (the whole value in os.shell_history), never a failed query.
        SELECT "uid", CASE WHEN "command_time" BETWEEN -2147483648 AND 2147483647
            THEN CAST("command_time" AS INTEGER) END AS "time", "command", "history_file"
        FROM "os"."shell_history"
        """);
    VIEWS.put("crontab", """
        -- osquery keeps a system crontab's user field at the start of the command.
        SELECT COALESCE("event", '') AS "event", COALESCE("minute", '') AS "minute",
          COALESCE("hour", '') AS "hour", COALESCE("day_of_month", '') AS "day_of_month",
          COALESCE("month", '') AS "month", COALESCE("day_of_week", '') AS "day_of_week",
          CASE WHEN "system" THEN "username" || ' ' || "command" ELSE "command" END
            AS "command",
          "path"
        FROM "os"."crontab"
        """);
    VIEWS.put("sudoers", """
        SELECT "source", "header", "rule_details" FROM "os"."sudoers"
        """);
    VIEWS.put("deb_packages", """
        SELECT "name", "version", COALESCE("source", '') AS "source", "size", "arch",
          "revision", "status", "maintainer", COALESCE("section", '') AS "section",
          COALESCE("priority", '') AS "priority"
        FROM "os"."deb_packages"
        """);
    VIEWS.put("process_namespaces", """
        SELECT "pid", "cgroup_namespace", "ipc_namespace", "mnt_namespace", "net_namespace",
          "pid_namespace", "user_namespace", "uts_namespace"
        FROM "os"."process_namespaces"
        """);
    VIEWS.put("suid_bin", """
        SELECT "path", "username", "groupname", "permissions" FROM "os"."suid_bin"
        """);
  }

  private AuditViews() {
  }

  /** The names of the views, in declaration order. */
  static List<String> names() {
    return List.copyOf(VIEWS.keySet());
  }

  /** Each view's name and SQL, in declaration order; OsqueryViews registers them. */
  static Map<String, String> views() {
    return java.util.Collections.unmodifiableMap(VIEWS);
  }
}
