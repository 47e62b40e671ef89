package io.hostsql.jdbc.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.testing.Commands;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * osquery's own example packs (the Linux ones of packs/*.conf of github.com/osquery/osquery,
 * kept unchanged in src/test/resources/osquery-packs with their origin and license) load as
 * they are, and every query of theirs is accounted for: scheduled, refused at planning with
 * its reason, or skipped for its platform with a status line. None is dropped silently.
 */
class OsqueryPacksTest {
  private static final Pattern SKIPPED = Pattern.compile("query '([^']+)' skipped: (.*)");
  private static final Pattern MISSING_TABLE = Pattern.compile("Object '(\\w+)' not found");

  private static Path packsDir() throws URISyntaxException {
    var url = OsqueryPacksTest.class.getResource("/osquery-packs/incident-response.conf");
    assertNotNull(url, "osquery's packs are test resources: src/test/resources/osquery-packs");
    return Path.of(url.toURI()).getParent();
  }

  /**
   * Every query of the packs with whether it applies to Linux, read by Python's json module
   * after osqueryd's comment and continuation rules: a reading independent of ConfigReader's.
   * Keys: pack_PACK_QUERY; values: "linux" or the platform that excludes it.
   */
  private static Map<String, String> queriesByPython(List<Path> packs) {
    String script = """
        import json, sys
        def ok(p):
            p = p or ''
            return p in ('', 'null') or any(w in p for w in
                ('any', 'all', 'linux', 'ubuntu', 'centos', 'posix'))
        for path in sys.argv[1:]:
            name = path.rsplit('/', 1)[1][:-len('.conf')]
            text = open(path).read().replace('\\\\\\n', '')
            lines = [l for l in text.split('\\n')
                     if not l.strip().startswith('#') and not l.strip().startswith('//')]
            pack = json.loads('\\n'.join(lines))
            for q, spec in pack.get('queries', {}).items():
                plat = spec.get('platform') or pack.get('platform') or ''
                linux = ok(pack.get('platform')) and ok(spec.get('platform'))
                print('pack_' + name + '_' + q + '\\t' + ('linux' if linux else plat))
        """;
    List<String> cmd = new ArrayList<>(List.of("python3", "-c", script));
    packs.forEach(p -> cmd.add(p.toString()));
    Map<String, String> out = new TreeMap<>();
    for (String line : Commands.run(cmd.toArray(String[]::new)).split("\n")) {
      String[] f = line.split("\t", 2);
      out.put(f[0], f[1]);
    }
    return out;
  }

  /** What the test expects per pack, written by hand: src/test/resources/osquery-packs. */
  private static Map<String, String> expected(Path dir) throws Exception {
    Map<String, String> out = new TreeMap<>();
    for (String line : Files.readAllLines(dir.resolve("expected-on-linux.tsv"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] f = line.split("\t", 2);
        out.put(f[0], f[1]);
      }
    }
    return out;
  }

  @Test
  void osquerysPacksLoadAndEveryQueryIsScheduledOrRefusedWithItsReason(@TempDir Path dir)
      throws Exception {
    Path packsDir = packsDir();
    List<Path> packs;
    try (Stream<Path> files = Files.list(packsDir)) {
      packs = files.filter(p -> p.toString().endsWith(".conf")).sorted().toList();
    }
    assertEquals(6, packs.size(), packs.toString());
    StringBuilder conf = new StringBuilder("{\"packs\": {");
    for (int i = 0; i < packs.size(); i++) {
      String name = packs.get(i).getFileName().toString().replace(".conf", "");
      conf.append(i == 0 ? "" : ",").append('"').append(name).append("\": \"")
          .append(packs.get(i)).append('"');
    }
    Files.writeString(dir.resolve("packs.conf"), conf.append("}}").toString());
    Scheduler s = Scheduler.prepare(dir.resolve("packs.conf"), Map.of(
        "logger_path", dir.resolve("logs").toString(), "database_path",
        dir.resolve("db").toString()), System.out, null);
    try {
      String status = Files.readString(dir.resolve("logs/" + StatusLog.FILE_NAME),
          StandardCharsets.UTF_8);
      assertFalse(status.contains("not valid JSON") || status.contains("pack '"), status);
      Map<String, String> skipped = new TreeMap<>();
      Matcher m = SKIPPED.matcher(status);
      while (m.find()) {
        skipped.put(m.group(1), m.group(2));
      }
      // Each query once: scheduled, refused at planning, or skipped with a status line.
      Map<String, String> actual = new TreeMap<>();
      s.scheduled().forEach(q -> actual.put(q, "scheduled"));
      s.planFailures().forEach((q, why) -> assertEquals(null, actual.put(q, "refused: " + why), q));
      skipped.forEach((q, why) -> assertEquals(null, actual.put(q, "skipped: " + why), q));
      Map<String, String> python = queriesByPython(packs);
      assertEquals(python.keySet(), actual.keySet(), "every query of the packs is accounted"
          + " for");
      try (Connection c = s.connect()) {
        for (Map.Entry<String, String> q : actual.entrySet()) {
          String platform = python.get(q.getKey());
          String sql = sqlOf(q.getKey(), packs);
          if (q.getValue().startsWith("skipped: ")) {
            assertTrue(!platform.equals("linux") && q.getValue().contains("platform '"
                + platform + "'"), q + " (its platform: " + platform + ")");
          } else if (q.getValue().startsWith("refused: ")) {
            assertEquals("linux", platform, q.getKey());
            Matcher missing = MISSING_TABLE.matcher(q.getValue());
            if (missing.find()) {
              assertFalse(hasTable(c, missing.group(1)), q.toString());
            }
            // What the scheduler could not plan, a plain connection cannot run either.
            assertThrows(SQLException.class, () -> c.createStatement()
                .executeQuery(Sql.withoutTerminator(sql)).close(), q.getKey());
          } else {
            assertEquals("linux", platform, q.getKey());
          }
        }
      }
      // And which, per pack, as written down by hand from the packs and hostsql's tables.
      Map<String, String> shown = new TreeMap<>();
      actual.forEach((q, what) -> shown.put(q, what.startsWith("skipped: ")
          ? "skipped: platform " + python.get(q) : what));
      assertEquals(expected(packsDir), shown, "per query of osquery's packs: scheduled,"
          + " refused (why) or skipped (platform); a table added to hostsql moves a query from"
          + " refused to scheduled: update src/test/resources/osquery-packs/"
          + "expected-on-linux.tsv");
      System.out.println("osquery packs: " + s.scheduled().size() + " queries scheduled, "
          + s.planFailures().size() + " refused, " + skipped.size() + " skipped (platform)");
    } finally {
      s.close();
    }
  }

  private static boolean hasTable(Connection c, String name) throws SQLException {
    try (ResultSet rs = c.getMetaData().getTables(null, null, null, null)) {
      while (rs.next()) {
        if (rs.getString("TABLE_NAME").equalsIgnoreCase(name)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String sqlOf(String name, List<Path> packs) throws Exception {
    for (Path p : packs) {
      String pack = p.getFileName().toString().replace(".conf", "");
      if (name.startsWith("pack_" + pack + "_")) {
        return ConfigReader.parse(p).path("queries")
            .path(name.substring(("pack_" + pack + "_").length())).path("query").asText();
      }
    }
    throw new AssertionError(name);
  }
}
