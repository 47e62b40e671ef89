package io.hostsql.jdbc.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** osquery's configuration rules, checked against hand-written configurations. */
class ConfigReaderTest {
  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(ConfigReaderTest.class.getResource("/schedule/" + name).toURI());
  }

  @Test
  void readsScheduleAndPacksWithOsquerysRules() throws Exception {
    ScheduleConfig c = ConfigReader.read(fixture("main.conf"), Map.of(), 50);
    Map<String, ScheduledQuery> q = c.queries().stream()
        .collect(Collectors.toMap(ScheduledQuery::name, x -> x));
    assertEquals(List.of("both", "colour2", "defaulted", "everyone", "old",
        "pack/by_path/ports", "pack/inline/q1", "uptime"),
        c.queries().stream().map(ScheduledQuery::name).toList());
    // The continuation joined the two lines; splay 0 keeps the interval.
    assertEquals(new ScheduledQuery("uptime", "main", "SELECT total_seconds FROM uptime;", 60,
        60, false, false, true), q.get("uptime"));
    assertEquals(120, q.get("defaulted").interval(), "schedule_default_interval");
    assertTrue(q.get("both").snapshot(), "\"true\" as a string counts");
    assertEquals(false, q.get("old").denylist());
    assertEquals(new ScheduledQuery("pack/by_path/ports", "by_path",
        "select port, address from listening_ports;", 10, 10, false, true, true),
        q.get("pack/by_path/ports"));
    assertEquals("inline", q.get("pack/inline/q1").pack());

    String notices = String.join("\n", c.notices());
    for (String expected : List.of("configuration key 'file_paths' is not supported",
        "option 'disable_events' has no meaning", "query 'mac_only' skipped: platform 'darwin'",
        "query 'future' skipped: needs osquery 99.0.0",
        "query 'zero' has an invalid interval 0", "query 'too_long' has an invalid interval",
        "query 'no_text' has no query text", "pack 'windows' skipped: platform 'windows'",
        "pack 'missing' skipped: no such file", "decorator interval '90'")) {
      assertTrue(notices.contains(expected), expected + " in\n" + notices);
    }
    assertEquals(1, c.notices().stream().filter(n -> n.contains("'colour'")).count(),
        "an unknown key is reported once:\n" + notices);
    assertEquals(new ScheduleConfig.Decorators(List.of("SELECT 'a' AS load_col"),
        List.of("SELECT 'b' AS always_col"), Map.of(3600L, List.of("SELECT 'c' AS hourly"))),
        c.decorators());
  }

  @Test
  void commandLineOptionsWinAndShardsExclude(@TempDir Path dir) throws Exception {
    Path conf = dir.resolve("c.conf");
    Files.writeString(conf, """
        {"options": {"pack_delimiter": "_"},
         "schedule": {"few": {"query": "SELECT 1", "interval": 5, "shard": 10},
                      "all": {"query": "SELECT 2", "interval": 5, "shard": 60}},
         "packs": {"p": {"queries": {"q": {"query": "SELECT 3", "interval": 5}}}}}
        """);
    ScheduleConfig c = ConfigReader.read(conf, Map.of("pack_delimiter", ":"), 50);
    assertEquals(List.of("all", "pack:p:q"),
        c.queries().stream().map(ScheduledQuery::name).toList());
    assertTrue(c.notices().stream().anyMatch(n -> n.contains("shard 10 excludes")),
        c.notices().toString());
  }

  @Test
  void splayStaysWithinThePercentage() {
    for (int i = 0; i < 2000; i++) {
      long s = ConfigReader.splay(100, 10);
      assertTrue(s >= 90 && s <= 110, "splay " + s);
      assertEquals(1, ConfigReader.splay(1, 10), "10% of 1 s is no spread");
    }
    assertEquals(100, ConfigReader.splay(100, 0));
  }

  @Test
  void badFilesAreClearErrors(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.conf");
    Files.writeString(broken, "{\n  \"schedule\": {\n    \"a\": {\"query\": \"x\",}\n");
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigReader.read(broken, Map.of(), 0));
    assertTrue(e.getMessage().contains("broken.conf: not valid JSON")
        && e.getMessage().contains("line 3"), e.getMessage());
    ConfigException missing = assertThrows(ConfigException.class,
        () -> ConfigReader.read(dir.resolve("nope.conf"), Map.of(), 0));
    assertTrue(missing.getMessage().startsWith("no such file: "), missing.getMessage());
    Path array = dir.resolve("array.conf");
    Files.writeString(array, "[1, 2]");
    assertThrows(ConfigException.class, () -> ConfigReader.read(array, Map.of(), 0));
  }

  @Test
  void osquerysPlatformAndVersionChecks() {
    assertTrue(ConfigReader.platformMatches(""));
    assertTrue(ConfigReader.platformMatches("posix"));
    assertTrue(ConfigReader.platformMatches("darwin,linux"));
    assertTrue(ConfigReader.platformMatches("all"));
    assertEquals(false, ConfigReader.platformMatches("darwin"));
    assertEquals(false, ConfigReader.platformMatches("windows"));
    assertTrue(ConfigReader.compareVersions("1.4.5", "5.0.0") < 0);
    assertTrue(ConfigReader.compareVersions("5.0.0", "5.0") == 0);
    assertTrue(ConfigReader.compareVersions("5.10.2", "5.9.9") > 0);
  }
}
