package io.hostsql.trino;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Trino's own command-line client runs a fleet query against the coordinator, as a person would. */
class TrinoCliTest {
  @Test
  void trinoCliRunsAFleetQuery() throws Exception {
    TestFleet fleet = TestFleet.get();
    Path cli = Path.of(System.getProperty("trino.cli.jar", "target/cli/trino-cli.jar"));
    if (!Files.isRegularFile(cli)) {
      throw new IllegalStateException("no " + cli + ": the build copies io.trino:trino-cli there");
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-jar", cli.toString(),
        "--server", fleet.trino.getCoordinator().getBaseUrl().toString(),
        "--user", "fleet-auditor", "--catalog", "fleet", "--schema", "os",
        "--output-format", "TSV",
        "--execute", "SELECT host, count(*) FROM processes GROUP BY host ORDER BY host")
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
    assertEquals(0, p.exitValue(), out);
    Map<String, Long> got = new TreeMap<>();
    for (String line : out.strip().split("\n")) {
      // The JVM may print warnings of its own around the TSV rows.
      if (line.matches("[^\\t]+\\t\\d+")) {
        String[] f = line.split("\t");
        got.put(f[0], Long.parseLong(f[1]));
      }
    }
    assertEquals(fleet.namespaceCounts(), got, out);
  }
}
