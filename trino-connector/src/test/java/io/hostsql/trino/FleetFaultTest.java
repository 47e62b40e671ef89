package io.hostsql.trino;

import static io.trino.testing.TestingSession.testSessionBuilder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trino.Session;
import io.trino.testing.MaterializedResult;
import io.trino.testing.MaterializedRow;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hosts that fail: killed in the middle of a query, refusing the credentials, accepting the
 * connection and never answering; and a host list file that changes between queries.
 */
class FleetFaultTest {
  private static TestFleet fleet;
  private static final ExecutorService POOL = Executors.newCachedThreadPool();
  private static final List<AutoCloseable> CLEANUP = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    fleet = TestFleet.get();
  }

  @AfterAll
  static void stop() throws Exception {
    for (AutoCloseable c : CLEANUP) {
      c.close();
    }
    POOL.shutdownNow();
  }

  private static void catalog(String name, List<HostsqlServer> servers, Map<String, String> more) {
    Map<String, String> props = new TreeMap<>(more);
    props.putIfAbsent("hostsql.hosts", TestFleet.hostList(servers));
    props.putIfAbsent("hostsql.query-timeout", "120s");
    fleet.trino.createCatalog(name, "hostsql", props);
  }

  private static Session session(String catalog, boolean skip) {
    Session.SessionBuilder b = testSessionBuilder().setCatalog(catalog).setSchema("os");
    if (skip) {
      b.setCatalogSessionProperty(catalog, FleetSessionProperties.SKIP_UNREACHABLE_HOSTS, "true");
    }
    return b.build();
  }

  private static Map<String, Long> counts(MaterializedResult r) {
    Map<String, Long> m = new TreeMap<>();
    for (MaterializedRow row : r.getMaterializedRows()) {
      m.put((String) row.getField(0), ((Number) row.getField(1)).longValue());
    }
    return m;
  }

  private static final String COUNT = "SELECT host, count(*) FROM processes GROUP BY host";

  /**
   * Puts the server in a catalog beside h1 and h2, checks all three answer, then freezes it,
   * starts the query (which waits on it) and kills it.
   */
  private static Future<MaterializedResult> killMidQuery(HostsqlServer doomed, String catalog,
      boolean skip) throws Exception {
    CLEANUP.add(doomed);
    catalog(catalog, List.of(fleet.server("h1"), fleet.server("h2"), doomed), Map.of());
    Session s = session(catalog, skip);
    assertEquals(3, fleet.trino.execute(s, COUNT).getRowCount());
    doomed.stop();
    Future<MaterializedResult> f = POOL.submit(() -> fleet.trino.execute(s, COUNT));
    Thread.sleep(4_000);
    assertFalse(f.isDone(), "the query should wait on the frozen host");
    doomed.kill();
    return f;
  }

  @Test
  void aServerKilledMidQueryFailsTheQueryNamingIt() throws Exception {
    HostsqlServer doomed = HostsqlServer.start("doomed1", 1, null);
    Future<MaterializedResult> f = killMidQuery(doomed, "faulty1", false);
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> f.get(90, TimeUnit.SECONDS));
    String message = e.getCause().getMessage();
    assertTrue(message.contains("host doomed1 (" + doomed.url + ")"), message);
  }

  @Test
  void withSkipTheOtherHostsAnswerAndStatusNamesTheSkippedOne() throws Exception {
    HostsqlServer doomed = HostsqlServer.start("doomed2", 1, null);
    Future<MaterializedResult> f = killMidQuery(doomed, "faulty2", true);
    Session s = session("faulty2", true);
    MaterializedResult r = f.get(90, TimeUnit.SECONDS);
    assertEquals(Map.of("h1", fleet.server("h1").namespaceProcessCount(),
        "h2", fleet.server("h2").namespaceProcessCount()), counts(r));
    // Each node remembers the hosts it read; the one that ran doomed2's split says skipped.
    MaterializedResult status = fleet.trino.execute(s, "SELECT error FROM fleet.status "
        + "WHERE host = 'doomed2' AND state = 'skipped'");
    assertEquals(1, status.getRowCount(), status.toString());
    assertTrue(((String) status.getOnlyValue()).length() > 0, status.toString());
    // A host that is down before the query starts is skipped the same way.
    assertEquals(2, fleet.trino.execute(s, COUNT).getRowCount());
  }

  @Test
  void wrongCredentialsForOneHostFailNamingIt() throws Exception {
    Path users = Files.createTempFile("hostsql-users", ".properties");
    Files.writeString(users, "alice: right-password,hostsql\n");
    HostsqlServer locked = HostsqlServer.start("locked", 1, null, "--users", users.toString());
    CLEANUP.add(locked);
    CLEANUP.add(() -> Files.deleteIfExists(users));
    List<HostsqlServer> hosts = List.of(fleet.server("h1"), locked);
    catalog("wrongpw", hosts, Map.of("hostsql.user", "alice", "hostsql.password", "wrong"));
    catalog("rightpw", hosts, Map.of("hostsql.user", "alice",
        "hostsql.password", "right-password"));
    Exception e = assertThrows(Exception.class,
        () -> fleet.trino.execute(session("wrongpw", false), COUNT));
    assertTrue(e.getMessage().contains("host locked (" + locked.url + ")"), e.getMessage());
    assertTrue(e.getMessage().contains("401"), e.getMessage());
    assertEquals(Map.of("h1", fleet.server("h1").namespaceProcessCount(),
        "locked", locked.namespaceProcessCount()),
        counts(fleet.trino.execute(session("rightpw", false), COUNT)));
  }

  @Test
  void aHostThatNeverAnswersTimesOut() throws Exception {
    ServerSocket mute = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    List<Socket> held = new ArrayList<>();
    POOL.submit(() -> {
      while (!mute.isClosed()) {
        try {
          held.add(mute.accept()); // accepted, never read, never answered
        } catch (IOException closed) {
          return;
        }
      }
    });
    CLEANUP.add(mute);
    fleet.trino.createCatalog("mute", "hostsql", Map.of(
        "hostsql.hosts", "h1=" + fleet.server("h1").url + ",mute=http://127.0.0.1:"
            + mute.getLocalPort(),
        "hostsql.connect-timeout", "2s", "hostsql.query-timeout", "3s"));
    long start = System.nanoTime();
    Exception e = assertThrows(Exception.class,
        () -> fleet.trino.execute(session("mute", false), "SELECT count(*) FROM processes "
            + "WHERE host = 'mute'"));
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    assertTrue(e.getMessage().contains("host mute (http://127.0.0.1:" + mute.getLocalPort()),
        e.getMessage());
    assertTrue(e.getMessage().contains("no answer in time"), e.getMessage());
    assertTrue(seconds < 30, "took " + seconds + " s");
    held.forEach(x -> {
      try {
        x.close();
      } catch (IOException ignored) {
        // closing
      }
    });
  }

  @Test
  void aChangedHostFileIsReadBeforeTheNextQuery() throws Exception {
    Path file = Files.createTempFile("hostsql-hosts", ".txt");
    CLEANUP.add(() -> Files.deleteIfExists(file));
    Files.writeString(file, "# the fleet\nh1 " + fleet.server("h1").url + "\n");
    fleet.trino.createCatalog("filed", "hostsql", Map.of("hostsql.hosts-file",
        file.toString(), "hostsql.query-timeout", "120s"));
    Session s = session("filed", false);
    assertEquals(Map.of("h1", fleet.server("h1").namespaceProcessCount()),
        counts(fleet.trino.execute(s, COUNT)));
    Files.writeString(file, "h1 " + fleet.server("h1").url + "\nh2=" + fleet.server("h2").url
        + "\n" + fleet.server("h3").url + "\n");
    Map<String, Long> three = counts(fleet.trino.execute(s, COUNT));
    assertEquals(3, three.size(), three.toString());
    assertEquals(fleet.server("h2").namespaceProcessCount(), three.get("h2"));
    // A bare URL is named by its address.
    assertEquals(fleet.server("h3").namespaceProcessCount(),
        three.get(fleet.server("h3").url.substring("http://".length())));
    Files.writeString(file, "h1 " + fleet.server("h1").url + "\nh2 ftp://nowhere\n");
    Exception e = assertThrows(Exception.class, () -> fleet.trino.execute(s, COUNT));
    assertTrue(e.getMessage().contains(file + " line 2"), e.getMessage());
  }
}
