package io.hostsql.jdbc.schedule;

import io.hostsql.calcite.osquery.OsqueryRuntime;
import io.hostsql.jdbc.HostsqlDriver;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs an osquery configuration's schedule as osqueryd does: each query when the unix time is
 * a multiple of its (splayed) interval, on a worker pool, on a connection of its own; the rows
 * added and removed since its previous run (or a snapshot) go to the result log, the previous
 * results to the store. A watchdog stops a run that passes the time limit (and, unless the
 * query says {@code denylist: false}, suspends the query for a day), never starts a query
 * while its previous run is still going, and stops the scheduler when its resident memory
 * passes {@code watchdog_memory_limit}. Failures of a query, the log or the store are status
 * lines, not the scheduler's end.
 *
 * <pre>{@code
 * try (Scheduler s = Scheduler.prepare(Path.of("osquery.conf"), Map.of(), System.out,
 *     System.err)) {
 *   s.start();
 *   int exit = s.awaitExit();
 * }
 * }</pre>
 */
public final class Scheduler implements AutoCloseable {
  /** Exit code when the watchdog's memory limit stopped the scheduler. */
  public static final int EXIT_MEMORY = 3;
  /** Seconds a query is suspended after a run that exceeded the time limit (osquery's day). */
  static final long DENYLIST_SECONDS = 86_400;

  private final ScheduleConfig config;
  private final ScheduleSettings settings;
  private final StatusLog status;
  private final PrintStream stdout;
  private final LogLines lines;
  private final List<QueryJob> jobs = new ArrayList<>();
  private final Map<String, String> planFailures = new LinkedHashMap<>();
  private final CompletableFuture<Integer> exit = new CompletableFuture<>();
  private Decorations decorations;
  private ResultStore store;
  private ResultLog results;
  private ScheduledExecutorService ticker;
  private ExecutorService workers;
  private long lastSecond;
  private long endSecond;
  private volatile boolean stopping;
  private volatile int exitCode;
  /** osquery_info's config_hash for this schedule (set by prepare). */
  private String configHash = "";

  private Scheduler(ScheduleConfig config, ScheduleSettings settings, StatusLog status,
      PrintStream stdout) {
    this.config = config;
    this.settings = settings;
    this.status = status;
    this.stdout = stdout;
    this.lines = new LogLines(settings.hostIdentifier(), settings.decorationsTopLevel());
  }

  /**
   * Reads the configuration and plans every query (a query that cannot plan is reported and
   * left out); nothing runs until {@link #start}.
   *
   * @param overrides osquery options that win over the configuration's ({@code logger_path},
   *     {@code database_path}, {@code schedule_epoch}... and {@code hostsql_*})
   * @param stdout where results go when the settings say stdout
   * @param stderr where status lines are echoed, null for the status log file only
   * @throws ConfigException when the configuration cannot be read or a setting is invalid
   */
  public static Scheduler prepare(Path configFile, Map<String, String> overrides,
      PrintStream stdout, PrintStream stderr) {
    String hostname = HostIdentity.hostname();
    ScheduleConfig config = ConfigReader.read(configFile, overrides, HostIdentity.shard(hostname));
    ScheduleSettings settings = ScheduleSettings.from(config.options());
    StatusLog status = new StatusLog(settings.resultsToFile() ? settings.logDir() : null,
        stderr);
    Scheduler s = new Scheduler(config, settings, status, stdout);
    s.planAll(configFile);
    s.configHash = sha1Hex(configFile);
    return s;
  }

