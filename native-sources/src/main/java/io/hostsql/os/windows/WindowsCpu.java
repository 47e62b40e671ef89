package io.hostsql.os.windows;

import io.hostsql.os.Cpu;
import io.hostsql.os.CpuFreq;
import io.hostsql.os.CpuStats;
import io.hostsql.os.LoadAverage;
import io.hostsql.os.OsException;
import io.hostsql.os.SystemCpuTimes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * psutil's CPU functions on Windows: cpu_times from GetSystemTimes (with the interrupt and DPC
 * times summed over the CPUs, as psutil does), per-CPU times from
 * SystemProcessorPerformanceInformation, cpu_count from GetActiveProcessorCount (logical) and the
 * core records of GetLogicalProcessorInformationEx (physical), cpu_stats and cpu_freq as psutil
 * reads them (below). The rest is not read on Windows yet and raises OsException.
 */
final class WindowsCpu implements Cpu {
  private final SystemCalls calls;

  WindowsCpu(SystemCalls calls) {
    this.calls = calls;
  }

  @Override
  public SystemCpuTimes times() {
    SystemCpuTimes t = CpuBuffers.systemTimes(Calls.ok(calls.systemTimes(), "GetSystemTimes"),
        new ArrayList<>());
    if (t == null) {
      throw new OsException("GetSystemTimes gave a short buffer");
    }
    double irq = 0;
    double dpc = 0;
    for (SystemCpuTimes c : perCpuTimes()) {
      irq += c.irq();
      dpc += c.softirq();
    }
    return new SystemCpuTimes(t.user(), t.system(), t.idle(), 0, 0, irq, dpc, 0, 0, 0);
  }

  @Override
  public List<SystemCpuTimes> perCpuTimes() {
    return CpuBuffers.perCpu(Calls.ok(calls.processorPerformance(),
        "NtQuerySystemInformation(SystemProcessorPerformanceInformation)"), new ArrayList<>());
  }

  @Override
  public Integer count(boolean logical) {
    if (logical) {
      int n = calls.activeProcessorCount();
      return n > 0 ? n : null;
    }
    Win32Buffer b = calls.logicalProcessors();
    if (b.failed()) {
      return null;
    }
    int cores = CpuBuffers.physicalCores(b.bytes(), new ArrayList<>());
    return cores > 0 ? cores : null;
  }

  @Override
  public List<Map<String, String>> info() {
    return List.of();
  }

  @Override
  public String brand() {
    throw Calls.notYet("the CPU brand");
  }

  @Override
  public Integer sockets() {
    throw Calls.notYet("the socket count");
  }

  /**
   * psutil's cpu_stats: context switches and system calls from SystemPerformanceInformation,
   * interrupts summed over SystemProcessorPerformanceInformation, soft interrupts 0. psutil also
   * sums the DPCs of SystemInterruptInformation and then drops them; so does this (CpuStats has
   * no field for them; {@link CpuStatsBuffers#dpcs} decodes them).
   */
  @Override
  public CpuStats stats() {
    List<String> problems = new ArrayList<>();
    long[] perf = CpuStatsBuffers.performance(Calls.ok(calls.performanceInformation(),
        "NtQuerySystemInformation(SystemPerformanceInformation)"), problems);
    long interrupts = CpuStatsBuffers.interrupts(Calls.ok(calls.processorPerformance(),
        "NtQuerySystemInformation(SystemProcessorPerformanceInformation)"), problems);
    if (perf == null) {
      throw new OsException(String.join("; ", problems));
    }
    return new CpuStats(perf[0], interrupts, 0, perf[1]);
  }

  /** psutil on Windows has no per-CPU frequency: the one value, as a list of one. */
  @Override
  public List<CpuFreq> perCpuFreq() {
    return List.of(freq());
  }

  /** psutil's cpu_freq: the first CPU's current and max MHz (CallNtPowerInformation), min 0. */
  @Override
  public CpuFreq freq() {
    List<String> problems = new ArrayList<>();
    CpuFreq f = CpuStatsBuffers.frequency(Calls.ok(calls.processorPower(),
        "CallNtPowerInformation(ProcessorInformation)"), problems);
    if (f == null) {
      throw new OsException(String.join("; ", problems));
    }
    return f;
  }

  /** psutil emulates getloadavg on Windows with a sampling thread; not done here yet. */
  @Override
  public LoadAverage loadAverage() {
    throw Calls.notYet("load averages");
  }
}
