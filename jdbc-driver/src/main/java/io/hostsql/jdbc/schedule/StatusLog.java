package io.hostsql.jdbc.schedule;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The scheduler's own log (osqueryd's INFO/WARNING/ERROR lines): started, a query that failed
 * or overran, a store or log that cannot be written. Each line goes to stderr and, when a
 * directory is given, to {@code hostsql-schedule.status.log} in it; when that file cannot be
 * written, stderr says so once and still gets every line. It is kept under 10 MiB, with one
 * older file ({@code .1}).
 */
public final class StatusLog {
  /** How serious a line is. */
  public enum Level { INFO, WARNING, ERROR }

  /** The status log's file name in the log directory. */
  public static final String FILE_NAME = "hostsql-schedule.status.log";
  /** Past this size the file moves to {@code .1} (replacing the older one): bounded on disk. */
  static final long MAX_BYTES = 10L << 20;

  private final Path file;
  private final PrintStream err;
  private boolean fileFailed;

  StatusLog(Path dir, PrintStream err) {
    this.file = dir == null ? null : dir.resolve(FILE_NAME);
    this.err = err;
  }

  void info(String message) {
    log(Level.INFO, message);
  }

  void warning(String message) {
    log(Level.WARNING, message);
  }

  void error(String message) {
    log(Level.ERROR, message);
  }

  synchronized void log(Level level, String message) {
    String line = Instant.now() + " " + level + " " + message.replace('\n', ' ') + "\n";
    if (err != null) {
      err.print("hostsql schedule: " + line);
      err.flush();
    }
    if (file == null) {
      return;
    }
    try {
      Files.createDirectories(file.getParent());
      if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
        Files.move(file, file.resolveSibling(FILE_NAME + ".1"),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      if (fileFailed) {
        fileFailed = false;
        log(Level.INFO, "the status log " + file + " is writable again");
      }
    } catch (IOException e) {
      if (!fileFailed && err != null) {
        fileFailed = true;
        err.println("hostsql schedule: " + Instant.now() + " ERROR cannot write the status log "
            + file + ": " + ResultStore.describe(e) + "; its lines go to stderr only until it"
            + " can be written again");
      }
    }
  }
}
