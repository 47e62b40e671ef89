package io.hostsql.os;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * psutil's cpu_percent and cpu_times_percent, with the state between calls held by this object
 * rather than in one global, so two callers (two SQL connections, two threads) do not steal
 * each other's interval.
 */
public final class CpuSampler {
  private final Cpu cpu;
  private SystemCpuTimes lastTotal;
  private List<SystemCpuTimes> lastPerCpu;

  public CpuSampler(Cpu cpu) {
    this.cpu = cpu;
  }

  /**
   * Busy percentage of the whole machine since the previous call on this sampler (0.0 on the
   * first call), to one decimal.
   */
  public double percent() {
    SystemCpuTimes now = cpu.times();
    SystemCpuTimes before = lastTotal;
    lastTotal = now;
    return before == null ? 0.0 : busyPercent(before, now);
  }

  /** Busy percentage over a blocking interval. */
  public double percent(Duration interval) {
    lastTotal = cpu.times();
    sleep(interval);
    return percent();
  }

  /** Per-CPU busy percentages since the previous call (zeros on the first call). */
  public List<Double> perCpuPercent() {
    List<SystemCpuTimes> now = cpu.perCpuTimes();
    List<SystemCpuTimes> before = lastPerCpu;
    lastPerCpu = now;
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < now.size(); i++) {
      out.add(before == null || i >= before.size() ? 0.0 : busyPercent(before.get(i),
          now.get(i)));
    }
    return out;
  }

  /**
   * Each state's share of the time since the previous call, in percent (clamped to 0..100);
   * all zeros on the first call.
   */
  public SystemCpuTimes timesPercent() {
    SystemCpuTimes now = cpu.times();
    SystemCpuTimes before = lastTotal;
    lastTotal = now;
    return before == null ? SystemCpuTimes.of(new double[10]) : statePercent(before, now);
  }

  /** Each state's share over a blocking interval. */
  public SystemCpuTimes timesPercent(Duration interval) {
    lastTotal = cpu.times();
    sleep(interval);
    return timesPercent();
  }

  /** Busy percentage between two readings, to one decimal. */
  public static double busyPercent(SystemCpuTimes a, SystemCpuTimes b) {
    double[] d = deltas(a, b);
    double all = d[0] + d[1] + d[2] + d[3] + d[4] + d[5] + d[6] + d[7];
    double busy = all - d[2] - d[4];
    if (all <= 0) {
      return 0.0;
    }
    return Math.round(Math.max(0, Math.min(100, busy / all * 100)) * 10) / 10.0;
  }

  /** Each state's share between two readings, in percent to one decimal. */
  public static SystemCpuTimes statePercent(SystemCpuTimes a, SystemCpuTimes b) {
    double[] d = deltas(a, b);
    double all = d[0] + d[1] + d[2] + d[3] + d[4] + d[5] + d[6] + d[7];
    double[] out = new double[10];
    for (int i = 0; i < 10; i++) {
      double p = all <= 0 ? 0 : d[i] / all * 100;
      out[i] = Math.round(Math.max(0, Math.min(100, p)) * 10) / 10.0;
    }
    return SystemCpuTimes.of(out);
  }

  /** Field deltas, negative ones (counters that went back) clamped to 0 as psutil does. */
  private static double[] deltas(SystemCpuTimes a, SystemCpuTimes b) {
    double[] x = a.toArray();
    double[] y = b.toArray();
    double[] d = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      d[i] = Math.max(0, y[i] - x[i]);
    }
    return d;
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
