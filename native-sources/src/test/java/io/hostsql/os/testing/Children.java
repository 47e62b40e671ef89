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

  /**
   * Starts {@code sleep} for a long time: a quiet, long-lived child, returned once it has
   * become sleep (before exec it is still a copy of this JVM, with the JVM's maps and files).
   */
  public java.lang.Process sleeper() {
    java.lang.Process p = start("sleep", "3600");
    java.nio.file.Path comm = java.nio.file.Path.of("/proc/" + p.pid() + "/comm");
    try {
      for (int i = 0; i < 500; i++) {
        if (java.nio.file.Files.readString(comm).strip().equals("sleep")) {
          return p;
        }
        Thread.sleep(10);
      }
    } catch (IOException e) {
      throw new IllegalStateException("sleep exited at once: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new IllegalStateException("sleep did not start within 5 s");
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
