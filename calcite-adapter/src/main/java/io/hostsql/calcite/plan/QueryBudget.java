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
 * deadline) and memory: the bytes its operators keep (its memory limit) and, optionally, the
 * bytes the threads working for it allocate (its allocation limit).
 *
 * <p>Calcite bounds only execution by its query timeout, counted from the first row's
 * preparation, and nothing bounds the planner: a twelve-way join planned for 40 s under a 2 s
 * timeout. Here a watchdog sets the statement's cancel flag when the deadline passes; the
 * Volcano planner looks at that flag between rule calls (HostsqlPrepare hands it over), the
 * preparation looks at it between its phases, and {@link QueryGuard} on every row. The reason
 * (timed out, out of memory) is kept with the flag, so whoever stops reports the right error.
 *
 * <p>Kept memory is charged by {@link RetainedMemory}: the rows that flow into the operators
 * that keep them (sort, hash aggregate, hash join's build side, window, collect, set
 * operations), estimated by {@link RowSizes}, and credited back when the operator's rows are
 * closed. A query that streams keeps nothing and is charged nothing, however much it reads.
 * Next to each query's limit, all queries with one share a pool of half the heap: six queries
 * each under its limit cannot together exhaust the heap.
 *
 * <p>Allocation is sampled per thread with {@code com.sun.management.ThreadMXBean}: it bounds
 * from above what a query can hold anywhere (a long string built inside an operator too), but
 * a long scan that keeps nothing also counts what it threw away, so it is off unless set.
 */
public final class QueryBudget {
  /** SQLState of a statement stopped by its time limit (57: operator intervention). */
  public static final String TIMEOUT_STATE = "57014";
  /** SQLState of a statement stopped by its memory limit (53: insufficient resources). */
  public static final String MEMORY_STATE = "53200";

  private enum Outcome {
    RUNNING, TIMED_OUT, OVER_ALLOCATION, OVER_MEMORY, OVER_SHARED, FINISHED
  }

  /** What all running queries with a memory limit may keep together: half the heap. */
  static final long SHARED_LIMIT = Runtime.getRuntime().maxMemory() / 2;
  /** What they keep now (charged bytes of budgets not yet finished or collected). */
  private static final AtomicLong SHARED = new AtomicLong();
  /**
   * Credits what a statement abandoned unclosed kept, once its cancel flag is collected. A
   * holder: its thread starts with the first memory limit, not with every statement.
   */
  private static final class Settler {
    static final java.lang.ref.Cleaner CLEANER = java.lang.ref.Cleaner.create();
  }

  private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();
  /** Each running budget by its statement's cancel flag (identity: AtomicBoolean keeps it). */
  private static final Map<AtomicBoolean, QueryBudget> BY_FLAG =
      Collections.synchronizedMap(new WeakHashMap<>());
  private static final ThreadLocal<QueryBudget> PREPARING = new ThreadLocal<>();
  /** The budget a thread last charged allocation to, and the thread's count then. */
  private static final ThreadLocal<long[]> MARK = ThreadLocal.withInitial(() -> new long[2]);
  /** A holder: the management beans load with the first allocation limit only. */
  private static final class Threads {
    static final com.sun.management.ThreadMXBean BEAN = threads();
  }
  private static final AtomicLong IDS = new AtomicLong();

  private final long id = IDS.incrementAndGet();
  /**
   * Weakly: the registry's key is the flag, and a statement its caller abandons unclosed must
   * not stay registered for the life of the JVM.
   */
  private final java.lang.ref.WeakReference<AtomicBoolean> cancel;
  private final int timeoutSeconds;
  private final long allocationLimit;
  private final long retainedLimit;
  private final AtomicLong allocated = new AtomicLong();
  /** Bytes charged for what the query's operators keep (and, in them, the shared pool's). */
  private final AtomicLong retained = new AtomicLong();
  /** What each buffering operator of the plan has been charged ({@link RetainedMemory}). */
  private final java.util.concurrent.ConcurrentHashMap<Integer, AtomicLong> slots =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final java.lang.ref.Cleaner.Cleanable settle;
  private volatile Outcome outcome = Outcome.RUNNING;
  private final ScheduledFuture<?> deadline;

  private QueryBudget(AtomicBoolean cancel, int timeoutSeconds, long allocationLimit,
      long retainedLimit) {
    this.cancel = new java.lang.ref.WeakReference<>(cancel);
    this.timeoutSeconds = timeoutSeconds;
    this.allocationLimit = allocationLimit;
    this.retainedLimit = retainedLimit;
    AtomicLong kept = retained; // the action must not hold the budget or the flag
    this.settle = retainedLimit > 0
        ? Settler.CLEANER.register(cancel, () -> SHARED.addAndGet(-kept.getAndSet(0))) : null;
    this.deadline = timeoutSeconds > 0
        ? WATCHDOG.schedule(this::expire, timeoutSeconds, TimeUnit.SECONDS) : null;
  }

