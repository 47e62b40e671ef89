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
 * core records of GetLogicalProcessorInformationEx (physical). The rest is not read on Windows
 * yet and raises OsException.
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

  @Override
  public CpuStats stats() {
    throw Calls.notYet("cpu_stats");
  }

  @Override
  public List<CpuFreq> perCpuFreq() {
    throw Calls.notYet("cpu_freq");
  }

  @Override
  public CpuFreq freq() {
    throw Calls.notYet("cpu_freq");
  }

  /** psutil emulates getloadavg on Windows with a sampling thread; not done here yet. */
  @Override
  public LoadAverage loadAverage() {
    throw Calls.notYet("load averages");
  }
}
