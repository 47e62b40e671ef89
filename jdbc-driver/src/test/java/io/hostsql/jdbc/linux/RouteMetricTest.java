package io.hostsql.jdbc.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hostsql.os.testing.Commands;
import io.hostsql.os.testing.Commands.Result;
import io.hostsql.os.testing.Privileges;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A route's metric is the kernel's unsigned 32-bit priority, which `ip route` prints whole and
 * osquery reads as a C int (routes.cpp: {@code INTEGER(*(int*)RTA_DATA(attr))}): metric
 * 4294967295 is -1 in osquery.routes, and must never fail the query. The routes are added in a
 * network namespace of their own, where the shell runs with this test's classpath.
 */
class RouteMetricTest {
  private static final Map<String, Long> METRICS = Map.of("10.99.0.0", 4294967295L,
      "10.98.0.0", 2147483648L, "10.97.0.0", 2147483647L, "10.96.0.0", 7L);

  @Test
  void metricsPastIntegerAreOsquerysCIntAndTheWholeValueInOs() {
    Privileges.assumeRoot("unshare --net needs CAP_SYS_ADMIN");
    StringBuilder script = new StringBuilder("set -e; ip link set lo up; ");
    METRICS.forEach((dest, metric) -> script.append("ip route add ").append(dest)
        .append("/16 dev lo metric ").append(metric).append("; "));
    script.append("ip -4 route show; echo ---; exec \"$0\" -cp \"$1\" io.hostsql.jdbc.cli.Main"
        + " --format csv \"$2\"");
    String java = ProcessHandle.current().info().command().orElseThrow();
    Result r = Commands.runAllowingFailure("unshare", "--net", "sh", "-c", script.toString(),
        java, System.getProperty("java.class.path"),
        "SELECT r.destination, r.metric, o.metric FROM os.routes r JOIN osquery.routes o"
            + " ON r.destination = o.destination AND r.netmask = o.netmask"
            + " WHERE r.destination LIKE '10.9%'");
    assertEquals(0, r.exitCode(), r.stderr());
    String[] parts = r.stdout().split("---\n", 2);
    Map<String, Long> fromIp = new TreeMap<>();
    for (String line : parts[0].split("\n")) {
      String[] w = line.strip().split("\\s+");
      if (w[0].startsWith("10.9") && w[w.length - 2].equals("metric")) {
        fromIp.put(w[0].replace("/16", ""), Long.parseLong(w[w.length - 1]));
      }
    }
    assertEquals(new TreeMap<>(METRICS), fromIp, parts[0]);
    Map<String, String> expected = new TreeMap<>();
    fromIp.forEach((dest, metric) -> expected.put(dest, metric + "," + (int) (long) metric));
    Map<String, String> ours = new TreeMap<>();
    for (String line : parts[1].strip().split("\n")) {
      if (!line.startsWith("destination")) {
        String[] f = line.split(",", 2);
        ours.put(f[0], f[1]);
      }
    }
    assertEquals(expected, ours, r.stdout());
  }
}
