package io.hostsql.calcite.plan;

import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one execution of a statement may spend, from the moment it is handed to the driver:
 * time (parsing, validation, planning, code generation and every row fetched, under one
 * deadline) and memory (bytes allocated by the threads working for it).
 *
 * <p>Calcite bounds only execution by its query timeout, counted from the first row's
 * preparation, and nothing bounds the planner: a twelve-way join planned for 40 s under a 2 s
 * timeout. Here a watchdog sets the statement's cancel flag when the deadline passes; the
 * Volcano planner looks at that flag between rule calls (HostsqlPrepare hands it over), the
 * preparation looks at it between its phases, and {@link QueryGuard} on every row. The reason
 * (timed out, out of memory) is kept with the flag, so whoever stops reports the right error.
 *
 * <p>Memory is counted as allocation, sampled per thread with
 * {@code com.sun.management.ThreadMXBean}: the bytes a query allocates bound from above the
 * bytes it can hold, whatever Calcite's operators (sort, aggregate, join) keep inside, which
 * this code cannot see. The price: a long scan that keeps nothing also counts what it threw
 * away, so the limit is set well above what ordinary queries allocate.
 */
public final class QueryBudget {
  /** SQLState of a statement stopped by its time limit (57: operator intervention). */
  public static final String TIMEOUT_STATE = "57014";
  /** SQLState of a statement stopped by its memory limit (53: insufficient resources). */
  public static final String MEMORY_STATE = "53200";

  private enum Outcome { RUNNING, TIMED_OUT, OUT_OF_MEMORY, FINISHED }

  private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();
  /** Each running budget by its statement's cancel flag (identity: AtomicBoolean keeps it). */
  private static final Map<AtomicBoolean, QueryBudget> BY_FLAG =
      Collections.synchronizedMap(new WeakHashMap<>());
  private static final ThreadLocal<QueryBudget> PREPARING = new ThreadLocal<>();
  /** The budget a thread last charged allocation to, and the thread's count then. */
  private static final ThreadLocal<long[]> MARK = ThreadLocal.withInitial(() -> new long[2]);
  private static final com.sun.management.ThreadMXBean THREADS = threads();
  private static final AtomicLong IDS = new AtomicLong();

  private final long id = IDS.incrementAndGet();
  /**
   * Weakly: the registry's key is the flag, and a statement its caller abandons unclosed must
   * not stay registered for the life of the JVM.
   */
  private final java.lang.ref.WeakReference<AtomicBoolean> cancel;
  private final int timeoutSeconds;
  private final long memoryLimit;
  private final AtomicLong allocated = new AtomicLong();
  private volatile Outcome outcome = Outcome.RUNNING;
  private final ScheduledFuture<?> deadline;

  private QueryBudget(AtomicBoolean cancel, int timeoutSeconds, long memoryLimit) {
    this.cancel = new java.lang.ref.WeakReference<>(cancel);
    this.timeoutSeconds = timeoutSeconds;
    this.memoryLimit = memoryLimit;
    this.deadline = timeoutSeconds > 0
        ? WATCHDOG.schedule(this::expire, timeoutSeconds, TimeUnit.SECONDS) : null;
  }

  /**
   * Starts a statement's execution: its cancel flag is cleared (a cancel applies to the
   * execution it was meant for) and its limits begin to count.
   *
   * @param cancel the statement's cancel flag, the one Calcite hands to its rows
   * @param timeoutSeconds the time limit of everything the execution does; 0 for none
   * @param memoryLimit the bytes it may allocate; 0 for no limit
   */
  public static QueryBudget start(AtomicBoolean cancel, int timeoutSeconds, long memoryLimit) {
    cancel.set(false);
    QueryBudget b = new QueryBudget(cancel, timeoutSeconds,
        THREADS == null ? 0 : memoryLimit);
    QueryBudget previous = BY_FLAG.put(cancel, b);
    if (previous != null) {
      previous.finish();
    }
    b.resume();
    return b;
  }

  /** The running budget of the statement with that cancel flag, or null. */
  public static QueryBudget of(AtomicBoolean cancel) {
    return cancel == null ? null : BY_FLAG.get(cancel);
  }