  /**
   * Starts a statement's execution: its cancel flag is cleared (a cancel applies to the
   * execution it was meant for) and its limits begin to count.
   *
   * @param cancel the statement's cancel flag, the one Calcite hands to its rows
   * @param timeoutSeconds the time limit of everything the execution does; 0 for none
   * @param allocationLimit the bytes it may allocate; 0 for no limit
   */
  public static QueryBudget start(AtomicBoolean cancel, int timeoutSeconds,
      long allocationLimit) {
    return start(cancel, timeoutSeconds, allocationLimit, 0);
  }

  /**
   * Starts a statement's execution under a time limit, an allocation limit and a limit on
   * what its operators keep ({@link RetainedMemory}).
   *
   * @param cancel the statement's cancel flag, the one Calcite hands to its rows
   * @param timeoutSeconds the time limit of everything the execution does; 0 for none
   * @param allocationLimit the bytes it may allocate; 0 for no limit
   * @param retainedLimit the bytes its sorts, groups, joins and windows may keep; 0 for no
   *     limit (and then no share of the pool either)
   */
  public static QueryBudget start(AtomicBoolean cancel, int timeoutSeconds,
      long allocationLimit, long retainedLimit) {
    cancel.set(false);
    QueryBudget b = new QueryBudget(cancel, timeoutSeconds,
        allocationLimit > 0 && Threads.BEAN == null ? 0 : allocationLimit, retainedLimit);
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
    if (settle != null) {
      settle.clean(); // what it kept is no longer the pool's
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
    if (allocationLimit > 0) {
      long[] mark = MARK.get();
      mark[0] = id;
      mark[1] = Threads.BEAN.getCurrentThreadAllocatedBytes();
    }
  }

  /**
   * Charges what this thread allocated since it last worked for this query, and throws the
   * statement's failure when a limit has been passed or the statement was stopped for one.
   */
  public void check() {
    if (allocationLimit > 0) {
      long now = Threads.BEAN.getCurrentThreadAllocatedBytes();
      long[] mark = MARK.get();
      if (mark[0] == id) {
        long total = allocated.addAndGet(now - mark[1]);
        if (total > allocationLimit) {
          stop(Outcome.OVER_ALLOCATION);
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

  private void stop(Outcome why) {
    synchronized (this) {
      if (outcome == Outcome.RUNNING) {
        outcome = why;
      }
    }
    cancelFlag().set(true);
  }

  /** Whether what this query's operators keep is counted (it has a memory limit). */
  boolean limitsRetained() {
    return retainedLimit > 0;
  }

  /** The running count of what the operator numbered {@code slot} in the plan keeps. */
  AtomicLong slot(int slot) {
    return slots.computeIfAbsent(slot, s -> new AtomicLong());
  }

  /**
   * Charges {@code bytes} more kept by the query's operators; throws the statement's failure
   * once its memory limit, or the pool all queries share, is passed.
   */
  void retain(long bytes) {
    long mine = retained.addAndGet(bytes);
    long all = SHARED.addAndGet(bytes);
    if (outcome == Outcome.FINISHED) {
      release(bytes); // charged after the statement ended: nothing holds it any more
      return;
    }
    if (mine > retainedLimit) {
      stop(Outcome.OVER_MEMORY);
    } else if (all > SHARED_LIMIT) {
      stop(Outcome.OVER_SHARED);
    }
    SQLException failure = failure();
    if (failure != null) {
      throw QueryGuard.undeclared(failure);
    }
  }

  /** Credits {@code bytes} an operator no longer keeps (never more than is charged). */
  void release(long bytes) {
    long before = retained.getAndUpdate(r -> Math.max(0, r - bytes));
    SHARED.addAndGet(-Math.min(before, bytes));
  }

  /** Bytes charged now for what the query's operators keep. */
  public long retained() {
    return retained.get();
  }

  /** What all queries with a memory limit keep now, together. */
  public static long sharedRetained() {
    return SHARED.get();
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
      case OVER_ALLOCATION -> new SQLException("query stopped: it allocated more than "
          + megabytes(allocationLimit) + " MiB, its allocation limit (queryAllocation connection "
          + "property, hostsql serve --query-allocation); the connection stays usable",
          MEMORY_STATE);
      case OVER_MEMORY -> new SQLException("query stopped: its sorts, groups, joins and "
          + "windows kept more than " + megabytes(retainedLimit) + " MiB, its memory limit "
          + "(queryMemory connection property, hostsql serve --query-memory); the connection "
          + "stays usable", MEMORY_STATE);
      case OVER_SHARED -> new SQLException("query stopped: the queries running now keep more "
          + "than " + megabytes(SHARED_LIMIT) + " MiB together (half the Java heap), so this "
          + "one stopped before its memory limit (queryMemory connection property, hostsql "
          + "serve --query-memory) was reached; try again later; the connection stays usable",
          MEMORY_STATE);
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
