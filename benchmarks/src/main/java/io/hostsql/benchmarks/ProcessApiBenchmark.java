package io.hostsql.benchmarks;

import io.hostsql.os.NoSuchProcessException;
import io.hostsql.os.Oneshot;
import io.hostsql.os.Process;
import io.hostsql.os.Platform;
import io.hostsql.os.linux.ProcFs;
import io.hostsql.os.spi.ProcessBackend;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * native-sources over every process: the two workloads of the process-API issue. One
 * operation is one full pass over all processes present.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ProcessApiBenchmark {
  private final ProcessBackend processes = Platform.current().processes();
  /** For the floor: the raw reads of /proc. */
  private final ProcFs fs = ProcFs.system();

  /**
   * pid, ppid, name and rss of every process: /proc/PID/stat and statm each (rss must come
   * from statm, whose counter is exact; stat's lags by per-CPU batches).
   */
  @Benchmark
  public void pidPpidNameRss(Blackhole bh) {
    for (int pid : processes.pids()) {
      Process p = processes.process(pid);
      try (Oneshot ignored = p.oneshot()) {
        bh.consume(p.ppid());
        bh.consume(p.name());
        bh.consume(p.memoryInfo().rss());
      } catch (NoSuchProcessException gone) {
        // exited during the pass
      }
    }
  }

  /** pid, ppid, name and rss of every process the way a listing reads them. */
  @Benchmark
  public void pidPpidNameRssListed(Blackhole bh) {
    bh.consume(ProcessPasses.listed(processes));
  }

  /**
   * pid, ppid and name: /proc/PID/stat alone, the same single file the C floor reads, so the
   * ratio to the floor is the cost of the JVM and the API.
   */
  @Benchmark
  public void pidPpidName(Blackhole bh) {
    for (int pid : processes.pids()) {
      Process p = processes.process(pid);
      try (Oneshot ignored = p.oneshot()) {
        bh.consume(p.ppid());
        bh.consume(p.name());
      } catch (NoSuchProcessException gone) {
        // exited during the pass
      }
    }
  }

  /** The read alone, for reference: what the JVM adds to the C floor before any parsing. */
  @Benchmark
  public void statReadOnly(Blackhole bh) {
    for (int pid : processes.pids()) {
      try {
        bh.consume(fs.readSeqFile(pid + "/stat"));
      } catch (java.io.IOException gone) {
        // exited during the pass
      }
    }
  }

  /** Every attribute of every process, as psutil's as_dict() with no arguments. */
  @Benchmark
  public void asMapAll(Blackhole bh) {
    bh.consume(ProcessPasses.asMapAll(processes));
  }
}
