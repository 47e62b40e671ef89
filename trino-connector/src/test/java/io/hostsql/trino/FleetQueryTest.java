package io.hostsql.trino;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trino.testing.MaterializedResult;
import io.trino.testing.MaterializedRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fleet queries through Trino over three hostsql servers, each in its own pid namespace, so
 * each host's answer is known from outside hostsql: the processes of its namespace.
 */
class FleetQueryTest {
  private static TestFleet fleet;

  @BeforeAll
  static void start() throws Exception {
    fleet = TestFleet.get();
  }

  private static Map<String, Long> countsByHost(MaterializedResult r) {
    Map<String, Long> m = new TreeMap<>();
    for (MaterializedRow row : r.getMaterializedRows()) {
      m.put((String) row.getField(0), ((Number) row.getField(1)).longValue());
    }
    return m;
  }

  @Test
  void processCountPerHostIsEachNamespacesCount() throws Exception {
    MaterializedResult r = fleet.query(
        "SELECT host, count(*) FROM processes GROUP BY host");
    Map<String, Long> expected = fleet.namespaceCounts();
    assertEquals(expected, countsByHost(r));
    // The namespaces really differ: sleepers + the JVM (+ a marker).
    assertEquals(3, new TreeSet<>(expected.values()).size(), expected.toString());
  }

  @Test
  void aProcessNameOfOneNamespaceComesFromThatHostOnly() {
    MaterializedResult one = fleet.query("SELECT host, name FROM processes WHERE name = '"
        + TestFleet.ONLY_ON_H1 + "'");
    assertEquals(List.of(List.of("h1", TestFleet.ONLY_ON_H1)), rows(one));
    MaterializedResult three = fleet.query("SELECT host FROM processes WHERE name LIKE "
        + "'fleetmark%three'");
    assertEquals(List.of(List.of("h3")), rows(three));
  }

  @Test
  void joinOfProcessesAndListenersPerHostFindsEachServersOwnPort() {
    MaterializedResult r = fleet.query("""
        SELECT p.host, p.name, c.laddr_port
        FROM processes p JOIN net_connections c ON p.host = c.host AND p.pid = c.pid
        WHERE c.status = 'LISTEN' AND c.family IN ('inet', 'inet6')""");
    Map<String, Set<Integer>> ports = new TreeMap<>();
    for (MaterializedRow row : r.getMaterializedRows()) {
      assertEquals("java", row.getField(1), row.toString());
      ports.computeIfAbsent((String) row.getField(0), h -> new TreeSet<>())
          .add(((Number) row.getField(2)).intValue());
    }
    Map<String, Set<Integer>> expected = new TreeMap<>();
    for (HostsqlServer s : fleet.servers) {
      expected.put(s.name, Set.of(s.port));
    }
    assertEquals(expected, ports);
  }

  @Test
  void osqueryPackQueryRunsOnEveryHost() {
    // osquery's incident-response pack, "listening_ports", per host.
    MaterializedResult r = fleet.query("""
        SELECT DISTINCT process.host, process.name, listening.port, process.pid
        FROM osquery.processes AS process
        JOIN osquery.listening_ports AS listening
          ON process.pid = listening.pid AND process.host = listening.host
        WHERE listening.port > 0""");
    Map<String, Set<Integer>> ports = new TreeMap<>();
    for (MaterializedRow row : r.getMaterializedRows()) {
      ports.computeIfAbsent((String) row.getField(0), h -> new TreeSet<>())
          .add(((Number) row.getField(2)).intValue());
    }
    for (HostsqlServer s : fleet.servers) {
      assertTrue(ports.getOrDefault(s.name, Set.of()).contains(s.port), s.name + ": " + ports);
    }
    assertEquals(3, ports.size(), ports.toString());
  }

  @Test
  void hostFilterPrunesSplits() throws Exception {
    assertEquals(Map.of("h2", fleet.server("h2").namespaceProcessCount()),
        countsByHost(fleet.query("SELECT host, count(*) FROM processes WHERE host = 'h2' "
            + "GROUP BY host")));
    String plan = explain("SELECT pid FROM processes WHERE host IN ('h1', 'h3')");
    assertTrue(plan.contains("hosts=[h1,h3]"), plan);
    // Splits: an EXPLAIN ANALYZE of a one-host query reads one split.
    String analyzed = (String) fleet.query("EXPLAIN ANALYZE SELECT count(*) FROM processes "
        + "WHERE host = 'h1'").getOnlyValue();
    assertTrue(analyzed.contains("Splits: 1"), analyzed);
  }