  /** osquery_info's config_hash: the SHA-1 of the configuration file, as osqueryd hashes it. */
  private static String sha1Hex(Path file) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1")
          .digest(java.nio.file.Files.readAllBytes(file)));
    } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
      return "";
    }
  }

  /** This schedule's queries as the osquery schema's osquery_schedule lists them. */
  private List<OsqueryRuntime.ScheduledQuery> asOsquerySchedule() {
    return stats().stream().map(q -> new OsqueryRuntime.ScheduledQuery(q.name(), q.query(),
        (int) q.interval(), q.executions(), q.lastExecuted(), q.denylisted(), q.outputSize(),
        q.wallTime() / 1000, q.wallTime(), q.lastWallTime(), q.userTime(), q.lastUserTime(),
        q.systemTime(), q.lastSystemTime(), 0, 0)).toList();
  }

  private void planAll(Path configFile) {
    status.info("reading " + configFile + ": " + config.queries().size()
        + " queries apply to this machine");
    for (String notice : config.notices()) {
      status.warning(notice);
    }
    try {
      decorations = new Decorations(config.decorators(), connect(), status,
          settings.queryTimeoutSeconds());
    } catch (SQLException e) {
      throw new ConfigException("cannot open an embedded connection: " + e.getMessage());
    }
    List<String> inactivePacks = inactivePacks();
    for (ScheduledQuery q : config.queries()) {
      if (inactivePacks.contains(q.pack())) {
        continue;
      }
      QueryJob job = new QueryJob(q, this);
      try {
        job.plan();
        jobs.add(job);
      } catch (SQLException | RuntimeException e) {
        String why = Errors.message(e);
        planFailures.put(q.name(), why);
        status.error("query " + q.name() + " cannot be planned; it is not scheduled: " + why);
        job.close();
      }
    }
  }

  /** Packs whose discovery queries return no row here (osquery checks them the same way). */
  private List<String> inactivePacks() {
    List<String> inactive = new ArrayList<>();
    for (Map.Entry<String, List<String>> pack : config.discovery().entrySet()) {
      for (String sql : pack.getValue()) {
        String why = null;
        try (Connection c = connect(); Statement s = c.createStatement()) {
          s.setQueryTimeout(settings.queryTimeoutSeconds());
          try (ResultSet rs = s.executeQuery(Sql.withoutTerminator(sql))) {
            if (!rs.next()) {
              why = "its discovery query returned no row: " + sql;
            }
          }
        } catch (SQLException | RuntimeException e) {
          why = "its discovery query failed: " + sql + ": " + Errors.message(e);
        }
        if (why != null) {
          status.info("pack " + pack.getKey() + " is not scheduled: " + why
              + " (checked at start only)");
          inactive.add(pack.getKey());
          break;
        }
      }
    }
    return inactive;
  }

  /**
   * Opens the store and the result log and starts the clock.
   *
   * @throws StoreException when the store cannot be opened (or another scheduler holds it)
   */
  public synchronized void start() {
    store = ResultStore.open(settings.storeDir());
    results = new ResultLog(settings.resultsToFile() ? settings.logDir() : null,
        settings.resultsToStdout() ? stdout : null, settings.rotateSize(),
        settings.rotateCount(), status);
    long maxHeapMb = Runtime.getRuntime().maxMemory() >> 20;
    if (settings.memoryLimitMb() > 0 && maxHeapMb + 200 > settings.memoryLimitMb()) {
      // The JVM grows its heap lazily up to its maximum (by default a quarter of the RAM):
      // resident memory would reach the limit from unused heap, not from the queries.
      status.warning("the Java heap may grow to " + maxHeapMb + " MB, too close to the memory"
          + " limit of " + settings.memoryLimitMb() + " MB (watchdog_memory_limit): give java"
          + " a smaller -Xmx (HOSTSQL_JAVA_OPTS=-Xmx256m) or raise --memory-limit");
    }
    decorations.runLoad();
    ticker = new ScheduledThreadPoolExecutor(1, daemon("hostsql-schedule-clock"));
    workers = new ThreadPoolExecutor(settings.workers(), settings.workers(), 60,
        TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemon("hostsql-schedule-worker"));
    long nowMs = System.currentTimeMillis();
    lastSecond = nowMs / 1000;
    endSecond = settings.runForSeconds() > 0 ? lastSecond + settings.runForSeconds() : 0;
    ticker.scheduleAtFixedRate(this::tick, 1000 - nowMs % 1000 + 5, 1000,
        TimeUnit.MILLISECONDS);
    // osquery_info and osquery_schedule, read through this JVM's embedded connections, now
    // answer for the running schedule, as osqueryd's own do.
    OsqueryRuntime.setIdentity(new OsqueryRuntime.Identity(
        OsqueryRuntime.identity().version(), java.util.UUID.randomUUID().toString(),
        configHash, true, "inactive"));
    OsqueryRuntime.setSchedule(this::asOsquerySchedule);
    status.info("started: " + jobs.size() + " queries scheduled ("
        + planFailures.size() + " could not be planned); results to "
        + (settings.resultsToFile() ? results.file() : "")
        + (settings.resultsToFile() && settings.resultsToStdout() ? " and " : "")
        + (settings.resultsToStdout() ? "stdout" : "") + "; store " + settings.storeDir()
        + "; epoch " + settings.epoch());
  }

  /** Waits until the scheduler stops; its exit code (0, or {@link #EXIT_MEMORY}). */
  public int awaitExit() throws InterruptedException {
    try {
      return exit.get();
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The scheduled queries' names, in the order osquery sorts them. */
  public List<String> scheduled() {
    return jobs.stream().map(j -> j.query().name()).toList();
  }

  /** The queries that could not be planned, with why. */
  public Map<String, String> planFailures() {
    return Map.copyOf(planFailures);
  }

  /** Per scheduled query, what {@code osquery_schedule} shows. */
  public List<ScheduleStats> stats() {
    return jobs.stream().map(QueryJob::stats).toList();
  }

  /** One step of the clock: never throws, or the executor would stop calling it. */
  private void tick() {
    try {
      long now = System.currentTimeMillis() / 1000;
      // Seconds a pause skipped are caught up (up to a minute), so no interval is missed.
      for (long second = Math.max(lastSecond + 1, now - 59); second <= now; second++) {
        dispatch(second);
        decorations.runInterval(second);
      }
      lastSecond = Math.max(lastSecond, now);
      watchdog(now);
      if (endSecond > 0 && now >= endSecond) {
        status.info("schedule_timeout of " + settings.runForSeconds() + " s reached");
        stopAsync(0);
      }
    } catch (Throwable t) {
      status.error("scheduler error (it keeps running): " + t);
    }
  }

  private void dispatch(long second) {
    for (QueryJob job : jobs) {
      ScheduledQuery q = job.query();
      if (second % q.splayedInterval() != 0 || job.suspendedUntil > second) {
        continue;
      }
      if (!job.running.compareAndSet(false, true)) {
        if (!job.overrunReported) {
          job.overrunReported = true;
          status.warning("query " + q.name() + " is still running after "
              + String.format(java.util.Locale.ROOT, "%.1f",
                  (System.nanoTime() - job.startedNanos) / 1e9) + " s, longer than its"
              + " interval of " + q.splayedInterval() + " s; it is not started again until it"
              + " ends");
        }
        continue;
      }
      job.overrunReported = false;
      job.timeoutReported = false;
      job.startedNanos = System.nanoTime();
      try {
        workers.execute(job::run);
      } catch (RejectedExecutionException e) {
        job.running.set(false);
      }
    }
  }

  private void watchdog(long now) {
    long limitNanos = settings.queryTimeoutSeconds() * 1_000_000_000L;
    for (QueryJob job : jobs) {
      if (job.running.get() && !job.timedOut && System.nanoTime() - job.startedNanos
          > limitNanos) {
        job.cancel();
        timedOut(job);
      }
    }
    if (settings.memoryLimitMb() > 0) {
      long rssMb = residentMegabytes();
      if (rssMb > settings.memoryLimitMb()) {
        status.error("resident memory " + rssMb + " MB is over the limit of "
            + settings.memoryLimitMb() + " MB (watchdog_memory_limit); the scheduler stops");
        stopAsync(EXIT_MEMORY);
      }
    }
  }

  /**
   * A run passed the time limit, whether the watchdog or the statement's own timeout stopped
   * it (whichever comes first): said once per run, and the query denylisted if it allows.
   */
  synchronized void timedOut(QueryJob job) {
    if (job.timeoutReported) {
      return;
    }
    job.timeoutReported = true;
    String suspended = "";
    if (job.query().denylist()) {
      job.suspendedUntil = System.currentTimeMillis() / 1000 + DENYLIST_SECONDS;
      suspended = "; it is denylisted for 24 h (\"denylist\": false in its definition "
          + "keeps it scheduled)";
    }
    status.error("query " + job.query().name() + " ran longer than the limit of "
        + settings.queryTimeoutSeconds() + " s (hostsql_query_timeout) and was stopped"
        + suspended);
  }

  static long residentMegabytes() {
    try {
      String[] statm = Files.readString(Path.of("/proc/self/statm"), StandardCharsets.US_ASCII)
          .trim().split(" ");
      return Long.parseLong(statm[1]) * 4096 / (1 << 20);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private void stopAsync(int code) {
    if (stopping) {
      return;
    }
    stopping = true;
    exitCode = code;
    Thread t = new Thread(() -> {
      close();
    }, "hostsql-schedule-stop");
    t.setDaemon(true);
    t.start();
  }

  Connection connect() throws SQLException {
    Properties p = new Properties();
    p.setProperty("schema", "osquery");
    return new HostsqlDriver().connect(HostsqlDriver.PREFIX, p);
  }

  ScheduleSettings settings() {
    return settings;
  }

  StatusLog status() {
    return status;
  }

  LogLines lines() {
    return lines;
  }

  Decorations decorations() {
    return decorations;
  }

  ResultStore store() {
    return store;
  }

  ResultLog results() {
    return results;
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  /** Stops the clock, lets running queries end (up to 10 s), and closes everything. */
  @Override
  public synchronized void close() {
    OsqueryRuntime.setSchedule(null);
    if (ticker != null) {
      ticker.shutdownNow();
      workers.shutdown();
      try {
        if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
          jobs.forEach(QueryJob::cancel);
          workers.shutdownNow();
          workers.awaitTermination(5, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    jobs.forEach(QueryJob::close);
    if (decorations != null) {
      decorations.close();
    }
    if (results != null) {
      results.close();
    }
    if (store != null) {
      store.close();
      status.info("stopped");
      store = null;
    }
    ticker = null;
    exit.complete(exitCode);
  }
}
