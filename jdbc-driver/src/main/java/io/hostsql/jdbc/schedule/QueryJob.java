package io.hostsql.jdbc.schedule;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.avatica.AvaticaResultSet;

/**
 * One scheduled query: its own connection and prepared statement (so {@code cpu_percent}
 * measures between its runs), the results of its last run, and one run at a time. A run's
 * changes are written to the result log before the store moves on: if the log cannot be
 * written the store keeps the older results and the next run reports the same changes again,
 * so nothing is lost; a crash between the two can repeat a line, never drop one.
 */
final class QueryJob implements AutoCloseable {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final ScheduledQuery query;
  private final Scheduler scheduler;
  private Connection connection;
  private PreparedStatement statement;
  private StoredResult previous;
  private boolean loaded;

  final AtomicBoolean running = new AtomicBoolean();
  volatile long startedNanos;
  volatile boolean overrunReported;
  volatile boolean timedOut;
  volatile boolean timeoutReported;
  volatile long suspendedUntil;

  private long executions;
  private long lastExecuted;
  private long outputSize;
  private long wallTimeMs;
  private long lastWallTimeMs;
  private long userTimeMs;
  private long lastUserTimeMs;
  private long systemTimeMs;
  private long lastSystemTimeMs;

  QueryJob(ScheduledQuery query, Scheduler scheduler) {
    this.query = query;
    this.scheduler = scheduler;
  }

  ScheduledQuery query() {
    return query;
  }

  /** Connects and plans the query: a query that cannot plan is found at start. */
  void plan() throws SQLException {
    if (connection == null || connection.isClosed()) {
      connection = scheduler.connect();
      statement = null;
    }
    if (statement == null) {
      statement = connection.prepareStatement(Sql.withoutTerminator(query.sql()));
    }
  }