  @Test
  void explainShowsWhatEachHostIsAsked() {
    String plan = explain("SELECT pid, name FROM processes WHERE pid = 1");
    assertTrue(plan.contains("remote=\"pid\" = 1"), plan);
    plan = explain("SELECT pid FROM processes WHERE pid IN (1, 5, 9) AND name = 'java'");
    assertTrue(plan.contains("\"pid\" IN (1, 5, 9)"), plan);
    assertTrue(plan.contains("\"name\" = 'java'"), plan);
    plan = explain("SELECT pid FROM processes WHERE rss BETWEEN 10 AND 20");
    assertTrue(plan.contains("\"rss\" >= 10 AND \"rss\" <= 20"), plan);
    plan = explain("SELECT pid FROM processes WHERE name LIKE 'ja%'");
    assertTrue(plan.contains("\"name\" LIKE 'ja%'"), plan);
    plan = explain("SELECT pid FROM processes WHERE pid > 0 LIMIT 7");
    assertTrue(plan.contains("limit=7"), plan);
  }

  @Test
  void limitHoldsOverTheFleet() {
    assertEquals(4, fleet.query("SELECT pid FROM processes LIMIT 4").getRowCount());
  }

  @Test
  void pushdownReadsOneProcessPerHost() throws Exception {
    // h3's namespace holds 100 sleepers: a scan of all its processes makes at least one read
    // system call per process, a read of pid 1 alone a few. Counted by the kernel, for the
    // server's JVM, around each query.
    HostsqlServer h3 = fleet.server("h3");
    fleet.query("SELECT pid FROM processes WHERE host = 'h3' AND pid = 1"); // warm the path
    long before = h3.readSyscalls();
    MaterializedResult one = fleet.query("SELECT pid, name FROM processes WHERE pid = 1 "
        + "AND host = 'h3'");
    long filtered = h3.readSyscalls() - before;
    before = h3.readSyscalls();
    MaterializedResult all = fleet.query("SELECT pid, name FROM processes WHERE host = 'h3'");
    long full = h3.readSyscalls() - before;
    assertEquals(1, one.getRowCount());
    assertEquals(h3.namespaceProcessCount(), all.getRowCount());
    // A full scan reads at least one file for most of the 100 sleepers; the margin keeps the
    // test from hanging on exactly how many files a process costs.
    assertTrue(full - filtered >= TestFleet.SLEEPERS[2] * 3 / 4,
        "reads for pid = 1: " + filtered + ", for every process: " + full);
    System.out.println(String.format("h3 read syscalls: WHERE pid = 1 %d, all %d processes %d", filtered,
        all.getRowCount(), full));
  }

  @Test
  void fleetStatusRecordsEachHostsLastAnswer() {
    fleet.query("SELECT count(*) FROM processes");
    MaterializedResult r = fleet.query("SELECT host, state FROM fleet.status "
        + "WHERE query_id <> 'metadata'");
    Map<String, String> states = new HashMap<>();
    for (MaterializedRow row : r.getMaterializedRows()) {
      states.put((String) row.getField(0), (String) row.getField(1));
    }
    assertEquals(Set.of("h1", "h2", "h3"), states.keySet());
  }

  @Test
  void everyTableOfBothSchemasHasTheHostColumn() {
    MaterializedResult r = fleet.query("SELECT table_schema, count(*) FROM "
        + "information_schema.columns WHERE column_name = 'host' "
        + "AND table_schema IN ('os', 'osquery') GROUP BY table_schema");
    Map<String, Long> perSchema = countsByHost(r);
    MaterializedResult tables = fleet.query("SELECT table_schema, count(*) FROM "
        + "information_schema.tables WHERE table_schema IN ('os', 'osquery') "
        + "GROUP BY table_schema");
    assertEquals(countsByHost(tables), perSchema);
    assertTrue(perSchema.get("os") >= 30, perSchema.toString());
  }

  static String explain(String sql) {
    return (String) fleet.query("EXPLAIN " + sql).getOnlyValue();
  }

  static List<List<Object>> rows(MaterializedResult r) {
    return r.getMaterializedRows().stream().map(MaterializedRow::getFields)
        .collect(Collectors.toList());
  }
}
