package io.hostsql.os;

import io.hostsql.os.spi.ProcessBackend;
import io.hostsql.os.spi.Spawned;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * A child process started by hostsql that is at once the running child (its standard
 * streams, its exit status) and a {@link Process} with every psutil method, like psutil's
 * {@code Popen}. Closing it closes the streams and waits for the child.
 */
public final class Popen extends Process implements AutoCloseable {
  private final OutputStream stdin;
  private final InputStream stdout;
  private final InputStream stderr;

  private Popen(ProcessBackend processes, Spawned child) {
    super(processes, child.reader());
    this.stdin = child.stdin();
    this.stdout = child.stdout();
    this.stderr = child.stderr();
    checkNotReused(); // binds the identity now, while the child certainly exists
  }

  /** Starts the command, found on PATH, with this JVM's environment and directory. */
  public static Popen start(String... command) {
    return start(List.of(command), null, null);
  }

  /**
   * Starts the command.
   *
   * @param environment the child's whole environment, or null to inherit this JVM's
   * @param cwd the child's working directory, or null to inherit
   */
  public static Popen start(List<String> command, Map<String, String> environment, String cwd) {
    ProcessBackend processes = Platform.current().processes();
    return new Popen(processes, processes.spawn(command, environment, cwd));
  }

  /** The child's standard input. */
  public OutputStream stdin() {
    return stdin;
  }

  /** The child's standard output. */
  public InputStream stdout() {
    return stdout;
  }

  /** The child's standard error. */
  public InputStream stderr() {
    return stderr;
  }

  @Override
  public void close() {
    try {
      stdin.close();
      stdout.close();
      stderr.close();
    } catch (java.io.IOException e) {
      // the fd streams do not throw on close
    }
    waitFor(null);
  }
}
