package io.hostsql.calcite.audit;

import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.ParsedTable;
import io.hostsql.calcite.table.SystemTable;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.Kernel;
import io.hostsql.os.KernelInfo;
import io.hostsql.os.KernelModule;
import io.hostsql.os.SystemControl;
import java.util.List;

/** The kernel tables (Linux): kernel_modules, kernel_info and system_controls. */
public final class KernelTables {
  private KernelTables() {
  }

  static final TableDef<KernelModule> MODULES = new TableDef<>("kernel_modules",
      "Loaded kernel modules (/proc/modules, what lsmod lists); empty on a kernel built "
          + "without module support. Linux.", new Columns<KernelModule>()
          .key("name", VARCHAR, "Module name.", KernelModule::name)
          .add("size", BIGINT, "bytes", FetchGroup.SYSTEM, "Memory the module takes.",
              KernelModule::size)
          .add("used_by", VARCHAR, "", FetchGroup.SYSTEM, "Modules using it, "
              + "comma-separated, or '-' for none.", KernelModule::usedBy)
          .add("status", VARCHAR, "", FetchGroup.SYSTEM, "Live, Loading or Unloading.",
              KernelModule::status)
          .add("address", VARCHAR, "", FetchGroup.SYSTEM, "Load address (0x...); NULL, with "
              + "a warning, where kernel.kptr_restrict hides it (from all but root).",
              KernelModule::address)
          .build(), List.of());

  /** kernel_modules over a kernel. */
  public static ParsedTable<KernelModule> modules(Kernel kernel) {
    return new ParsedTable<>(MODULES, keys -> kernel.modules());
  }

  static final TableDef<KernelInfo> INFO = new TableDef<>("kernel_info",
      "The running kernel (one row): its release and how it was booted (/proc/version, "
          + "/proc/cmdline). Linux.", new Columns<KernelInfo>()
          .add("version", VARCHAR, "", FetchGroup.SYSTEM, "Kernel release, as uname -r "
              + "prints it.", KernelInfo::version)
          .add("arguments", VARCHAR, "", FetchGroup.SYSTEM, "Boot command line without its "
              + "BOOT_IMAGE= and root= words.", KernelInfo::arguments)
          .add("path", VARCHAR, "", FetchGroup.SYSTEM, "The kernel image booted "
              + "(BOOT_IMAGE=), or NULL when the boot loader did not pass it.",
              KernelInfo::path)
          .add("device", VARCHAR, "", FetchGroup.SYSTEM, "The root device (root=), or NULL "
              + "when the command line does not name it.", KernelInfo::device)
          .build(), List.of());

  /** kernel_info over a kernel. */
  public static SystemTable<KernelInfo> info(Kernel kernel) {
    return new SystemTable<>(INFO, () -> List.of(kernel.info()));
  }

  static final TableDef<SystemControl> CONTROLS = new TableDef<>("system_controls",
      "Kernel parameters (/proc/sys, what sysctl -a lists) with the value the sysctl "
          + "configuration files (/etc/sysctl.conf, sysctl.d) set. name = '...' reads that one "
          + "parameter only. Linux.", new Columns<SystemControl>()
          .key("name", VARCHAR, "Dotted parameter name (net.ipv4.ip_forward).",
              SystemControl::name)
          .add("subsystem", VARCHAR, "", FetchGroup.SYSTEM, "First component of the name "
              + "(kernel, net, vm, fs...).", SystemControl::subsystem)
          .add("current_value", VARCHAR, "", FetchGroup.SYSTEM, "The value now, trimmed; "
              + "NULL for write-only parameters and, with a warning, for those only root may "
              + "read.", SystemControl::currentValue)
          .add("config_value", VARCHAR, "", FetchGroup.SYSTEM, "The value the configuration "
              + "files set, or NULL when none sets it.", SystemControl::configValue)
          .add("type", VARCHAR, "", FetchGroup.SYSTEM, "Always 'string' on Linux (procfs "
              + "does not type its values), as osquery reports.", c -> "string")
          .build(), List.of("name"));

  /** system_controls over a kernel. */
  public static ParsedTable<SystemControl> controls(Kernel kernel) {
    return new ParsedTable<>(CONTROLS, keys -> kernel.controls(keys.string("name")));
  }
}
