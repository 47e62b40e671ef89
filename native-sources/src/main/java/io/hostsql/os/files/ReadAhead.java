package io.hostsql.os.files;

import io.hostsql.os.OsException;
import java.lang.ref.Cleaner;
import java.util.Iterator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A walk that goes on, once it has given {@link #ON_THE_CALLER} paths, on a helper thread a
 * bounded distance ahead of its reader: the directory listings and their statx calls (most of
 * a large walk's cost) then overlap the reader's work on the rows, as find's process does
 * beside the program that reads its output. A small walk, or one a LIMIT stops early, stays on
 * the caller's thread and starts no thread.
 *
 * <p>At most {@link #BATCHES} batches of {@link #BATCH} paths wait for the reader. The helper
 * stops when the walk ends or fails (the failure, a cancelled statement's included, is thrown
 * to the reader), when the reader closes this, or when the reader is collected without closing
 * it; it runs the walk's checkpoints, so a cancelled or timed-out statement stops it too.
 */
final class ReadAhead extends Lookahead<Found> implements AutoCloseable {
  static final int ON_THE_CALLER = 2048;
  static final int BATCH = 512;
  static final int BATCHES = 16;
  private static final Object END = new Object();
  private static final Cleaner CLEANER = Cleaner.create();

  /** What the helper and the reader share: not the reader itself, so it can be collected. */
  private static final class Channel implements Runnable {
    final ArrayBlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES);
    volatile boolean closed;

    @Override
    public void run() {
      closed = true;
    }

    /** Hands a batch, the end or a failure to the reader; false once the reader is gone. */
    boolean put(Object o) throws InterruptedException {
      while (!queue.offer(o, 100, TimeUnit.MILLISECONDS)) {
        if (closed) {
          return false;
        }
      }
      return true;
    }
  }

  private final Iterator<Found> walk;
  private int given;
  private Channel channel;
  private Cleaner.Cleanable cleanable;
  private Found[] batch;
  private int at;

  ReadAhead(Iterator<Found> walk) {
    this.walk = walk;
  }

  @Override
  Found compute() {
    if (channel == null) {
      if (given < ON_THE_CALLER) {
        if (!walk.hasNext()) {
          return null;
        }
        given++;
        return walk.next();
      }
      start();
    }
    if (batch == null || at == batch.length) {
      Object next;
      try {
        next = channel.queue.take();
      } catch (InterruptedException e) {
        close();
        Thread.currentThread().interrupt();
        throw new OsException("interrupted while waiting for a directory walk");
      }
      if (next == END) {
        close();
        return null;
      }
      if (next instanceof Throwable t) {
        close();
        throw ReadAhead.<RuntimeException>rethrow(t);
      }
      batch = (Found[]) next;
      at = 0;
    }
    Found f = batch[at];
    batch[at++] = null;
    return f;
  }

  private void start() {
    Channel c = new Channel();
    channel = c;
    cleanable = CLEANER.register(this, c);
    Iterator<Found> w = walk;
    Thread helper = new Thread(() -> {
      try {
        Found[] b = new Found[BATCH];
        int n = 0;
        while (w.hasNext()) {
          if (c.closed) {
            return;
          }
          b[n++] = w.next();
          if (n == BATCH) {
            if (!c.put(b)) {
              return;
            }
            b = new Found[BATCH];
            n = 0;
          }
        }
        if (n > 0 && !c.put(java.util.Arrays.copyOf(b, n))) {
          return;
        }
        c.put(END);
      } catch (Throwable t) {
        try {
          c.put(t);
        } catch (InterruptedException e) {
          // nobody to tell
        }
      }
    }, "hostsql-file-walk");
    helper.setDaemon(true);
    helper.start();
  }

  /** Stops the helper, if one was started. */
  @Override
  public void close() {
    if (cleanable != null) {
      cleanable.clean();
    }
  }

  /** Throws a Throwable of any kind unchanged (a statement's SQLException included). */
  @SuppressWarnings("unchecked")
  private static <E extends Throwable> E rethrow(Throwable t) throws E {
    throw (E) t;
  }
}
