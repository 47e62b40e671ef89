package io.hostsql.calcite.system;

import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.DOUBLE;
import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.SystemTable;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.OsFamily;
import io.hostsql.os.Cpu;
import io.hostsql.os.CpuFreq;
import io.hostsql.os.CpuSampler;
import io.hostsql.os.CpuStats;
import io.hostsql.os.LoadAverage;
import io.hostsql.os.SystemCpuTimes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The CPU tables: cpu_times, cpu_times_percent, cpu_stats, cpu_freq and load_average. */
public final class CpuTables {
  /** One CPU's (or the total's) times. */
  record Times(String cpu, SystemCpuTimes t) {
  }

  /** One CPU's (or the average) frequency. */
  record Freq(String cpu, CpuFreq f) {
  }

  private CpuTables() {
  }

  private static TableDef<Times> timesDef(String name, String description, String unit) {
    return new TableDef<>(name, description, new Columns<Times>()
        .key("cpu", VARCHAR, "'total' for the whole machine, else the CPU number.", Times::cpu)
        .add("user_time", DOUBLE, unit, FetchGroup.SYSTEM, "Normal processes in user mode "
            + "(psutil's user; a bare USER is the SQL session user).",
            r -> r.t().user())
        .add("system", DOUBLE, unit, FetchGroup.SYSTEM, "Kernel mode.", r -> r.t().system())
        .add("idle", DOUBLE, unit, FetchGroup.SYSTEM, "Doing nothing.", r -> r.t().idle())
        .add("nice", DOUBLE, unit, FetchGroup.SYSTEM, "Niced processes in user mode.",
            r -> r.t().nice())
        .on(OsFamily.LINUX)
        .add("iowait", DOUBLE, unit, FetchGroup.SYSTEM, "Idle with I/O outstanding.",
            r -> r.t().iowait())
        .on(OsFamily.LINUX)
        .add("irq", DOUBLE, unit, FetchGroup.SYSTEM, "Hardware interrupts.", r -> r.t().irq())
        .add("softirq", DOUBLE, unit, FetchGroup.SYSTEM, "Software interrupts.",
            r -> r.t().softirq())
        .on(OsFamily.LINUX)
        .add("dpc", DOUBLE, unit, FetchGroup.SYSTEM, "Deferred procedure calls (Windows' "
            + "second-level interrupt work, what Linux counts as softirq).",
            r -> r.t().softirq())
        .on(OsFamily.WINDOWS)
        .add("steal", DOUBLE, unit, FetchGroup.SYSTEM, "Taken by the hypervisor.",
            r -> r.t().steal())
        .on(OsFamily.LINUX)
        .add("guest", DOUBLE, unit, FetchGroup.SYSTEM, "Running guests' virtual CPUs.",
            r -> r.t().guest())
        .on(OsFamily.LINUX)
        .add("guest_nice", DOUBLE, unit, FetchGroup.SYSTEM, "Running niced guests.",
            r -> r.t().guestNice())
        .on(OsFamily.LINUX)
        .build(), List.of("cpu"), TableDef.LINUX_AND_WINDOWS);
  }

  static final TableDef<Times> TIMES = timesDef("cpu_times",
      "CPU time by state since boot: one row for the whole machine (cpu = 'total') and one per "
          + "CPU.", "seconds");

  static final TableDef<Times> TIMES_PERCENT = timesDef("cpu_times_percent",
      "Each state's share of CPU time since this connection's previous scan of the table (on the "
          + "first scan, over the connection's sampling window): one row for the machine and one "
          + "per CPU.", "percent");

  private static List<Times> rows(SystemCpuTimes total, List<SystemCpuTimes> per) {
    List<Times> out = new ArrayList<>();
    out.add(new Times("total", total));
    for (int i = 0; i < per.size(); i++) {
      out.add(new Times(Integer.toString(i), per.get(i)));
    }
    return out;
  }

  public static SystemTable<Times> times(Cpu cpu) {
    return new SystemTable<>(TIMES, () -> rows(cpu.times(), cpu.perCpuTimes()));
  }

  /**
   * cpu_times_percent with state kept per connection (the table instance belongs to one
   * connection's schema): the first scan samples over {@code window}.
   */
  public static SystemTable<Times> timesPercent(Cpu cpu, Duration window) {
    PercentState state = new PercentState(cpu, window);
    return new SystemTable<>(TIMES_PERCENT, state::rows);
  }

  /** The samples between two scans of cpu_times_percent on one connection. */
  private static final class PercentState {
    private final Cpu cpu;
    private final Duration window;
    private SystemCpuTimes lastTotal;
    private List<SystemCpuTimes> lastPer;

    PercentState(Cpu cpu, Duration window) {
      this.cpu = cpu;
      this.window = window;
    }

