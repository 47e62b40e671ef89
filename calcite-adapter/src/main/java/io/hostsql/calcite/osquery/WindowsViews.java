package io.hostsql.calcite.osquery;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The osquery views of the Windows tables: osquery's column names, types and texts over the
 * {@code os} tables that use psutil's. Registered only where those tables are (a Windows
 * schema). Values the reader could not get stay NULL, as in the other views.
 */
final class WindowsViews {
  private static final Map<String, String> VIEWS = new LinkedHashMap<>();

  static {
    VIEWS.put("services", """
        -- osquery's texts: status and start type in capitals as the SDK names them, pid 0
        -- for a service that is not running, path and user_account for binpath and username.
        -- The exit codes are DWORDs (an NTSTATUS such as 0xC0000005 among them): INTEGER
        -- holds them as a C int does, negative past 2^31 - 1, where a CAST would fail.
        SELECT "name", "service_type", "display_name", UPPER("status") AS "status",
          COALESCE("pid", 0) AS "pid",
          CASE "start_type" WHEN 'automatic' THEN 'AUTO_START'
            WHEN 'manual' THEN 'DEMAND_START' WHEN 'disabled' THEN 'DISABLED'
            WHEN 'boot' THEN 'BOOT_START' WHEN 'system' THEN 'SYSTEM_START'
            ELSE UPPER("start_type") END AS "start_type",
          %s AS "win32_exit_code", %s AS "service_exit_code",
          "binpath" AS "path", "module_path", "description", "username" AS "user_account"
        FROM "os"."windows_services"
        """.formatted(CInt.of("win32_exit_code"), CInt.of("service_exit_code")));
  }

  private WindowsViews() {
  }

  /** Each view's name and SQL, in declaration order; OsqueryViews registers them. */
  static Map<String, String> views() {
    return java.util.Collections.unmodifiableMap(VIEWS);
  }
}
