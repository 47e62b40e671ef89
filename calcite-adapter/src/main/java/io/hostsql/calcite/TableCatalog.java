package io.hostsql.calcite;

import io.hostsql.calcite.audit.AccountTables;
import io.hostsql.calcite.audit.BrowserTables;
import io.hostsql.calcite.audit.DeviceTables;
import io.hostsql.calcite.audit.FirewallTables;
import io.hostsql.calcite.audit.FirmwareTables;
import io.hostsql.calcite.audit.KernelTables;
import io.hostsql.calcite.audit.NetConfigTables;
import io.hostsql.calcite.audit.PackageTables;
import io.hostsql.calcite.audit.PersistenceTables;
import io.hostsql.calcite.audit.ProcessNamespaces;
import io.hostsql.calcite.audit.ProcessPipes;
import io.hostsql.calcite.audit.SoftwareTables;
import io.hostsql.calcite.audit.UserFileTables;
import io.hostsql.calcite.files.FileHashesTable;
import io.hostsql.calcite.files.FilesTable;
import io.hostsql.calcite.net.NetConnectionsTable;
import io.hostsql.calcite.process.CpuPercentTracker;
import io.hostsql.calcite.process.ProcessAncestors;
import io.hostsql.calcite.process.ProcessArgs;
import io.hostsql.calcite.process.ProcessEnviron;
import io.hostsql.calcite.process.ProcessFds;
import io.hostsql.calcite.process.ProcessMappings;
import io.hostsql.calcite.process.ProcessMemoryMaps;
import io.hostsql.calcite.process.ProcessOpenFiles;
import io.hostsql.calcite.process.ProcessRlimits;
import io.hostsql.calcite.process.ProcessThreads;
import io.hostsql.calcite.process.ProcessesTable;
import io.hostsql.calcite.system.CpuTables;
import io.hostsql.calcite.system.DiskTables;
import io.hostsql.calcite.system.HostTables;
import io.hostsql.calcite.system.MemoryTables;
import io.hostsql.calcite.system.NetTables;
import io.hostsql.calcite.system.SensorTables;
import io.hostsql.calcite.system.ServiceTables;
import io.hostsql.calcite.table.OsTable;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.OsFamily;
import io.hostsql.os.Platform;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Every table of the os schema, named with its platforms before any is built, so that a
 * connection knows its table names (metadata, the plan cache's key, a view's check) without
 * loading and building some eighty tables, and a query builds only the ones it reads.
 *
 * <p>The names and platforms here repeat what each table's {@link TableDef} declares: a table
 * built under another name or for other platforms is refused when built, and
 * TableCatalogTest builds every entry. The entries are data and one switch, not a lambda each,
 * so that a connection spins no class for the tables it never reads.
 */
final class TableCatalog {
  private static final Set<OsFamily> LINUX = Set.of(OsFamily.LINUX);
  private static final Set<OsFamily> BOTH = TableDef.LINUX_AND_WINDOWS;
  private static final Set<OsFamily> WINDOWS = Set.of(OsFamily.WINDOWS);

  /**
   * Tables built together: one, or a group one method builds.
   *
   * @param names the tables' names, in the order they are documented
   * @param platforms the families that have them
   */
  record Entry(List<String> names, Set<OsFamily> platforms) {
  }

