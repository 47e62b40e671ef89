package io.hostsql.os;

import java.util.List;

/**
 * psutil's CPU functions: times, counts, stats, frequencies and load, from /proc and
 * /sys/devices/system/cpu. Percentages need state between calls: see {@link CpuSampler}.
 */
public interface Cpu {
  /** The running machine's, through {@link Platform#current()}. */
  static Cpu live() {
    return Platform.current().system().cpu();
  }

  /** Time since boot by state, for the whole machine (the "cpu" line of /proc/stat). */
  SystemCpuTimes times();

  /** Time since boot by state, one entry per CPU in /proc/stat order. */
  List<SystemCpuTimes> perCpuTimes();

  /**
   * The number of logical CPUs online (sysconf), or of physical cores; null when it cannot
   * be told.
   */
  Integer count(boolean logical);

  /**
   * /proc/cpuinfo, one map per processor block in file order, field name to trimmed value
   * ("processor", "vendor_id", "model name", "microcode", "physical id"...). The fields differ
   * by architecture; empty when the file cannot be read.
   */
  List<java.util.Map<String, String>> info();

  /** The processor's marketing name ("model name" in /proc/cpuinfo), or null when not given. */
  String brand();

  /**
   * The number of processor packages (distinct "physical id"s, from sysfs topology or
   * /proc/cpuinfo), or null when neither tells.
   */
  Integer sockets();

  /** Context switches, interrupts and soft interrupts since boot. */
  CpuStats stats();

  /**
   * The frequency of each CPU with cpufreq (policy folders mapped to their CPUs), in MHz;
   * without cpufreq, the "cpu MHz" lines of /proc/cpuinfo with min and max 0.
   */
  List<CpuFreq> perCpuFreq();

  /** The average frequency over all CPUs, or null when there is none to read. */
  CpuFreq freq();

  /** The load averages of /proc/loadavg. */
  LoadAverage loadAverage();
}