  /** One run, on a worker thread; every failure ends in the status log, none escapes. */
  void run() {
    long wallStart = System.nanoTime();
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    long userStart = THREADS.getCurrentThreadUserTime();
    long written = 0;
    try {
      scheduler.decorations().runAlways();
      plan();
      List<String> rows = execute();
      Instant now = Instant.now();
      written = query.snapshot() ? logSnapshot(rows, now) : logDifferences(rows, now);
    } catch (SQLException | RuntimeException e) {
      if (timedOut || e instanceof java.sql.SQLTimeoutException
          || String.valueOf(e.getMessage()).contains("timed out after")) {
        scheduler.timedOut(this);
      } else {
        scheduler.status().error("query " + query.name() + " failed: " + Errors.message(e));
      }
      closeConnection();
    } catch (IOException e) {
      scheduler.status().error("the results of " + query.name() + " could not be written: "
          + ResultStore.describe(e) + "; its store entry is unchanged, so its next run logs"
          + " these changes again");
    } finally {
      long wall = (System.nanoTime() - wallStart) / 1_000_000;
      long cpu = Math.max(0, THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
      long user = Math.max(0, THREADS.getCurrentThreadUserTime() - userStart) / 1_000_000;
      synchronized (this) {
        executions++;
        lastExecuted = Instant.now().getEpochSecond();
        outputSize += written;
        lastWallTimeMs = wall;
        wallTimeMs += wall;
        lastUserTimeMs = user;
        userTimeMs += user;
        lastSystemTimeMs = Math.max(0, cpu - user);
        systemTimeMs += lastSystemTimeMs;
      }
      timedOut = false;
      running.set(false);
    }
  }

  private List<String> execute() throws SQLException {
    int maxRows = scheduler.settings().maxRows();
    statement.setQueryTimeout(scheduler.settings().queryTimeoutSeconds());
    statement.setMaxRows(maxRows + 1);
    List<String> rows = new ArrayList<>(previous == null ? 16 : previous.rows().size() + 16);
    try (ResultSet faced = statement.executeQuery()) {
      ResultSet rs = avatica(faced);
      ResultSetMetaData md = rs.getMetaData();
      String[] columns = new String[md.getColumnCount()];
      int[] types = new int[columns.length];
      for (int i = 0; i < columns.length; i++) {
        columns[i] = md.getColumnLabel(i + 1);
        types[i] = md.getColumnType(i + 1);
      }
      RowEncoder encoder = new RowEncoder(columns, types);
      String[] values = new String[columns.length];
      while (rs.next()) {
        if (rows.size() == maxRows) {
          throw new SQLException("returned more than " + maxRows + " rows (hostsql_max_rows);"
              + " this run is dropped");
        }
        for (int i = 0; i < values.length; i++) {
          String v = rs.getString(i + 1);
          values[i] = v == null ? "" : v;
        }
        rows.add(encoder.encode(values));
      }
    }
    return rows;
  }

  /**
   * Avatica's own result set under hostsql's JDBC face: the face answers for clients (types,
   * SQLStates, scrolling) and leaves getString and next to Avatica, but every call through its
   * proxies costs reflection, and a run reads every value of up to 100,000 rows: a fifth of
   * the scheduler's CPU went there. SchedulerTest checks that the rows read this way are those
   * a JDBC client reads.
   */
  static ResultSet avatica(ResultSet faced) throws SQLException {
    return faced.isWrapperFor(AvaticaResultSet.class) ? faced.unwrap(AvaticaResultSet.class)
        : faced;
  }

  private long logSnapshot(List<String> rows, Instant now) throws IOException {
    if (rows.isEmpty()) {
      return 0;
    }
    String line = scheduler.lines().snapshot(query.name(), now, scheduler.settings().epoch(),
        scheduler.decorations().current(), rows);
    scheduler.results().write(List.of(line));
    return line.length() + 1;
  }

  private long logDifferences(List<String> rows, Instant now) throws IOException {
    long epoch = scheduler.settings().epoch();
    if (!loaded) {
      previous = loadPrevious();
      loaded = true;
    }
    boolean fresh = previous == null || previous.epoch() != epoch
        || !previous.sql().equals(query.sql());
    if (fresh && previous != null) {
      scheduler.status().info("query " + query.name() + " starts afresh: "
          + (previous.epoch() != epoch ? "the epoch changed from " + previous.epoch() + " to "
              + epoch : "its text changed"));
    }
    Differential diff = fresh ? new Differential(rows, List.of())
        : Differential.sharing(previous.rows(), rows);
    if (!fresh && diff.isEmpty()) {
      return 0;
    }
    long counter = fresh ? 0 : previous.counter() + 1;
    List<String> lines = scheduler.lines().differential(query.name(), now, epoch, counter,
        scheduler.decorations().current(), diff.added(),
        query.removed() ? diff.removed() : List.of());
    scheduler.results().write(lines);
    StoredResult next = new StoredResult(query.sql(), epoch, counter, rows);
    previous = next;
    try {
      scheduler.store().save(query.name(), next, fresh ? null : diff);
    } catch (StoreException e) {
      scheduler.status().error(e.getMessage() + "; the next runs compare with the results "
          + "kept in memory, but a restart before they can be saved logs these changes again");
    }
    long size = 0;
    for (String line : lines) {
      size += line.length() + 1;
    }
    return size;
  }

  private StoredResult loadPrevious() {
    try {
      return scheduler.store().load(query.name());
    } catch (StoreException e) {
      scheduler.status().error(e.getMessage() + "; query " + query.name() + " starts afresh:"
          + " its rows are logged as added with counter 0, and rows removed since its last"
          + " saved run cannot be reported");
      return null;
    }
  }

  /** Stops the running statement (the watchdog's timeout). */
  void cancel() {
    timedOut = true;
    PreparedStatement s = statement;
    if (s != null) {
      try {
        s.cancel();
      } catch (SQLException e) {
        // Already finished or closed: nothing left to stop.
      }
    }
  }

  synchronized ScheduleStats stats() {
    return new ScheduleStats(query.name(), query.sql(), query.interval(), executions,
        lastExecuted, suspendedUntil > Instant.now().getEpochSecond(), outputSize, wallTimeMs,
        lastWallTimeMs, userTimeMs, lastUserTimeMs, systemTimeMs, lastSystemTimeMs);
  }

  private void closeConnection() {
    try {
      if (connection != null) {
        connection.close();
      }
    } catch (SQLException e) {
      // An embedded connection holds no server resources.
    }
    connection = null;
    statement = null;
  }

  @Override
  public void close() {
    closeConnection();
  }
}