  /** Every entry, in the order the tables are documented (docs/tables.md). */
  static final List<Entry> ENTRIES = List.of(
      one(BOTH, "processes"), one(BOTH, "process_args"), one(BOTH, "process_environ"),
      one(BOTH, "process_open_files"), one(LINUX, "process_fds"),
      one(BOTH, "process_memory_maps"), one(LINUX, "process_mappings"),
      one(BOTH, "process_threads"), one(LINUX, "process_rlimits"),
      one(LINUX, "process_ancestors"), one(BOTH, "net_connections"),
      one(BOTH, "cpu_times"), one(BOTH, "cpu_times_percent"), one(BOTH, "cpu_stats"),
      one(BOTH, "cpu_freq"), one(LINUX, "load_average"), one(LINUX, "cpu_info"),
      one(BOTH, "virtual_memory"), one(BOTH, "swap_memory"), one(LINUX, "meminfo"),
      one(BOTH, "disk_partitions"), one(LINUX, "mounts"), one(BOTH, "disk_io_counters"),
      one(BOTH, "net_io_counters"), one(BOTH, "net_if_addrs"), one(BOTH, "net_if_stats"),
      one(LINUX, "sensors_temperatures"), one(LINUX, "sensors_fans"),
      one(BOTH, "sensors_battery"), one(BOTH, "users"), one(BOTH, "host"),
      one(LINUX, "os_release"), one(LINUX, "user_accounts"), one(LINUX, "dmi"),
      one(LINUX, "files"), one(LINUX, "file_hashes"),
      one(LINUX, "kernel_modules"), one(LINUX, "kernel_info"), one(LINUX, "system_controls"),
      one(LINUX, "etc_hosts"), one(LINUX, "etc_services"), one(LINUX, "etc_protocols"),
      one(LINUX, "dns_resolvers"), one(LINUX, "routes"), one(LINUX, "arp_cache"),
      one(LINUX, "interface_ipv6"), one(LINUX, "local_groups"), one(LINUX, "user_groups"),
      one(LINUX, "shadow"), one(LINUX, "logins"), one(LINUX, "authorized_keys"),
      one(LINUX, "known_hosts"), one(LINUX, "shell_history"), one(LINUX, "crontab"),
      one(LINUX, "sudoers"), one(LINUX, "suid_bin"), one(LINUX, "deb_packages"),
      new Entry(List.of("apt_sources", "yum_sources", "python_packages", "npm_packages",
          "portage_packages", "portage_use", "rpm_packages"), LINUX),
      new Entry(List.of("chrome_extensions", "firefox_addons"), LINUX),
      one(LINUX, "process_namespaces"), one(LINUX, "cpuid"), one(LINUX, "hardware_events"),
      one(LINUX, "pci_devices"), one(LINUX, "usb_devices"), one(LINUX, "block_devices"),
      one(LINUX, "disk_encryption"), one(LINUX, "acpi_tables"), one(LINUX, "smbios_tables"),
      one(LINUX, "iptables"), one(LINUX, "process_open_pipes"),
      one(WINDOWS, "windows_services"));

  private TableCatalog() {
  }

  private static Entry one(Set<OsFamily> platforms, String name) {
    return new Entry(List.of(name), platforms);
  }

  /**
   * Builds an entry's tables over {@code r}'s readers, each as declared (all platforms'
   * columns).
   *
   * @throws IllegalStateException when the tables built are not the ones the entry names, for
   *     the entry's platforms
   */
  static List<OsTable> build(Entry entry, Readers r) {
    List<OsTable> made = make(entry.names().get(0), r);
    List<String> names = new java.util.ArrayList<>();
    List<Set<OsFamily>> platforms = new java.util.ArrayList<>();
    boolean asListed = true;
    for (OsTable t : made) { // a loop, not a stream: a one-shot run spins no lambda for this
      names.add(t.definition().name());
      platforms.add(t.definition().platforms());
      asListed &= t.definition().platforms().equals(entry.platforms());
    }
    if (!asListed || !names.equals(entry.names())) {
      throw new IllegalStateException("the os schema's catalog lists " + entry
          + " but the tables built declare " + names + " for " + platforms);
    }
    return made;
  }

