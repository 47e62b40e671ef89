package io.hostsql.jdbc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.hostsql.os.testing.Commands;
import io.hostsql.os.testing.QueryRows;
import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** routes, arp_cache and interface_ipv6 against ip route, ip neigh and sysctl. */
class RoutingTablesTest {
  private static final Set<String> TYPES = Set.of("unicast", "local", "broadcast",
      "anycast", "multicast", "blackhole", "unreachable", "prohibit", "throw", "nat");
  private static final Map<String, String> TABLES = Map.of("local", "255", "main", "254",
      "default", "253");
  private static Connection c;

  @BeforeAll
  static void open() throws Exception {
    c = DriverManager.getConnection("jdbc:hostsql:");
  }

  @AfterAll
  static void close() throws Exception {
    c.close();
  }

  /** ip route's lines as type|destination/prefix|gateway|dev|table|protocol|src|metric. */
  private static List<String> ipRoutes(String family) {
    List<String> out = new ArrayList<>();
    for (String line : Commands.run("ip", family, "route", "show", "table", "all")
        .split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      List<String> w = List.of(line.strip().split("\\s+"));
      int i = 0;
      String type = "gateway";
      if (TYPES.contains(w.get(0))) {
        type = w.get(0).equals("unicast") ? "gateway" : w.get(0);
        i = 1;
      }
      String dest = w.get(i);
      String zero = family.equals("-4") ? "0.0.0.0" : "::";
      if (dest.equals("default")) {
        dest = zero + "/0";
      } else if (!dest.contains("/")) {
        dest = dest + (family.equals("-4") ? "/32" : "/128");
      }
      String table = "254";
      String proto = "boot";
      String gateway = "null";
      String dev = "null";
      String src = "null";
      String metric = "0";
      for (int k = i + 1; k + 1 < w.size(); k++) {
        String v = w.get(k + 1);
        switch (w.get(k)) {
          case "via" -> gateway = v.replaceFirst("^inet6? ", "");
          case "dev" -> dev = v;
          case "table" -> table = TABLES.getOrDefault(v, v);
          case "proto" -> proto = v;
          case "src" -> src = v;
          case "metric" -> metric = v;
          default -> {
            continue;
          }
        }
        k++;
      }
      out.add(String.join("|", type, dest, gateway, dev, table, proto, src, metric));
    }
    out.sort(null);
    return out;
  }

  @Test
  void routesAreWhatIpRouteShowsInEveryTable() throws Exception {
    for (String family : List.of("4", "6")) {
      List<String> ours = QueryRows.joined(c, "SELECT type, destination || '/' || "
          + "CAST(netmask AS VARCHAR), gateway, interface, table_id, protocol, source, metric "
          + "FROM routes WHERE family = " + family).stream()
          .map(s -> s.substring(0, s.length() - 1)).sorted().toList();
      List<String> expected = ipRoutes("-" + family);
      assertFalse(expected.isEmpty());
      assertEquals(expected, ours, "IPv" + family);
    }
    // osquery's view: unicast routes are type 'gateway', missing values ''.
    assertEquals(QueryRows.of(c, "SELECT destination, netmask, COALESCE(gateway, ''), "
        + "COALESCE(interface, ''), CAST(metric AS INTEGER), type FROM routes"),
        QueryRows.of(c, "SELECT destination, netmask, gateway, interface, metric, type "
            + "FROM osquery.routes"));
  }

  @Test
  void arpCacheIsWhatIpNeighShows() throws Exception {
    List<String> expected = new ArrayList<>();
    for (String line : Commands.run("ip", "neigh", "show", "nud", "all").split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      List<String> w = List.of(line.strip().split("\\s+"));
      int lladdr = w.indexOf("lladdr");
      expected.add(String.join("|", w.get(0), w.get(w.indexOf("dev") + 1),
          lladdr < 0 ? "null" : w.get(lladdr + 1), w.get(w.size() - 1),
          w.get(w.size() - 1).equals("PERMANENT") ? "1" : "0"));
    }
    expected.sort(null);
    List<String> ours = QueryRows.joined(c,
        "SELECT address, interface, mac, state, permanent FROM arp_cache").stream()
        .map(s -> s.substring(0, s.length() - 1)).sorted().toList();
    assertEquals(expected, ours);
  }

  @Test
  void interfaceIpv6IsWhatSysctlReads() throws Exception {
    List<List<String>> expected = new ArrayList<>();
    String[] names = new File("/sys/class/net").list();
    java.util.Arrays.sort(names);
    for (String name : names) {
      if (!new File("/proc/sys/net/ipv6/conf/" + name).isDirectory()) {
        continue;
      }
      List<String> row = new ArrayList<>(List.of(name));
      for (String key : List.of("hop_limit", "forwarding", "accept_redirects", "accept_ra")) {
        row.add(Commands.run("sysctl", "-n", "net.ipv6.conf." + name + "." + key).strip());
      }
      expected.add(row);
    }
    assertFalse(expected.isEmpty());
    assertEquals(expected, QueryRows.of(c, "SELECT * FROM osquery.interface_ipv6"));
  }
}
