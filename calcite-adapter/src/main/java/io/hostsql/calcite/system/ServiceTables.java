package io.hostsql.calcite.system;

import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.ParsedTable;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.OsFamily;
import io.hostsql.os.Services;
import io.hostsql.os.WindowsService;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** windows_services: psutil's win_service_iter() through the service control manager. */
public final class ServiceTables {
  private static final FetchGroup G = FetchGroup.SYSTEM;

  private ServiceTables() {
  }

  static final TableDef<WindowsService> SERVICES = new TableDef<>("windows_services",
      "Installed Windows services (Win32 services, not drivers), as psutil's "
          + "win_service_iter() gives them: the service control manager's listing with each "
          + "service's configuration and description. A service whose configuration is refused "
          + "keeps its name, status and pid with the rest NULL, and a service deleted while it "
          + "is read is left out, each with a warning. name = '...' and name IN (...) open "
          + "those services by name instead of listing all (names as the listing spells them). "
          + "Windows.", new Columns<WindowsService>()
          .key("name", VARCHAR, "Service name, what win_service_get() takes (RpcSs).",
              WindowsService::name)
          .add("display_name", VARCHAR, "", G, "Name the Services console shows.",
              WindowsService::displayName)
          .add("binpath", VARCHAR, "", G, "Command line the service control manager starts "
              + "(lpBinaryPathName).", WindowsService::binpath)
          .add("username", VARCHAR, "", G, "Account it runs as (LocalSystem, NT AUTHORITY\\"
              + "LocalService...).", WindowsService::username)
          .add("start_type", VARCHAR, "", G, "automatic, manual or disabled (boot and system "
              + "for drivers).", s -> s.startType() == null ? null : s.startType().label())
          .add("pid", INTEGER, "", G, "Process it runs in; NULL when not running.",
              WindowsService::pid)
          .add("status", VARCHAR, "", G, "running, paused, start_pending, pause_pending, "
              + "continue_pending, stop_pending or stopped.", s -> s.status().label())
          .add("description", VARCHAR, "", G, "Long description; NULL when it has none.",
              WindowsService::description)
          .add("service_type", VARCHAR, "", G, "OWN_PROCESS, SHARE_PROCESS, "
              + "INTERACTIVE_PROCESS, OWN_PROCESS(Interactive), SHARE_PROCESS(Interactive) or "
              + "UNKNOWN, as osquery names the type bits.", WindowsService::serviceTypeName)
          .add("win32_exit_code", BIGINT, "", G, "Win32 error code it stopped with (1077: "
              + "never started).", WindowsService::win32ExitCode)
          .add("service_exit_code", BIGINT, "", G, "Its own exit code, meaningful when "
              + "win32_exit_code is 1066.", WindowsService::serviceExitCode)
          .add("module_path", VARCHAR, "", G, "ServiceDll of a shared-process service (the "
              + "Parameters registry key), as stored (%SystemRoot% unexpanded); NULL when it "
              + "has none.", WindowsService::modulePath)
          .build(), List.of("name"), Set.of(OsFamily.WINDOWS));

  /**
   * windows_services over the platform's services, asked for at scan time only (a platform
   * without services throws when asked, and still declares the table, for the docs).
   */
  public static ParsedTable<WindowsService> services(Supplier<Services> reader) {
    return new ParsedTable<>(SERVICES, keys -> {
      Services services = reader.get();
      Set<String> names = keys.strings("name");
      return names == null ? services.all() : services.named(names);
    });
  }
}
