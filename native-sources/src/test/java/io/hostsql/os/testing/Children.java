package io.hostsql.os.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Fixture processes started by a test and killed when it ends (try-with-resources).
 */
public final class Children implements AutoCloseable {
  private final List<java.lang.Process> started = new ArrayList<>();

  /** Starts a command and returns it running. */
  public java.lang.Process start(String... command) {
    try {
      java.lang.Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      started.add(p);
      return p;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start " + String.join(" ", command), e);
    }
  }

  /** Starts {@code sleep} for a long time: a quiet, long-lived child. */
  public java.lang.Process sleeper() {
    return start("sleep", "3600");
  }

  @Override
  public void close() {
    for (java.lang.Process p : started) {
      p.destroyForcibly();
    }
    for (java.lang.Process p : started) {
      try {
        p.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
