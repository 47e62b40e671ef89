package io.hostsql.jdbc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.testing.Commands;
import io.hostsql.os.testing.Commands.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * bin/hostsql's code cache (jdbc-driver/target/hostsql-code) across one-shot runs: filled by a
 * run, read by the next, rebuilt when older than the jar, and a corrupt entry only costs a
 * compile: the answers are the same as without the cache. The start-up trace names each step
 * and leaves the answer alone.
 */
class ColdStartIT {
  private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
  private static final String HOSTSQL = ROOT.resolve("bin/hostsql").toString();
  private static final Path CODE = ROOT.resolve("jdbc-driver/target/hostsql-code");
  /** An answer that does not move between runs: a scan, a filter and an aggregate. */
  private static final String SQL = "SELECT count(*) AS n, min(pid) AS first FROM processes "
      + "WHERE pid = 1";

  private static String query() {
    Result r = Commands.runAllowingFailure(HOSTSQL, "--format", "csv", SQL);
    assertEquals(0, r.exitCode(), r.stderr());
    assertEquals("", r.stderr());
    return r.stdout();
  }

  private static List<Path> entries() throws Exception {
    if (!Files.isDirectory(CODE)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(CODE)) {
      return s.filter(p -> p.toString().endsWith(".class")).sorted().toList();
    }
  }

