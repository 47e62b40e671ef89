package io.hostsql.trino;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trino.spi.TrinoException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Catalog properties and host lists, good and bad. */
class FleetConfigTest {
  @Test
  void inlineHostsWithAndWithoutNames() {
    FleetConfig c = FleetConfig.parse(Map.of("hostsql.hosts",
        "web1=http://10.0.0.1:8765, https://db.example:8443", "hostsql.query-timeout", "90s",
        "hostsql.connect-timeout", "500ms"));
    assertEquals(List.of(new Host("web1", "http://10.0.0.1:8765"),
        new Host("db.example:8443", "https://db.example:8443")), c.hosts());
    assertEquals(Duration.ofSeconds(90), c.queryTimeout());
    assertEquals(Duration.ofMillis(500), c.connectTimeout());
  }

  @Test
  void mistakesAreRefusedByName() {
    String typo = assertThrows(IllegalArgumentException.class, () -> FleetConfig.parse(Map.of(
        "hostsql.hosts", "http://a:1", "hostsql.querytimeout", "1s"))).getMessage();
    assertTrue(typo.contains("hostsql.querytimeout"), typo);
    assertThrows(IllegalArgumentException.class, () -> FleetConfig.parse(Map.of()));
    assertThrows(IllegalArgumentException.class, () -> FleetConfig.parse(Map.of(
        "hostsql.hosts", "http://a:1", "hostsql.hosts-file", "/x")));
    assertThrows(IllegalArgumentException.class, () -> FleetConfig.parse(Map.of(
        "hostsql.hosts", "a=http://a:1,a=http://b:1")));
    assertThrows(IllegalArgumentException.class, () -> FleetConfig.parse(Map.of(
        "hostsql.hosts", "ftp://a:1")));
    assertThrows(IllegalArgumentException.class, () -> FleetConfig.parse(Map.of(
        "hostsql.hosts", "http://a:1;user=x")));
    assertThrows(IllegalArgumentException.class, () -> FleetConfig.parse(Map.of(
        "hostsql.hosts", "http://a:1", "hostsql.query-timeout", "0s")));
    assertThrows(IllegalArgumentException.class, () -> FleetConfig.parse(Map.of(
        "hostsql.hosts", "http://a:1", "hostsql.query-timeout", "10 parsecs")));
    assertThrows(IllegalArgumentException.class, () -> FleetConfig.parse(Map.of(
        "hostsql.hosts", "http://a:1", "hostsql.password", "p")));
  }

  @Test
  void hostFileLinesAndComments() {
    Path f = Path.of("hosts.txt");
    assertEquals(List.of(new Host("a", "http://127.0.0.1:1"), new Host("b", "http://h:2"),
        new Host("h:3", "http://h:3")), HostList.parse("""
            # fleet
            a http://127.0.0.1:1
            b=http://h:2   # the second

            http://h:3
            """, f));
    TrinoException bad = assertThrows(TrinoException.class,
        () -> HostList.parse("a http://x:1\nb nope\n", f));
    assertTrue(bad.getMessage().contains("hosts.txt line 2"), bad.getMessage());
    assertThrows(TrinoException.class, () -> HostList.parse("a http://x:1\na http://y:1\n", f));
  }
}