    synchronized List<Times> rows() {
      if (lastTotal == null) {
        lastTotal = cpu.times();
        lastPer = cpu.perCpuTimes();
        try {
          Thread.sleep(window.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      SystemCpuTimes total = cpu.times();
      List<SystemCpuTimes> per = cpu.perCpuTimes();
      List<SystemCpuTimes> shares = new ArrayList<>();
      for (int i = 0; i < per.size(); i++) {
        shares.add(i < lastPer.size() ? CpuSampler.statePercent(lastPer.get(i), per.get(i))
            : SystemCpuTimes.of(new double[10]));
      }
      List<Times> out = CpuTables.rows(CpuSampler.statePercent(lastTotal, total), shares);
      lastTotal = total;
      lastPer = per;
      return out;
    }
  }

  static final TableDef<CpuStats> STATS = new TableDef<>("cpu_stats",
      "CPU event counters since boot (one row).", new Columns<CpuStats>()
          .add("ctx_switches", BIGINT, "", FetchGroup.SYSTEM, "Context switches.",
              CpuStats::ctxSwitches)
          .add("interrupts", BIGINT, "", FetchGroup.SYSTEM, "Interrupts.", CpuStats::interrupts)
          .add("soft_interrupts", BIGINT, "", FetchGroup.SYSTEM, "Software interrupts.",
              CpuStats::softInterrupts)
          .add("syscalls", BIGINT, "", FetchGroup.SYSTEM, "Always 0 on Linux.",
              CpuStats::syscalls)
          .build(), List.of(), TableDef.LINUX_AND_WINDOWS);

  public static SystemTable<CpuStats> stats(Cpu cpu) {
    return new SystemTable<>(STATS, () -> List.of(cpu.stats()));
  }

  static final TableDef<Freq> FREQ = new TableDef<>("cpu_freq",
      "CPU frequencies: the average (cpu = 'total') and one row per CPU. min and max are 0 "
          + "where the kernel has no cpufreq driver.", new Columns<Freq>()
          .key("cpu", VARCHAR, "'total' for the average, else the CPU number.", Freq::cpu)
          .add("current_freq", DOUBLE, "MHz", FetchGroup.SYSTEM, "Current frequency "
              + "(psutil's current; CURRENT is a reserved word).",
              r -> r.f().current())
          .add("min", DOUBLE, "MHz", FetchGroup.SYSTEM, "Lowest the governor may choose.",
              r -> r.f().min())
          .add("max", DOUBLE, "MHz", FetchGroup.SYSTEM, "Highest the governor may choose.",
              r -> r.f().max())
          .build(), List.of("cpu"), TableDef.LINUX_AND_WINDOWS);

  public static SystemTable<Freq> freq(Cpu cpu) {
    return new SystemTable<>(FREQ, () -> {
      List<Freq> out = new ArrayList<>();
      CpuFreq avg = cpu.freq();
      if (avg != null) {
        out.add(new Freq("total", avg));
      }
      List<CpuFreq> per = cpu.perCpuFreq();
      for (int i = 0; i < per.size(); i++) {
        out.add(new Freq(Integer.toString(i), per.get(i)));
      }
      return out;
    });
  }

  static final TableDef<LoadAverage> LOAD = new TableDef<>("load_average",
      "Run-queue load averages (one row), as uptime prints them.", new Columns<LoadAverage>()
          .add("load1", DOUBLE, "", FetchGroup.SYSTEM, "Over the last minute.",
              LoadAverage::load1)
          .add("load5", DOUBLE, "", FetchGroup.SYSTEM, "Over the last five minutes.",
              LoadAverage::load5)
          .add("load15", DOUBLE, "", FetchGroup.SYSTEM, "Over the last fifteen minutes.",
              LoadAverage::load15)
          .build(), List.of());

  public static SystemTable<LoadAverage> load(Cpu cpu) {
    return new SystemTable<>(LOAD, () -> List.of(cpu.loadAverage()));
  }

  static final TableDef<java.util.Map<String, String>> INFO = new TableDef<>("cpu_info",
      "Each logical CPU as /proc/cpuinfo describes it: vendor, family, model, name, "
          + "microcode and its place in the topology. Fields the architecture does not give "
          + "are NULL.", new Columns<java.util.Map<String, String>>()
          .add("cpu", INTEGER, "", FetchGroup.SYSTEM, "Logical CPU number (processor).",
              m -> intOrNull(m.get("processor")))
          .add("vendor_id", VARCHAR, "", FetchGroup.SYSTEM, "GenuineIntel, AuthenticAMD...",
              m -> m.get("vendor_id"))
          .add("cpu_family", VARCHAR, "", FetchGroup.SYSTEM, "Family number.",
              m -> m.get("cpu family"))
          .add("model", VARCHAR, "", FetchGroup.SYSTEM, "Model number.", m -> m.get("model"))
          .add("model_name", VARCHAR, "", FetchGroup.SYSTEM, "Marketing name.",
              m -> m.get("model name"))
          .add("stepping", VARCHAR, "", FetchGroup.SYSTEM, "Stepping.", m -> m.get("stepping"))
          .add("microcode", VARCHAR, "", FetchGroup.SYSTEM, "Microcode revision loaded.",
              m -> m.get("microcode"))
          .add("physical_id", INTEGER, "", FetchGroup.SYSTEM, "The package (socket) it is on.",
              m -> intOrNull(m.get("physical id")))
          .add("core_id", INTEGER, "", FetchGroup.SYSTEM, "The core within the package.",
              m -> intOrNull(m.get("core id")))
          .add("flags", VARCHAR, "", FetchGroup.SYSTEM, "Feature flags, space-separated "
              + "(vmx or svm: virtualisation; hypervisor: running as a guest).",
              m -> m.get("flags"))
          .build(), List.of());

  private static Integer intOrNull(String v) {
    try {
      return v == null ? null : Integer.valueOf(v);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public static SystemTable<java.util.Map<String, String>> info(Cpu cpu) {
    return new SystemTable<>(INFO, cpu::info);
  }
}
