package io.hostsql.calcite;

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
import io.hostsql.calcite.table.PlatformTables;
import io.hostsql.os.Cpu;
import io.hostsql.os.Disks;
import io.hostsql.os.Host;
import io.hostsql.os.Memory;
import io.hostsql.os.Net;
import io.hostsql.os.Platform;
import io.hostsql.os.Sensors;
import io.hostsql.os.spi.ProcessBackend;
import java.time.Duration;
import java.util.Map;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/**
 * The {@code os} schema: every hostsql table over one {@link Platform} (the running machine,
 * procfs and sysfs mounted elsewhere, or fixture trees in tests). One instance per connection:
 * the state between scans (cpu_percent, counter wrap correction) belongs to the connection that
 * scans.
 */
public final class OsSchema extends AbstractSchema {
  /** The schema's name in a connection. */
  public static final String NAME = "os";
  /** The default sampling window of cpu_percent and cpu_times_percent on a first scan. */
  public static final Duration DEFAULT_SAMPLING_WINDOW = Duration.ofMillis(100);

  /** The platform family's tables: a table (or column) it lacks is left out. */
  private final PlatformTables registered;
  private final Map<String, Table> tables;
  private final io.hostsql.os.files.FileTree files = new io.hostsql.os.files.FileTree();
  private volatile boolean pidLookups = true;

  /** The walker of the files tables, whose listener tests set to count directories read. */
  public io.hostsql.os.files.FileTree fileTree() {
    return files;
  }

  /** Whether joins on pid may become lookups (connection property pidLookups). */
  public boolean pidLookups() {
    return pidLookups;
  }

  /** Turns pid lookups on or off for this connection's later statements. */
  public OsSchema withPidLookups(boolean on) {
    this.pidLookups = on;
    return this;
  }

  /**
   * @param platform the OS it reads (the running one, or one over fixture trees)
   * @param samplingWindow the first scan's window for CPU percentages
   */
  public OsSchema(Platform platform, Duration samplingWindow) {
    this.registered = new PlatformTables(platform.family());
    this.tables = registered.present();
    Cpu cpu = platform.cpu();
    Memory memory = platform.memory();
    Disks disks = platform.disks();
    Net net = platform.net();
    Sensors sensors = platform.sensors();
    Host host = platform.host();
    ProcessBackend processes = platform.processes();
    add(new ProcessesTable(processes, new CpuPercentTracker(samplingWindow)));
    add(ProcessArgs.table(processes));
    add(ProcessEnviron.table(processes));
    add(ProcessOpenFiles.table(processes));
    add(ProcessFds.table(processes));
    add(ProcessMemoryMaps.table(processes));
    add(ProcessMappings.table(processes));
    add(ProcessThreads.table(processes));
    add(ProcessRlimits.table(processes));
    add(ProcessAncestors.table(processes));
    add(new NetConnectionsTable(processes, net));
    add(CpuTables.times(cpu));
    add(CpuTables.timesPercent(cpu, samplingWindow));
    add(CpuTables.stats(cpu));
    add(CpuTables.freq(cpu));
    add(CpuTables.load(cpu));
    add(CpuTables.info(cpu));
    add(MemoryTables.virtual(memory));
    add(MemoryTables.swap(memory));
    add(MemoryTables.meminfo(memory));
    add(DiskTables.partitions(disks));
    add(DiskTables.mounts(disks));
    add(DiskTables.io(disks));
    add(NetTables.io(net));
    add(NetTables.addrs(net));
    add(NetTables.stats(net));
    add(SensorTables.temperatures(sensors));
    add(SensorTables.fans(sensors));
    add(SensorTables.battery(sensors));
    add(HostTables.users(host));
    add(HostTables.host(host, cpu));
    add(HostTables.osRelease(host));
    add(HostTables.accounts(platform.accounts()));
    add(HostTables.dmi(platform.system().dmi()));
    add(new FilesTable(files));
    add(new FileHashesTable(files));
    io.hostsql.calcite.audit.AuditTables.all(platform).forEach(this::add);
    io.hostsql.calcite.audit.DeviceAuditTables.all(platform).forEach(this::add);
    add(io.hostsql.calcite.system.ServiceTables.services(() -> platform.system().services()));
  }

  /** The schema over the running machine. */
  public static OsSchema live(Duration samplingWindow) {
    return new OsSchema(Platform.current(), samplingWindow);
  }

  /**
   * Removes the named tables from this schema, so that neither a query, a view over them nor
   * the metadata can reach them (a server's --deny-table).
   *
   * @throws IllegalArgumentException naming a table the schema does not have
   */
  public OsSchema without(java.util.Set<String> names) {
    for (String name : names) {
      if (!tables.containsKey(name)) {
        throw new IllegalArgumentException("no table named " + name + " in schema " + NAME);
      }
    }
    tables.keySet().removeAll(names);
    return this;
  }

  /**
   * The columns of {@code table} this schema's platform lacks: naming one is "Column not
   * found" here, so a view that does is not offered (see OsqueryViews).
   */
  public java.util.Set<String> absentColumns(String table) {
    return registered.absentColumns(table);
  }

  private void add(io.hostsql.calcite.table.OsTable table) {
    registered.add(table);
  }

  @Override
  protected Map<String, Table> getTableMap() {
    return tables;
  }

  /**
   * The reference documentation of every declared table (docs/tables.md), each with all its
   * columns and the platforms that have them, whichever platform this schema is over.
   */
  public String docs() {
    return io.hostsql.calcite.docs.TableDocs.markdown(NAME, registered.declared());
  }
}