  @Test
  void aStaleCacheGoesAndACorruptEntryIsCompiledAgain() throws Exception {
    // A directory older than the jar holds classes compiled against another build: removed.
    Files.createDirectories(CODE);
    Path stale = CODE.resolve("stale.class");
    Files.write(stale, new byte[] {1});
    Files.setLastModifiedTime(CODE, FileTime.fromMillis(0));
    String first = query();
    assertFalse(Files.exists(stale), "the stale directory was removed");
    List<Path> stored = entries();
    assertFalse(stored.isEmpty(), "the run stored its compiled metadata handlers");
    // The answer without any cache is the reference.
    Result plain = Commands.runAllowingFailure("bash", "-c", "HOSTSQL_JAVA_OPTS="
        + "-Dhostsql.codeCache= exec \"$0\" --format csv \"$1\"", HOSTSQL, SQL);
    assertEquals(0, plain.exitCode(), plain.stderr());
    assertEquals(plain.stdout(), first);
    assertEquals(first, query(), "read back from the cache");
    for (Path p : stored) {
      Files.write(p, new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 0});
    }
    assertEquals(first, query(), "with every entry corrupt");
    for (Path p : stored) {
      byte[] head = Arrays.copyOf(Files.readAllBytes(p), 4);
      assertArrayEquals(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}, head,
          p + " compiled again");
    }
    assertEquals(List.of("n,first", "1,1"), first.lines().toList());
  }

  private static final Pattern STEP = Pattern.compile(
      "trace: wall +([0-9.]+) ms, main thread CPU +([0-9.]+) ms  ([a-z ]+?)( \\(.*)?");
  private static final Pattern PROCESS = Pattern.compile("trace: process CPU ([0-9]+) ms .*");

  @Test
  void theStartupTraceNamesEachStepInOrderAndLeavesTheAnswerAlone() {
    long before = System.currentTimeMillis();
    Result r = Commands.runAllowingFailure("bash", "-c", "HOSTSQL_JAVA_OPTS=-Dhostsql.trace="
        + "$(date +%s%N) exec \"$0\" --format csv \"$1\"", HOSTSQL, SQL);
    long elapsed = System.currentTimeMillis() - before;
    assertEquals(0, r.exitCode(), r.stderr());
    assertEquals(List.of("n,first", "1,1"), r.stdout().lines().toList());
    List<String> steps = new ArrayList<>();
    double wall = 0;
    double cpu = 0;
    long process = -1;
    for (String line : r.stderr().lines().toList()) {
      Matcher m = STEP.matcher(line);
      Matcher p = PROCESS.matcher(line);
      if (m.matches()) {
        steps.add(m.group(3));
        assertTrue(Double.parseDouble(m.group(1)) >= wall, line);
        assertTrue(Double.parseDouble(m.group(2)) >= cpu, line);
        wall = Double.parseDouble(m.group(1));
        cpu = Double.parseDouble(m.group(2));
      } else if (p.matches()) {
        process = Long.parseLong(p.group(1));
      } else {
        throw new AssertionError("not a trace line: " + line);
      }
    }
    assertEquals(List.of("main", "driver loaded", "connected", "parsed",
        "validated and converted", "trimmed", "planned", "generated code", "executed", "printed",
        "flushed"), steps);
    // Launched after this test's clock started and done before it stopped.
    assertTrue(wall <= elapsed, wall + " ms traced within " + elapsed + " ms");
    // The main thread is one of the process's threads (the process's figure is in 10 ms ticks).
    assertTrue(process + 10 >= cpu, "process CPU " + process + " ms, main thread " + cpu);
  }

  /** The steps a traced run of {@code sql} goes through, and its output. */
  private static List<String> tracedSteps(String sql, StringBuilder out) {
    Result r = Commands.runAllowingFailure("bash", "-c", "HOSTSQL_JAVA_OPTS=-Dhostsql.trace=1"
        + " exec \"$0\" --format csv \"$1\"", HOSTSQL, sql);
    assertEquals(0, r.exitCode(), r.stderr());
    out.append(r.stdout());
    List<String> steps = new ArrayList<>();
    for (String line : r.stderr().lines().toList()) {
      Matcher m = STEP.matcher(line);
      if (m.matches()) {
        steps.add(m.group(3));
      }
    }
    return steps;
  }

  @Test
  void aSecondRunOfTheSameStatementUsesThePlanTheFirstKept() throws Exception {
    // A text no run has planned before (the plan cache keys on the text).
    String sql = "SELECT pid AS p" + System.nanoTime() + " FROM processes ORDER BY pid LIMIT 1";
    // The oracle: /proc's smallest pid (pid 1 is never gone while the namespace lives).
    long smallest;
    try (Stream<Path> s = Files.list(Path.of("/proc"))) {
      smallest = s.map(p -> p.getFileName().toString()).filter(n -> n.matches("[0-9]+"))
          .mapToLong(Long::parseLong).min().orElseThrow();
    }
    StringBuilder first = new StringBuilder();
    List<String> planned = tracedSteps(sql, first);
    assertTrue(planned.contains("parsed"), planned.toString());
    StringBuilder second = new StringBuilder();
    assertEquals(List.of("main", "driver loaded", "connected", "executed", "printed", "flushed"),
        tracedSteps(sql, second), "no parse, validation, planning or code generation");
    assertEquals(Long.toString(smallest), first.toString().lines().skip(1).findFirst()
        .orElseThrow());
    assertEquals(first.toString(), second.toString());
    try (Stream<Path> s = Files.list(CODE.resolve("plans"))) {
      assertTrue(s.anyMatch(p -> p.toString().endsWith(".plan")), "a plan kept in " + CODE);
    }
  }

  private static List<Path> hints() throws Exception {
    Path dir = CODE.resolve("hints");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  /**
   * bin/hostsql's choice of start-up archive: a command line whose plan the plan cache kept
   * leaves a hint file (the next run maps the archive trained on a cached plan), one whose plan
   * is never kept (a filter pushed into the scan) leaves none, and the answers are the same with
   * either archive.
   */
  @Test
  void aCommandLineWhosePlanIsKeptLeavesAHintAndAFilteredOneNone() throws Exception {
    String label = "k" + System.nanoTime();
    String kept = "SELECT count(*) > 0 AS " + label + " FROM processes";
    List<Path> before = hints();
    StringBuilder out = new StringBuilder();
    assertTrue(tracedSteps(kept, out).contains("parsed"));
    List<Path> after = hints();
    assertEquals(before.size() + 1, after.size(), "one hint for " + kept + ": " + after);
    // The oracle: this test's own JVM is a process.
    assertEquals(List.of(label, "true"), out.toString().lines().toList());
    // Run again: from the plan cache, with the other archive; the same answer.
    StringBuilder again = new StringBuilder();
    assertFalse(tracedSteps(kept, again).contains("parsed"));
    assertEquals(out.toString(), again.toString());
    assertEquals(after, hints(), "the hint stays");
    // A pushed filter is never kept: no hint, and pid 1 answers from /proc.
    String filtered = "SELECT pid AS f" + System.nanoTime() + " FROM processes WHERE pid = 1";
    StringBuilder one = new StringBuilder();
    assertTrue(tracedSteps(filtered, one).contains("parsed"));
    assertEquals("1", one.toString().lines().skip(1).findFirst().orElseThrow());
    assertTrue(tracedSteps(filtered, new StringBuilder()).contains("parsed"), "planned again");
    assertEquals(after, hints(), "no hint for a plan that is not kept");
  }
}
