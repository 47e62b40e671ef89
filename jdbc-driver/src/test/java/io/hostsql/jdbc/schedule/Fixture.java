package io.hostsql.jdbc.schedule;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

/**
 * What the scheduler tests stage: processes of a name no other process has (a copy of sleep),
 * the result log read back line by line, and bounded waits.
 */
final class Fixture implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path program;
  private final List<Process> started = new ArrayList<>();

  Fixture(Path dir) throws IOException {
    String name = "hs23" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    program = dir.resolve(name);
    Files.copy(Path.of("/bin/sleep"), program);
    program.toFile().setExecutable(true, false);
  }

  /** The process name the staged processes have. */
  String name() {
    return program.getFileName().toString();
  }

  Process start() throws IOException {
    Process p = new ProcessBuilder(program.toString(), "600").start();
    started.add(p);
    return p;
  }

  static void stop(Process p) throws InterruptedException {
    p.destroy();
    p.waitFor();
  }

  /** Every line of the file, parsed; a line that is not JSON fails the test. */
  static List<JsonNode> lines(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    if (!Files.exists(file)) {
      return out;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      try {
        out.add(JSON.readTree(line));
      } catch (IOException e) {
        fail("not a JSON line in " + file + ": " + line);
      }
    }
    return out;
  }

  /** {@link #lines} for a wait's condition. */
  static List<JsonNode> read(Path file) {
    try {
      return lines(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The "action pid" of each differential line of the query, in log order. */
  static List<String> events(List<JsonNode> lines, String query, String column) {
    List<String> out = new ArrayList<>();
    for (JsonNode l : lines) {
      if (l.path("name").asText().equals(query) && l.has("columns")) {
        out.add(l.path("action").asText() + " " + l.path("columns").path(column).asText());
      }
    }
    return out;
  }

  /** A sorted copy: lines of one run come in the query's row order, not the test's. */
  static List<String> sorted(List<String> l) {
    List<String> c = new ArrayList<>(l);
    c.sort(null);
    return c;
  }

  /** Waits up to the bound (the machine may be loaded: seconds, not milliseconds). */
  static void await(String what, long seconds, BooleanSupplier condition)
      throws InterruptedException {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        fail("waited " + seconds + " s for " + what);
      }
      Thread.sleep(200);
    }
  }

  /** The config text of queries over the staged processes, 1-second intervals. */
  String processQuery() {
    return "SELECT pid, name FROM processes WHERE name = '" + name() + "'";
  }

  @Override
  public void close() {
    for (Process p : started) {
      p.destroyForcibly();
    }
  }
}
