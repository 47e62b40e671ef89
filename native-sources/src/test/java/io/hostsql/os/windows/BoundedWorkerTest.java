package io.hostsql.os.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.OsException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The worker that bounds open_files' name queries: a call that never returns (a latch never
 * counted down, as NtQueryObject on a locked pipe never returns) gives TimeoutException and
 * the next call runs on a new thread; past the limit of blocked threads every call fails at
 * once instead of starting another. The blocked calls are released at the end.
 */
class BoundedWorkerTest {
  @Test
  void aHungCallIsAbandonedAndTheNextOneRuns() throws Exception {
    BoundedWorker w = new BoundedWorker(Duration.ofMillis(200), 2, "test-names");
    CountDownLatch never = new CountDownLatch(1);
    List<Thread> hung = new ArrayList<>();
    try {
      assertThrows(TimeoutException.class, () -> w.call(() -> {
        hung.add(Thread.currentThread());
        return blockLikeTheKernel(never);
      }));
      assertEquals(1, w.blocked());
      assertEquals("quick", w.call(() -> "quick"));
      assertThrows(TimeoutException.class, () -> w.call(() -> blockLikeTheKernel(never)));
      assertEquals(2, w.blocked());
      OsException full = assertThrows(OsException.class, () -> w.call(() -> "refused"));
      assertTrue(full.getMessage().contains("still blocked"), full.getMessage());
    } finally {
      never.countDown();
    }
    // Once the blocked calls return, their threads end and the worker serves again.
    for (Thread t : hung) {
      t.join(TimeUnit.SECONDS.toMillis(30));
    }
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (w.blocked() > 0 && System.nanoTime() < until) {
      Thread.sleep(10);
    }
    assertEquals(0, w.blocked());
    assertEquals("again", w.call(() -> "again"));
  }

  /** Waits as a thread in a system call does: deaf to Thread.interrupt. */
  private static String blockLikeTheKernel(CountDownLatch latch) {
    while (true) {
      try {
        latch.await();
        return "late";
      } catch (InterruptedException ignored) {
        // a native call would not notice either
      }
    }
  }

  @Test
  void aFailingCallIsAnOsException() {
    BoundedWorker w = new BoundedWorker(Duration.ofSeconds(30), 1, "test-names");
    OsException e = assertThrows(OsException.class, () -> w.call(() -> {
      throw new IllegalStateException("boom");
    }));
    assertTrue(e.getMessage().contains("boom"));
  }
}
