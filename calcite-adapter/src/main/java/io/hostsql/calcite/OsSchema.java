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
import io.hostsql.calcite.table.DeclaredTable;
import io.hostsql.os.Accounts;
import io.hostsql.os.Cpu;
import io.hostsql.os.Disks;
import io.hostsql.os.Dmi;
import io.hostsql.os.Host;
import io.hostsql.os.Memory;
import io.hostsql.os.Net;
import io.hostsql.os.Sensors;
import io.hostsql.os.SocketSource;
import io.hostsql.os.linux.ProcFs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/**
 * The {@code os} schema: every hostsql table over one procfs and sysfs (the live machine, or
 * fixture trees in tests). One instance per connection: the state between scans (cpu_percent,
 * counter wrap correction) belongs to the connection that scans.
 */
public final class OsSchema extends AbstractSchema {
  /** The schema's name in a connection. */
  public static final String NAME = "os";
  /** The default sampling window of cpu_percent and cpu_times_percent on a first scan. */
  public static final Duration DEFAULT_SAMPLING_WINDOW = Duration.ofMillis(100);

  private final Map<String, Table> tables = new LinkedHashMap<>();
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
   * @param proc the procfs root
   * @param sys the sysfs root
   * @param samplingWindow the first scan's window for CPU percentages
   */
  public OsSchema(ProcFs proc, ProcFs sys, Duration samplingWindow) {
    Cpu cpu = new Cpu(proc, sys);
    Memory memory = new Memory(proc);
    Disks disks = new Disks(proc, sys);
    Net net = new Net(proc, sys, SocketSource.AUTO);
    Sensors sensors = new Sensors(sys);
    Host host = proc.isLive() ? Host.live()
        : new Host(proc, proc.root().resolve("utmp"), proc.root().resolve("os-release"));
    add(new ProcessesTable(proc, new CpuPercentTracker(samplingWindow)));
    add(ProcessArgs.table(proc));
    add(ProcessEnviron.table(proc));
    add(ProcessOpenFiles.table(proc));
    add(ProcessFds.table(proc));
    add(ProcessMemoryMaps.table(proc));
    add(ProcessMappings.table(proc));
    add(ProcessThreads.table(proc));
    add(ProcessRlimits.table(proc));
    add(ProcessAncestors.table(proc));
    add(new NetConnectionsTable(proc, net));
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
    add(HostTables.accounts(proc.isLive() ? Accounts.live()
        : new Accounts(proc.root().resolve("passwd"))));
    add(HostTables.dmi(new Dmi(sys)));
    add(new FilesTable(files));
    add(new FileHashesTable(files));
    io.hostsql.calcite.audit.AuditTables.all(proc, sys)
        .forEach(t -> tables.put(t.definition().name(), t));
  }

  /** Over the given procfs, with the live /sys. */
  public OsSchema(ProcFs proc) {
    this(proc, new ProcFs(Path.of("/sys")), DEFAULT_SAMPLING_WINDOW);
  }

  /** The schema over the live system. */
  public static OsSchema live(Duration samplingWindow) {
    return new OsSchema(ProcFs.system(), new ProcFs(Path.of("/sys")), samplingWindow);
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

  private <T extends Table & DeclaredTable> void add(T table) {
    tables.put(table.definition().name(), table);
  }

  @Override
  protected Map<String, Table> getTableMap() {
    return tables;
  }

  /** The reference documentation of every table (docs/tables.md). */
  public String docs() {
    return io.hostsql.calcite.docs.TableDocs.markdown(NAME, tables);
  }
}
