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
   * Starts {@code sleep} for a long time: a quiet, long-lived child, returned once it sleeps.
   * Before exec it is still the JDK's spawn helper, with other maps and files; and the name is
   * "sleep" from the start of exec, while the dynamic loader has yet to map the libraries. In
   * state S it has reached its nanosleep (the loader's mmaps and reads do not sleep that way).
   */
  public java.lang.Process sleeper() {
    java.lang.Process p = start("sleep", "3600");
    java.nio.file.Path comm = java.nio.file.Path.of("/proc/" + p.pid() + "/comm");
    java.nio.file.Path stat = java.nio.file.Path.of("/proc/" + p.pid() + "/stat");
    try {
      for (int i = 0; i < 500; i++) {
        if (java.nio.file.Files.readString(comm).strip().equals("sleep")) {
          String s = java.nio.file.Files.readString(stat);
          if (s.charAt(s.lastIndexOf(')') + 2) == 'S') {
            return p;
          }
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
