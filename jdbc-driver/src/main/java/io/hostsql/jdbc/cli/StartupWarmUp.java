package io.hostsql.jdbc.cli;

import java.util.Calendar;
import java.util.Locale;
import java.util.TimeZone;
import java.util.UUID;

/**
 * Start-up work a one-shot query always needs but that depends on nothing the query says, done
 * on a second thread while the main thread reads the arguments and opens the connection. On a
 * cold JVM each of these costs 15-40 ms of the main thread (measured with async-profiler on the
 * cached count of processes): opening the 20,000-entry jar for its first resource, the JDK's
 * SecureRandom behind {@link UUID#randomUUID} (Avatica names every connection with one), the
 * locale data behind {@link Calendar#getInstance} (every Avatica result set makes one),
 * BigDecimal's own tables (JDK 25's class initialiser squares large numbers) and Calcite's
 * TimeFrames (every statement's DataContext reads them; commons-math3, too old a class file
 * version for the AOT cache, comes from the jar each time). The machine has a second core for
 * it more often than not; on a busy one the work is the same, only not in parallel.
 *
 * <p>Only class initialisers that call nothing of the main thread's are run here, so the two
 * threads cannot wait on each other's class initialisation: the JDK's, and TimeFrames, whose
 * initialiser reads commons-math3, Guava and Calcite's time units. Whatever happens here is
 * swallowed: the main thread does the same work itself if this thread has not.
 */
final class StartupWarmUp {
  private StartupWarmUp() {
  }

  /** Starts the warm-up on a daemon thread: it never holds up the exit. */
  static void start() {
    Thread t = new Thread(StartupWarmUp::run, "hostsql-warm-up");
    t.setDaemon(true);
    t.start();
  }

  private static void run() {
    try {
      // The first resource read opens the jar (its central directory): the driver's version.
      StartupWarmUp.class.getClassLoader().getResource("io-hostsql-jdbc.properties");
      UUID.randomUUID();
      Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
      Class.forName("java.math.BigDecimal", true, null);
      Class.forName("org.apache.calcite.rel.type.TimeFrames", true,
          StartupWarmUp.class.getClassLoader());
    } catch (Throwable e) {
      // Only a head start: the main thread meets the same work and reports what fails.
    }
  }
}
