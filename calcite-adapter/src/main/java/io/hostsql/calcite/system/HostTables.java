package io.hostsql.calcite.system;

import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.DOUBLE;
import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;
import static org.apache.calcite.sql.type.SqlTypeName.TIMESTAMP;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.SystemTable;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.OsFamily;
import io.hostsql.os.Account;
import io.hostsql.os.Accounts;
import io.hostsql.os.Cpu;
import io.hostsql.os.Dmi;
import io.hostsql.os.Host;
import io.hostsql.os.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The host tables: users, host, user_accounts, os_release and dmi. */
public final class HostTables {
  /**
   * The machine's facts, read together; os-release only when a column asks for it (Windows has
   * none, and its other facts must not fail for it).
   */
  record Facts(Host host, Cpu cpu, java.util.function.Supplier<Map<String, String>> release) {
    Map<String, String> osRelease() {
      return release.get();
    }
  }

  private HostTables() {
  }

  static final TableDef<User> USERS = new TableDef<>("users",
      "Users logged in now (utmp USER_PROCESS records), as who lists them.", new Columns<User>()
          .add("name", VARCHAR, "", FetchGroup.SYSTEM, "User name.", User::name)
          .add("terminal", VARCHAR, "", FetchGroup.SYSTEM, "The tty (pts/0), or NULL.",
              User::terminal).on(OsFamily.LINUX)
          .add("host", VARCHAR, "", FetchGroup.SYSTEM, "Remote host; localhost for a local "
              + "display.", User::host)
          .add("started", TIMESTAMP, "UTC", FetchGroup.SYSTEM, "When the session started.",
              u -> u.started() * 1000)
          .add("pid", INTEGER, "", FetchGroup.SYSTEM, "The login process.", User::pid)
          .on(OsFamily.LINUX)
          .build(), List.of(), TableDef.LINUX_AND_WINDOWS);

  public static SystemTable<User> users(Host host) {
    return new SystemTable<>(USERS, host::users);
  }

  static final TableDef<Facts> HOST = new TableDef<>("host",
      "The machine itself (one row): names, OS, kernel, boot time and CPU counts.",
      new Columns<Facts>()
          .add("hostname", VARCHAR, "", FetchGroup.SYSTEM, "Host name.",
              f -> f.host().hostname())
          .add("os_name", VARCHAR, "", FetchGroup.SYSTEM, "OS name (os-release NAME).",
              f -> f.osRelease().get("NAME"))
          .on(OsFamily.LINUX)
          .add("os_version", VARCHAR, "", FetchGroup.SYSTEM, "OS version (os-release "
              + "VERSION_ID).", f -> f.osRelease().get("VERSION_ID"))
          .on(OsFamily.LINUX)
          .add("os_pretty_name", VARCHAR, "", FetchGroup.SYSTEM, "os-release PRETTY_NAME.",
              f -> f.osRelease().get("PRETTY_NAME"))
          .on(OsFamily.LINUX)
          .add("kernel_release", VARCHAR, "", FetchGroup.SYSTEM, "uname -r.",
              f -> f.host().kernelRelease())
          .on(OsFamily.LINUX)
          .add("kernel_version", VARCHAR, "", FetchGroup.SYSTEM, "uname -v.",
              f -> f.host().kernelVersion())
          .on(OsFamily.LINUX)
          .add("boot_time", TIMESTAMP, "UTC", FetchGroup.SYSTEM, "When the machine booted.",
              f -> f.host().bootTime().toEpochMilli())
          .add("uptime", DOUBLE, "seconds", FetchGroup.SYSTEM, "Time since boot.",
              f -> f.host().uptime().toMillis() / 1000.0)
          .add("cpu_count_logical", INTEGER, "", FetchGroup.SYSTEM, "Logical CPUs online.",
              f -> f.cpu().count(true))
          .add("cpu_count_physical", INTEGER, "", FetchGroup.SYSTEM, "Physical cores, or NULL "
              + "when unknown.", f -> f.cpu().count(false))
          .add("cpu_sockets", INTEGER, "", FetchGroup.SYSTEM, "Processor packages, or NULL "
              + "when unknown.", f -> f.cpu().sockets())
          .add("cpu_brand", VARCHAR, "", FetchGroup.SYSTEM, "The processor's model name "
              + "(/proc/cpuinfo), or NULL.", f -> f.cpu().brand())
          .add("machine", VARCHAR, "", FetchGroup.SYSTEM, "Hardware name, uname -m "
              + "(x86_64, aarch64).", f -> f.host().machine())
          .build(), List.of(), TableDef.LINUX_AND_WINDOWS);

