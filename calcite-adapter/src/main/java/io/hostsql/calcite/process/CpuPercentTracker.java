package io.hostsql.calcite.process;

import io.hostsql.os.CpuTimes;
import io.hostsql.os.OsException;
import io.hostsql.os.Process;
import io.hostsql.os.spi.ProcessBackend;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * processes.cpu_percent for one connection: CPU use since the same connection's previous scan
 * that selected it, or, on the first, over a sampling window measured before the rows are
 * read. A process first seen after that reads 0.0, as psutil's first call does.
 */
public final class CpuPercentTracker {
  /** The last sample of one process. */
  private record Sample(long createdMillis, double cpuSeconds, long nanos) {
  }

  private final Duration window;
  private final Map<Integer, Sample> last = new ConcurrentHashMap<>();

  public CpuPercentTracker(Duration window) {
    this.window = window;
  }

  /** Before the first scan that selects cpu_percent: one sample of each pid, then the wait. */
  void prepare(ProcessBackend processes, int[] pids) {
    if (!last.isEmpty()) {
      return;
    }
    for (int pid : pids) {
      try {
        record(processes.process(pid));
      } catch (OsException e) {
        // gone already
      }
    }
    try {
      Thread.sleep(window.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Sample record(Process p) {
    CpuTimes t = p.cpuTimes();
    Sample s = new Sample(p.createTime().toEpochMilli(), t.user() + t.system(),
        System.nanoTime());
    last.put(p.pid(), s);
    return s;
  }

  /** The process's CPU use in percent of one CPU since its previous sample, to one decimal. */
  public double percent(Process p) {
    Sample before = last.get(p.pid());
    Sample now = record(p);
    if (before == null || before.createdMillis() != now.createdMillis()
        || now.nanos() <= before.nanos()) {
      return 0.0;
    }
    double cpu = now.cpuSeconds() - before.cpuSeconds();
    double wall = (now.nanos() - before.nanos()) / 1e9;
    return Math.round(cpu / wall * 1000.0) / 10.0;
  }
}
