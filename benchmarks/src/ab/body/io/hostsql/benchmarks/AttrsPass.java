package io.hostsql.benchmarks;

import io.hostsql.os.Oneshot;
import io.hostsql.os.Process;
import io.hostsql.os.ProcessException;
import io.hostsql.os.Platform;
import io.hostsql.os.spi.ProcessBackend;
import java.util.function.LongSupplier;

/**
 * pid, name, username, cmdline, cpu times, memory and threads of every process in a oneshot
 * each, as CompareBenchmark's second workload, for AbPasses.
 */
public final class AttrsPass implements LongSupplier {
  private final ProcessBackend processes = Platform.current().processes();

  @Override
  public long getAsLong() {
    long sum = 0;
    for (int pid : processes.pids()) {
      Process p = processes.process(pid);
      try (Oneshot ignored = p.oneshot()) {
        sum += p.name().length() + p.username().length() + p.cmdline().size()
            + (long) p.cpuTimes().user() + p.memoryInfo().rss() + p.numThreads();
      } catch (ProcessException gone) {
        // exited or refused during the pass
      }
    }
    return sum;
  }
}
