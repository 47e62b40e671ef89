package io.hostsql.os;

/**
 * A scope in which a {@link Process} reads each of its source files at most once, as psutil's
 * {@code oneshot()} does: every getter inside it answers from the same snapshot of
 * /proc/PID/stat, status and statm. Scopes nest; the snapshot is dropped when the outermost
 * one closes.
 */
public final class Oneshot implements AutoCloseable {
  private final Process process;
  private boolean closed;

  Oneshot(Process process) {
    this.process = process;
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      process.leaveOneshot();
    }
  }
}
