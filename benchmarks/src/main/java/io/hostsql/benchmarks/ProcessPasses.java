package io.hostsql.benchmarks;

import io.hostsql.os.NoSuchProcessException;
import io.hostsql.os.Oneshot;
import io.hostsql.os.Process;
import io.hostsql.os.spi.ProcessBackend;
import java.util.Map;

/**
 * The process-API issue's two workloads as plain passes over every process, shared by the
 * JMH benchmark and {@link PassServer}. Each returns a sum of what it read, so that nothing
 * it reads can be optimized away.
 */
final class ProcessPasses {
  private ProcessPasses() {
  }

  /**
   * pid, ppid, name and rss of every process the way a listing reads them: one kernel walk
   * (BPF task iterator) answers pid, ppid and name, and statm gives rss, so one file per
   * process. Without the iterators, stat and statm per process.
   */
  static long listed(ProcessBackend processes) {
    long sum = 0;
    for (Process p : processes.listing()) {
      try (Oneshot ignored = p.oneshot()) {
        sum += p.pid() + p.ppid() + p.name().length() + p.memoryInfo().rss();
      } catch (NoSuchProcessException gone) {
        // exited during the pass
      }
    }
    return sum;
  }

  /** Every attribute of every process, as psutil's as_dict() with no arguments. */
  static long asMapAll(ProcessBackend processes) {
    long sum = 0;
    for (int pid : processes.pids()) {
      try {
        Map<String, Object> all = processes.process(pid).asMap(null, null);
        sum += all.size();
      } catch (NoSuchProcessException gone) {
        // exited during the pass
      }
    }
    return sum;
  }
}
