package io.hostsql.jdbc.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hostsql.os.testing.Commands;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * osquery's own example packs (packs/*.conf of github.com/osquery/osquery) load as they are,
 * and every query of theirs that hostsql can run is scheduled. The packs are osquery's files,
 * not copied here: give their directory as -Dosquery.packs=DIR or OSQUERY_PACKS=DIR (a
 * checkout of osquery); without it the test is skipped, saying so.
 */
class OsqueryPacksTest {
  private static Path packsDir() {
    String dir = System.getProperty("osquery.packs", System.getenv("OSQUERY_PACKS"));
    assumeTrue(dir != null && Files.isDirectory(Path.of(dir)),
        "osquery's packs/ directory is not given: -Dosquery.packs=DIR or OSQUERY_PACKS=DIR");
    return Path.of(dir);
  }

  /**
   * The Linux queries of the packs, read by Python's json module after osqueryd's comment and
   * continuation rules: a reading independent of ConfigReader's.
   */
  private static Set<String> linuxQueriesByPython(List<Path> packs) {
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
            if not ok(pack.get('platform')):
                continue
            for q, spec in pack.get('queries', {}).items():
                if ok(spec.get('platform')):
                    print('pack_' + name + '_' + q)
        """;
    List<String> cmd = new ArrayList<>(List.of("python3", "-c", script));
    packs.forEach(p -> cmd.add(p.toString()));
    return new TreeSet<>(List.of(Commands.run(cmd.toArray(String[]::new)).split("\n")));
  }

  @Test
  void osquerysPacksLoadAndEveryRunnableQueryIsScheduled(@TempDir Path dir) throws Exception {
    List<Path> packs;
    try (Stream<Path> files = Files.list(packsDir())) {
      packs = files.filter(p -> p.toString().endsWith(".conf")).sorted().toList();
    }
    assertTrue(packs.size() >= 10, packs.toString());
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
      String status = Files.readString(dir.resolve("logs/" + StatusLog.FILE_NAME));
      assertTrue(!status.contains("not valid JSON") && !status.contains("skipped: cannot"),
          status);
      Set<String> seen = new TreeSet<>(s.scheduled());
      seen.addAll(s.planFailures().keySet());
      assertEquals(linuxQueriesByPython(packs), seen, "every Linux query is scheduled or "
          + "reported as not plannable");
      // What the scheduler could not plan, a plain connection cannot run either.
      try (Connection c = s.connect()) {
        for (String name : s.planFailures().keySet()) {
          String sql = sqlOf(dir, name, packs);
          assertThrows(SQLException.class, () -> c.createStatement()
              .executeQuery(Sql.withoutTerminator(sql)).close(), name);
        }
      }
      System.out.println("osquery packs: " + s.scheduled().size() + " Linux queries scheduled,"
          + " " + s.planFailures().size() + " not plannable");
    } finally {
      s.close();
    }
  }

  private static String sqlOf(Path dir, String name, List<Path> packs) throws Exception {
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