  public static SystemTable<Facts> host(Host host, Cpu cpu) {
    return new SystemTable<>(HOST, () -> List.of(new Facts(host, cpu,
        com.google.common.base.Suppliers.memoize(host::osRelease))));
  }

  static final TableDef<Account> ACCOUNTS = new TableDef<>("user_accounts",
      "Local user accounts: every entry of /etc/passwd, read as a file so that a directory "
          + "service is never asked to list its users.", new Columns<Account>()
          .add("name", VARCHAR, "", FetchGroup.SYSTEM, "Login name.", Account::name)
          .add("uid", BIGINT, "", FetchGroup.SYSTEM, "User id.", Account::uid)
          .add("gid", BIGINT, "", FetchGroup.SYSTEM, "Primary group id.", Account::gid)
          .add("gecos", VARCHAR, "", FetchGroup.SYSTEM, "Comment, usually the full name.",
              Account::gecos)
          .add("home", VARCHAR, "", FetchGroup.SYSTEM, "Home directory.", Account::home)
          .add("shell", VARCHAR, "", FetchGroup.SYSTEM, "Login shell; nologin or false for "
              + "accounts that cannot log in.", Account::shell)
          .build(), List.of());

  public static io.hostsql.calcite.table.ParsedTable<Account> accounts(Accounts accounts) {
    // A malformed passwd line is an SQLWarning, the other accounts still rows.
    return new io.hostsql.calcite.table.ParsedTable<>(ACCOUNTS, keys -> accounts.read());
  }

  static final TableDef<Map.Entry<String, String>> OS_RELEASE = new TableDef<>("os_release",
      "The distribution's identity, one row per field of /etc/os-release (NAME, VERSION_ID, "
          + "ID, ID_LIKE, VERSION_CODENAME...), unquoted.", new Columns<Map.Entry<String, String>>()
          .key("name", VARCHAR, "The field.", Map.Entry::getKey)
          .add("value", VARCHAR, "", FetchGroup.SYSTEM, "Its value.", Map.Entry::getValue)
          .build(), List.of("name"));

  public static SystemTable<Map.Entry<String, String>> osRelease(Host host) {
    return new SystemTable<>(OS_RELEASE, () -> new ArrayList<>(
        new java.util.TreeMap<>(host.osRelease()).entrySet()));
  }

  static final TableDef<Map.Entry<String, String>> DMI = new TableDef<>("dmi",
      "The firmware's description of the machine (/sys/class/dmi/id), one row per field: "
          + "sys_vendor, product_name, product_version, board_vendor... Serials and "
          + "product_uuid are root-only and absent otherwise; empty without DMI (containers, "
          + "some virtual machines).", new Columns<Map.Entry<String, String>>()
          .key("name", VARCHAR, "The field (file name).", Map.Entry::getKey)
          .add("value", VARCHAR, "", FetchGroup.SYSTEM, "Its value.", Map.Entry::getValue)
          .build(), List.of("name"));

  public static SystemTable<Map.Entry<String, String>> dmi(Dmi dmi) {
    return new SystemTable<>(DMI, () -> new ArrayList<>(dmi.fields().entrySet()));
  }
}