  private static List<OsTable> make(String first, Readers r) {
    Platform p = r.platform();
    return switch (first) {
      case "processes" -> List.of(
          new ProcessesTable(p.processes(), new CpuPercentTracker(r.samplingWindow())));
      case "process_args" -> List.of(ProcessArgs.table(p.processes()));
      case "process_environ" -> List.of(ProcessEnviron.table(p.processes()));
      case "process_open_files" -> List.of(ProcessOpenFiles.table(p.processes()));
      case "process_fds" -> List.of(ProcessFds.table(p.processes()));
      case "process_memory_maps" -> List.of(ProcessMemoryMaps.table(p.processes()));
      case "process_mappings" -> List.of(ProcessMappings.table(p.processes()));
      case "process_threads" -> List.of(ProcessThreads.table(p.processes()));
      case "process_rlimits" -> List.of(ProcessRlimits.table(p.processes()));
      case "process_ancestors" -> List.of(ProcessAncestors.table(p.processes()));
      case "net_connections" -> List.of(new NetConnectionsTable(p.processes(), r.net()));
      case "cpu_times" -> List.of(CpuTables.times(r.cpu()));
      case "cpu_times_percent" -> List.of(CpuTables.timesPercent(r.cpu(), r.samplingWindow()));
      case "cpu_stats" -> List.of(CpuTables.stats(r.cpu()));
      case "cpu_freq" -> List.of(CpuTables.freq(r.cpu()));
      case "load_average" -> List.of(CpuTables.load(r.cpu()));
      case "cpu_info" -> List.of(CpuTables.info(r.cpu()));
      case "virtual_memory" -> List.of(MemoryTables.virtual(r.memory()));
      case "swap_memory" -> List.of(MemoryTables.swap(r.memory()));
      case "meminfo" -> List.of(MemoryTables.meminfo(r.memory()));
      case "disk_partitions" -> List.of(DiskTables.partitions(r.disks()));
      case "mounts" -> List.of(DiskTables.mounts(r.disks()));
      case "disk_io_counters" -> List.of(DiskTables.io(r.disks()));
      case "net_io_counters" -> List.of(NetTables.io(r.net()));
      case "net_if_addrs" -> List.of(NetTables.addrs(r.net()));
      case "net_if_stats" -> List.of(NetTables.stats(r.net()));
      case "sensors_temperatures" -> List.of(SensorTables.temperatures(r.sensors()));
      case "sensors_fans" -> List.of(SensorTables.fans(r.sensors()));
      case "sensors_battery" -> List.of(SensorTables.battery(r.sensors()));
      case "users" -> List.of(HostTables.users(r.host()));
      case "host" -> List.of(HostTables.host(r.host(), r.cpu()));
      case "os_release" -> List.of(HostTables.osRelease(r.host()));
      case "user_accounts" -> List.of(HostTables.accounts(p.accounts()));
      case "dmi" -> List.of(HostTables.dmi(p.system().dmi()));
      case "files" -> List.of(new FilesTable(r.files()));
      case "file_hashes" -> List.of(new FileHashesTable(r.files()));
      case "kernel_modules" -> List.of(KernelTables.modules(r.kernel()));
      case "kernel_info" -> List.of(KernelTables.info(r.kernel()));
      case "system_controls" -> List.of(KernelTables.controls(r.kernel()));
      case "etc_hosts" -> List.of(NetConfigTables.hosts(r.netConfig()));
      case "etc_services" -> List.of(NetConfigTables.services(r.netConfig()));
      case "etc_protocols" -> List.of(NetConfigTables.protocols(r.netConfig()));
      case "dns_resolvers" -> List.of(NetConfigTables.resolvers(r.netConfig()));
      case "routes" -> List.of(NetConfigTables.routes(r.netConfig()));
      case "arp_cache" -> List.of(NetConfigTables.neighbours(r.netConfig()));
      case "interface_ipv6" -> List.of(NetConfigTables.ipv6(r.netConfig()));
      case "local_groups" -> List.of(AccountTables.groups(r.credentials()));
      case "user_groups" -> List.of(AccountTables.userGroups(r.credentials()));
      case "shadow" -> List.of(AccountTables.shadow(r.credentials()));
      case "logins" -> List.of(AccountTables.last(p.system().logins()));
      case "authorized_keys" -> List.of(UserFileTables.authorizedKeys(r.userFiles()));
      case "known_hosts" -> List.of(UserFileTables.knownHosts(r.userFiles()));
      case "shell_history" -> List.of(UserFileTables.shellHistory(r.userFiles()));
      case "crontab" -> List.of(PersistenceTables.crontab(r.persistence()));
      case "sudoers" -> List.of(PersistenceTables.sudoers(r.persistence()));
      case "suid_bin" -> List.of(PersistenceTables.suidBin(r.persistence()));
      case "deb_packages" -> List.of(PackageTables.deb(p.system().packages()));
      case "apt_sources" -> SoftwareTables.all(p.system().software());
      case "chrome_extensions" -> BrowserTables.all(p.system().browsers());
      case "process_namespaces" -> List.of(ProcessNamespaces.table(p.processes()));
      case "cpuid" -> List.of(DeviceTables.cpuid(r.hardware()));
      case "hardware_events" -> List.of(FirmwareTables.events());
      case "pci_devices" -> List.of(DeviceTables.pci(r.hardware()));
      case "usb_devices" -> List.of(DeviceTables.usb(r.hardware()));
      case "block_devices" -> List.of(DeviceTables.block(r.hardware()));
      case "disk_encryption" -> List.of(DeviceTables.encryption(r.hardware()));
      case "acpi_tables" -> List.of(FirmwareTables.acpi(r.hardware()));
      case "smbios_tables" -> List.of(FirmwareTables.smbios(r.hardware()));
      case "iptables" -> List.of(FirewallTables.rules(p.system().firewall()));
      case "process_open_pipes" -> List.of(ProcessPipes.table(p.system().pipes()));
      case "windows_services" -> List.of(ServiceTables.services(() -> p.system().services()));
      default -> throw new IllegalStateException("the os schema's catalog cannot build " + first);
    };
  }
}
