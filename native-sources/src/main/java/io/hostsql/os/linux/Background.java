package io.hostsql.os.linux;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Runs one piece of a listing on a thread of its own while the caller does another: a daemon
 * thread per call rather than a shared pool, so a library call never waits on a pool that its
 * caller (or another library) keeps busy. Used only where a listing costs milliseconds.
 */
final class Background {
  private Background() {
  }

  static <T> CompletableFuture<T> run(String name, Supplier<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        result.complete(work.get());
      } catch (Throwable e) {
        result.completeExceptionally(e);
      }
    }, name);
    t.setDaemon(true);
    t.start();
    return result;
  }
}
