package io.hostsql.jdbc.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.calcite.runtime.Hook;

/**
 * Where a one-shot query's start-up time goes, for people measuring it: with the system
 * property {@value #PROPERTY} set to the launch time in nanoseconds since the epoch (for
 * example {@code HOSTSQL_JAVA_OPTS=-Dhostsql.trace=$(date +%s%N)}), the command prints to
 * stderr, at exit, the milliseconds from launch to main and to each step after it (the
 * driver, the connection, Calcite's parse, conversion, planning and generated code, the
 * statement's execution and the printed result), with the main thread's CPU time beside each
 * (from /proc/thread-self/schedstat: on a busy machine wall times mostly measure the wait for
 * a CPU, CPU times what the step costs). Off, it costs a property read.
 */
final class StartupTrace {
  /** The system property that turns the trace on. */
  static final String PROPERTY = "hostsql.trace";

  private static final List<String> STEPS = new ArrayList<>();
  private static long launchNanos;
  private static long mainNanos;
  private static long mainWallNanos;
  private static long mainCpuNanos;
  private static boolean on;

  private StartupTrace() {
  }

  /** Called first thing in main: notes the time and, when tracing, hooks Calcite's steps. */
  static void start() {
    String launch = System.getProperty(PROPERTY);
    if (launch == null) {
      return;
    }
    mainNanos = System.nanoTime();
    Instant now = Instant.now();
    mainWallNanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
    try {
      launchNanos = Long.parseLong(launch.trim());
    } catch (NumberFormatException e) {
      launchNanos = mainWallNanos;
    }
    mainCpuNanos = cpuNanos();
    on = true;
    // Global hooks (not per thread): the statement may be prepared on another thread.
    Hook.PARSE_TREE.add(marker("parsed"));
    Hook.CONVERTED.add(marker("validated and converted"));
    Hook.TRIMMED.add(marker("trimmed"));
    Hook.PLAN_BEFORE_IMPLEMENTATION.add(marker("planned"));
    Hook.JAVA_PLAN.add(marker("generated code"));
  }

  private static Consumer<Object> marker(String step) {
    return o -> mark(step);
  }

  /** Notes that {@code step} is done. */
  static void mark(String step) {
    if (on) {
      synchronized (STEPS) {
        STEPS.add(step + "\t" + System.nanoTime() + "\t" + cpuNanos());
      }
    }
  }

  /** Prints the steps, in milliseconds since launch, when tracing. */
  static void report(PrintStream err) {
    if (!on) {
      return;
    }
    long toMain = mainWallNanos - launchNanos;
    err.printf("trace: wall %8.1f ms, main thread CPU %7.1f ms  main%n", toMain / 1e6,
        mainCpuNanos / 1e6);
    long previous = mainNanos;
    long previousCpu = mainCpuNanos;
    synchronized (STEPS) {
      for (String s : STEPS) {
        String[] f = s.split("\t");
        long t = Long.parseLong(f[1]);
        long cpu = Long.parseLong(f[2]);
        err.printf("trace: wall %8.1f ms, main thread CPU %7.1f ms  %s (+%.1f wall, +%.1f CPU)%n",
            (toMain + t - mainNanos) / 1e6, cpu / 1e6, f[0], (t - previous) / 1e6,
            (cpu - previousCpu) / 1e6);
        previous = t;
        previousCpu = cpu;
      }
    }
    err.printf("trace: process CPU %d ms (every thread: compilers, collector; 10 ms ticks)%n",
        processCpuMillis());
  }

  /** The process's user and system time so far, from /proc/self/stat (-1 if unreadable). */
  private static long processCpuMillis() {
    try {
      String s = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
      // Fields after the command name (which may hold spaces): state is the third field.
      String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 1000 / 100;
    } catch (java.io.IOException | RuntimeException e) {
      return -1;
    }
  }

  /** This thread's CPU time so far in nanoseconds (0 where the kernel does not say). */
  private static long cpuNanos() {
    try {
      String s = java.nio.file.Files.readString(java.nio.file.Path.of(
          "/proc/thread-self/schedstat"));
      return Long.parseLong(s.substring(0, s.indexOf(' ')));
    } catch (java.io.IOException | RuntimeException e) {
      return 0;
    }
  }
}
