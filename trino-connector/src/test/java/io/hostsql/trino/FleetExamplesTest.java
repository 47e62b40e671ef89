package io.hostsql.trino;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.trino.testing.MaterializedResult;
import io.trino.testing.MaterializedRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every statement of sql-examples/fleet runs through Trino over the test fleet. */
class FleetExamplesTest {
  private static final Path DIR = Path.of(System.getProperty("fleet.examples",
      "../sql-examples/fleet"));

  static List<String> statements(Path file) throws Exception {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : Files.readAllLines(file)) {
      if (line.strip().startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (line.strip().endsWith(";")) {
        String sql = current.toString().strip();
        out.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    return out;
  }

  @Test
  void everyFleetAuditRuns() throws Exception {
    TestFleet fleet = TestFleet.get();
    List<Path> files;
    try (Stream<Path> s = Files.list(DIR)) {
      files = s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no .sql in " + DIR.toAbsolutePath());
    int run = 0;
    for (Path f : files) {
      for (String sql : statements(f)) {
        MaterializedResult r = fleet.query(sql);
        run++;
        if (sql.contains("approx_percentile")) {
          // The outlier audit's counts are each namespace's process count.
          Map<String, Long> counts = new TreeMap<>();
          for (MaterializedRow row : r.getMaterializedRows()) {
            counts.put((String) row.getField(0), ((Number) row.getField(1)).longValue());
          }
          assertEquals(fleet.namespaceCounts(), counts, sql);
        }
      }
    }
    assertEquals(6, run, "statements run");
  }
}
