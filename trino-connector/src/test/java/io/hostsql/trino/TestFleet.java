package io.hostsql.trino;

import static io.trino.testing.TestingSession.testSessionBuilder;

import io.trino.Session;
import io.trino.testing.DistributedQueryRunner;
import io.trino.testing.MaterializedResult;
import java.util.List;
import java.util.Map;

/**
 * The fleet every test class shares (started once per test JVM, stopped at its exit): three
 * hostsql servers in pid namespaces of their own, and Trino's distributed query runner (a
 * coordinator and two workers) with the catalog {@code fleet} over them.
 */
final class TestFleet {
  /** Sleepers per host: each namespace holds a different number of processes. */
  static final int[] SLEEPERS = {2, 5, 100};
  /** A process name that exists on h1 only, and one on h3 only. */
  static final String ONLY_ON_H1 = "fleetmark_one";
  static final String ONLY_ON_H3 = "fleetmark_three";

  private static TestFleet instance;

  final List<HostsqlServer> servers;
  final DistributedQueryRunner trino;

  private TestFleet(List<HostsqlServer> servers, DistributedQueryRunner trino) {
    this.servers = servers;
    this.trino = trino;
  }

  static synchronized TestFleet get() throws Exception {
    if (instance == null) {
      // Started side by side: each JVM's start is mostly waiting on the other's CPU.
      var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
      var f1 = pool.submit(() -> HostsqlServer.start("h1", SLEEPERS[0], ONLY_ON_H1));
      var f2 = pool.submit(() -> HostsqlServer.start("h2", SLEEPERS[1], null));
      var f3 = pool.submit(() -> HostsqlServer.start("h3", SLEEPERS[2], ONLY_ON_H3));
      pool.shutdown();
      List<HostsqlServer> servers = List.of(f1.get(), f2.get(), f3.get());
      DistributedQueryRunner trino = DistributedQueryRunner.builder(session("fleet"))
          .setWorkerCount(2)
          .build();
      trino.installPlugin(new HostsqlPlugin());
      trino.createCatalog("fleet", "hostsql", Map.of("hostsql.hosts", hostList(servers),
          "hostsql.connect-timeout", "10s", "hostsql.query-timeout", "120s"));
      instance = new TestFleet(servers, trino);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        trino.close();
        servers.forEach(HostsqlServer::close);
      }));
    }
    return instance;
  }

  static String hostList(List<HostsqlServer> servers) {
    return String.join(",", servers.stream().map(s -> s.name + "=" + s.url).toList());
  }

  static Session session(String catalog) {
    return testSessionBuilder().setCatalog(catalog).setSchema("os").build();
  }

  MaterializedResult query(String sql) {
    return trino.execute(session("fleet"), sql);
  }

  /** Each server's process count, taken from outside hostsql. */
  Map<String, Long> namespaceCounts() throws java.io.IOException {
    Map<String, Long> m = new java.util.TreeMap<>();
    for (HostsqlServer s : servers) {
      m.put(s.name, s.namespaceProcessCount());
    }
    return m;
  }

  HostsqlServer server(String name) {
    return servers.stream().filter(s -> s.name.equals(name)).findFirst().orElseThrow();
  }
}
