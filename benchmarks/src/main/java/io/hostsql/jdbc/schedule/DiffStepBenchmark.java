package io.hostsql.jdbc.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One differential step of the scheduler for a 10,000-row result (rows shaped like a
 * processes query's: ten columns): 100 rows gone and 100 new against the previous run. In this
 * package because the step's parts are the scheduler's own package-private classes.
 * {@code step} is the whole step as QueryJob does it (diff, log lines, the change appended to
 * the store's journal and synced; every ~50 steps the journal outgrows the base and the step
 * writes a new base, so the distribution includes those); {@code stepRewritingTheBase} the
 * same step writing the whole entry each time, as the store did before its journal;
 * {@code diff} the comparison alone; {@code unchanged} a run that changed nothing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DiffStepBenchmark {
  static final int ROWS = 10_000;
  static final int CHANGED = 100;
  private static final String[] COLUMNS = {"pid", "name", "path", "cmdline", "state", "uid",
      "gid", "resident_size", "user_time", "start_time"};

  List<String> previous;
  List<String> current;
  /** The current run's rows as the previous run of an unchanged query had them. */
  List<String> sameAsCurrent;
  Path dir;
  ResultStore store;
  LogLines lines;
  long counter;

  /** The rows both this benchmark and the Python peer build (benchmarks/schedule-diff). */
  static String row(int i) {
    return LogLines.row(COLUMNS, new String[] {String.valueOf(i), "proc" + i % 97,
        "/usr/bin/proc" + i % 97, "/usr/bin/proc" + i % 97 + " --serve --port " + i, "S",
        String.valueOf(i % 1000), String.valueOf(i % 1000), String.valueOf(4096L * i),
        String.valueOf(i * 7), String.valueOf(1_700_000_000L + i)});
  }

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    previous = new ArrayList<>(ROWS);
    current = new ArrayList<>(ROWS);
    for (int i = 0; i < ROWS; i++) {
      previous.add(row(i));
    }
    for (int i = CHANGED; i < ROWS + CHANGED; i++) {
      current.add(row(i));
    }
    sameAsCurrent = new ArrayList<>(ROWS);
    for (String row : current) {
      sameAsCurrent.add(new String(row.toCharArray()));
    }
    dir = Files.createTempDirectory("diffstep");
    store = ResultStore.open(dir);
    lines = new LogLines("bench", false);
    store.save("pack_bench_q", new StoredResult("SELECT 1", 0, 0, previous));
    store.save("pack_bench_full", new StoredResult("SELECT 1", 0, 0, previous));
  }

  /**
   * The current run's rows as new strings before each step, as a run builds them: their hash
   * codes are not yet cached, so the diff pays for hashing them as it does in the scheduler.
   */
  @Setup(Level.Invocation)
  public void freshRows() {
    List<String> fresh = new ArrayList<>(current.size());
    for (String row : current) {
      fresh.add(new String(row.toCharArray()));
    }
    current = fresh;
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    store.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Benchmark
  public int step() {
    Differential d = Differential.between(previous, current);
    List<String> out = lines.differential("pack_bench_q", Instant.now(), 0, ++counter,
        Map.of(), d.added(), d.removed());
    store.save("pack_bench_q", new StoredResult("SELECT 1", 0, counter, current), d);
    return out.size();
  }

  @Benchmark
  public int stepRewritingTheBase() {
    Differential d = Differential.between(previous, current);
    List<String> out = lines.differential("pack_bench_full", Instant.now(), 0, ++counter,
        Map.of(), d.added(), d.removed());
    store.save("pack_bench_full", new StoredResult("SELECT 1", 0, counter, current));
    return out.size();
  }

  @Benchmark
  public Differential diff() {
    return Differential.between(previous, current);
  }

  @Benchmark
  public Differential unchanged() {
    return Differential.between(sameAsCurrent, current);
  }
}