  /** The budget of the statement this thread is preparing or executing, or null. */
  public static QueryBudget current() {
    return PREPARING.get();
  }

  /** The statement's cancel flag, which the planner watches. */
  public AtomicBoolean cancelFlag() {
    AtomicBoolean flag = cancel.get();
    return flag != null ? flag : new AtomicBoolean(true);
  }

  /** Makes this the thread's current budget until the returned scope closes. */
  public Scope enter() {
    QueryBudget previous = PREPARING.get();
    PREPARING.set(this);
    resume();
    return () -> {
      if (previous == null) {
        PREPARING.remove();
      } else {
        PREPARING.set(previous);
      }
    };
  }

  /** A budget made current on a thread; closing restores the one before. */
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }

  /** The execution is over (its statement re-executed or closed): nothing more is counted. */
  public void finish() {
    if (deadline != null) {
      deadline.cancel(false);
    }
    synchronized (this) {
      if (outcome == Outcome.RUNNING) {
        outcome = Outcome.FINISHED;
      }
    }
    AtomicBoolean flag = cancel.get();
    if (flag != null) {
      BY_FLAG.remove(flag, this);
    }
  }

  private void expire() {
    synchronized (this) {
      if (outcome != Outcome.RUNNING) {
        return;
      }
      outcome = Outcome.TIMED_OUT;
    }
    cancelFlag().set(true);
  }

  /**
   * Work on this thread from now on is this query's: what the thread allocated before is not
   * charged to it.
   */
  public void resume() {
    if (memoryLimit > 0) {
      long[] mark = MARK.get();
      mark[0] = id;
      mark[1] = THREADS.getCurrentThreadAllocatedBytes();
    }
  }

  /**
   * Charges what this thread allocated since it last worked for this query, and throws the
   * statement's failure when a limit has been passed or the statement was stopped for one.
   */
  public void check() {
    if (memoryLimit > 0) {
      long now = THREADS.getCurrentThreadAllocatedBytes();
      long[] mark = MARK.get();
      if (mark[0] == id) {
        long total = allocated.addAndGet(now - mark[1]);
        if (total > memoryLimit) {
          synchronized (this) {
            if (outcome == Outcome.RUNNING) {
              outcome = Outcome.OUT_OF_MEMORY;
            }
          }
          cancelFlag().set(true);
        }
      } else {
        mark[0] = id;
      }
      mark[1] = now;
    }
    SQLException failure = failure();
    if (failure != null) {
      throw QueryGuard.undeclared(failure);
    }
  }

  /** Throws the current budget's failure, if this thread works for a statement that has one. */
  public static void checkCurrent() {
    QueryBudget b = PREPARING.get();
    if (b != null) {
      b.check();
    }
  }

  /**
   * Why the statement was stopped by its limits, as the exception its caller gets; null while
   * no limit has been passed.
   */
  public SQLException failure() {
    return switch (outcome) {
      case TIMED_OUT -> new SQLTimeoutException("query timed out after " + timeoutSeconds
          + " s (its time limit covers parsing, planning, code generation and reading the "
          + "rows); the connection stays usable", TIMEOUT_STATE);
      case OUT_OF_MEMORY -> new SQLException("query stopped: it allocated more than "
          + megabytes(memoryLimit) + " MiB, its memory limit (queryMemory connection property,"
          + " hostsql serve --query-memory); the connection stays usable", MEMORY_STATE);
      default -> null;
    };
  }

  /** Bytes this execution has been charged so far. */
  public long allocated() {
    return allocated.get();
  }

  private static long megabytes(long bytes) {
    return Math.max(1, bytes >> 20);
  }

  private static ScheduledThreadPoolExecutor watchdog() {
    ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "hostsql-query-deadlines");
      t.setDaemon(true);
      return t;
    });
    // Most statements finish before their deadline: their tasks must not pile up.
    e.setRemoveOnCancelPolicy(true);
    return e;
  }

  private static com.sun.management.ThreadMXBean threads() {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
        && t.isThreadAllocatedMemorySupported()) {
      if (!t.isThreadAllocatedMemoryEnabled()) {
        t.setThreadAllocatedMemoryEnabled(true);
      }
      return t;
    }
    return null; // a JVM without per-thread allocation counts: no memory limit can be kept
  }
}
