package io.hostsql.os.windows;

import io.hostsql.os.OsException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a call that may never return (NtQueryObject on a handle whose file object is locked by
 * a pending read, as psutil found with pipes) on a worker thread, and waits for it at most a
 * fixed time. A call that overruns is abandoned with its thread (a thread blocked in the
 * kernel cannot be stopped from Java; psutil kills it with TerminateThread, which would leave
 * the JVM's view of that thread undefined), and the next call gets a new thread. Abandoned
 * threads still blocked are counted: past the limit no new one is started and every call fails
 * at once, so a wedged file system costs a bounded number of threads, never an unbounded wait.
 */
final class BoundedWorker {
  private final Duration timeout;
  private final int maxAbandoned;
  private final String name;
  private final List<Thread> abandoned = new ArrayList<>();
  private ExecutorService executor;
  private Thread current;

  BoundedWorker(Duration timeout, int maxAbandoned, String name) {
    this.timeout = timeout;
    this.maxAbandoned = maxAbandoned;
    this.name = name;
  }

  /**
   * The call's answer.
   *
   * @throws TimeoutException when it did not finish in time (its thread is abandoned)
   * @throws OsException when too many abandoned threads are still blocked, or the call threw
   */
  synchronized <T> T call(Callable<T> task) throws TimeoutException {
    abandoned.removeIf(t -> !t.isAlive());
    if (abandoned.size() >= maxAbandoned) {
      throw new OsException(name + ": " + abandoned.size() + " earlier calls are still blocked; "
          + "not starting another");
    }
    if (executor == null) {
      executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        current = t;
        return t;
      });
    }
    Future<T> f = executor.submit(task);
    try {
      return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      executor.shutdownNow();
      if (current != null) {
        abandoned.add(current);
      }
      executor = null;
      current = null;
      throw e;
    } catch (ExecutionException e) {
      throw new OsException(name + " failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OsException(name + ": interrupted");
    }
  }

  /** Abandoned threads still blocked. */
  synchronized int blocked() {
    abandoned.removeIf(t -> !t.isAlive());
    return abandoned.size();
  }
}
