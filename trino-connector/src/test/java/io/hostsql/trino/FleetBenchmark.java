package io.hostsql.trino;

import io.hostsql.jdbc.RemoteUrl;
import io.trino.Session;
import io.trino.testing.DistributedQueryRunner;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Fan-out against its peer, measured in one run (benchmarks/fleet-fanout runs it; not part of
 * the test suite): ten loopback hosts, the query {@code WHERE name = 'x'} through Trino over
 * all of them, beside the same query sent host after host through hostsql's remote driver, and
 * one host through Trino beside one host direct (the overhead Trino adds per host). Prints
 * medians; asserts nothing.
 */
class FleetBenchmark {
  private static final int HOSTS = Integer.getInteger("fleet.hosts", 10);
  private static final int ROUNDS = Integer.getInteger("fleet.rounds", 15);
  private static final String NAME = "fleetbench_x";

  @Test
  void fanOutBesideHostAfterHost() throws Exception {
    List<HostsqlServer> servers = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(HOSTS);
    List<Future<HostsqlServer>> starting = new ArrayList<>();
    for (int i = 0; i < HOSTS; i++) {
      String name = "b" + i;
      starting.add(pool.submit(() -> HostsqlServer.start(name, 20, NAME)));
    }
    for (Future<HostsqlServer> f : starting) {
      servers.add(f.get());
    }
    pool.shutdown();
    try (DistributedQueryRunner trino = DistributedQueryRunner.builder(TestFleet.session("fleet"))
        .setWorkerCount(2).build()) {
      trino.installPlugin(new HostsqlPlugin());
      trino.createCatalog("fleet", "hostsql", Map.of("hostsql.hosts",
          TestFleet.hostList(servers), "hostsql.query-timeout", "120s"));
      Session session = TestFleet.session("fleet");
      String fleetSql = "SELECT host, pid FROM processes WHERE name = '" + NAME + "'";
      String oneSql = fleetSql + " AND host = 'b0'";
      String hostSql = "SELECT \"pid\" FROM \"os\".\"processes\" WHERE \"name\" = '" + NAME + "'";

      long[] serverPids = servers.stream().mapToLong(HostsqlServer::javaPid).toArray();
      long[] fleetCpu = new long[ROUNDS];
      long[] serialCpu = new long[ROUNDS];
      long[] fleet = new long[ROUNDS];
      long[] serial = new long[ROUNDS];
      long[] slowest = new long[ROUNDS];
      long[] trinoOne = new long[ROUNDS];
      long[] directOne = new long[ROUNDS];
      int warmup = 3;
      for (int r = -warmup; r < ROUNDS; r++) {
        long cpu0 = cpuTicks(serverPids);
        long t = System.nanoTime();
        int rows = trino.execute(session, fleetSql).getRowCount();
        long fleetNanos = System.nanoTime() - t;
        long cpu1 = cpuTicks(serverPids);
        if (rows != HOSTS) {
          throw new IllegalStateException("expected one " + NAME + " per host, got " + rows);
        }
        long sum = 0;
        long max = 0;
        for (HostsqlServer s : servers) {
          long h = direct(s, hostSql);
          sum += h;
          max = Math.max(max, h);
        }
        long cpu2 = cpuTicks(serverPids);
        t = System.nanoTime();
        trino.execute(session, oneSql);
        long one = System.nanoTime() - t;
        long dOne = direct(servers.get(0), hostSql);
        if (r >= 0) {
          fleetCpu[r] = cpu1 - cpu0;
          serialCpu[r] = cpu2 - cpu1;
          fleet[r] = fleetNanos;
          serial[r] = sum;
          slowest[r] = max;
          trinoOne[r] = one;
          directOne[r] = dOne;
        }
      }
      double f = median(fleet);
      double s = median(serial);
      System.out.println(String.format("fleet-fanout: %d hosts, %d rounds (medians, ms)", HOSTS, ROUNDS));
      System.out.println(String.format("  trino, all hosts in one query     %8.1f", f));
      System.out.println(String.format("  remote driver, host after host    %8.1f  (slowest single host %.1f)",
          s, median(slowest)));
      System.out.println(String.format("  ratio fan-out / host after host   %8.2f", f / s));
      int cores = Runtime.getRuntime().availableProcessors();
      double fc = median(fleetCpu) * 1e6 * TICK_MS; // median() scales by 1e-6 for nanos
      double sc = median(serialCpu) * 1e6 * TICK_MS;
      System.out.println(String.format(
          "  CPU of all processes (hosts and this JVM), median per query: fan-out %.1f ms, host"
              + " after host %.1f ms; on %d cores the fan-out cannot finish before %.1f ms",
          fc, sc, cores, fc / cores));
      System.out.println(String.format("  one host: trino %.1f, direct %.1f: trino adds %.1f per query",
          median(trinoOne), median(directOne), median(trinoOne) - median(directOne)));
    } finally {
      servers.forEach(HostsqlServer::close);
    }
  }

  /** Clock ticks are 10 ms on Linux (USER_HZ 100, the unit of /proc/PID/stat's times). */
  private static final double TICK_MS = 10.0;

  /**
   * CPU ticks (user + system) used so far by the hosts' JVMs and by this JVM (Trino's
   * coordinator and workers, and the remote driver of the host-after-host loop), from
   * /proc/PID/stat: what the machine's cores spent, whichever process spent it.
   */
  private static long cpuTicks(long[] pids) throws Exception {
    long sum = ticks("self");
    for (long pid : pids) {
      sum += ticks(Long.toString(pid));
    }
    return sum;
  }

  private static long ticks(String pid) throws Exception {
    String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "stat"));
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    // Fields 14 and 15 of the whole line are utime and stime; f[0] is field 3 (state).
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }

  /** One host's query through hostsql's remote driver, as a script looping over hosts would. */
  private static long direct(HostsqlServer s, String sql) throws Exception {
    Properties p = new Properties();
    p.setProperty("url", s.url);
    long t = System.nanoTime();
    try (Connection c = RemoteUrl.connect(RemoteUrl.PREFIX, p);
        Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int n = 0;
      while (rs.next()) {
        n++;
      }
      if (n != 1) {
        throw new IllegalStateException(s.name + ": " + n + " rows");
      }
    }
    return System.nanoTime() - t;
  }

  private static double median(long[] nanos) {
    long[] c = nanos.clone();
    Arrays.sort(c);
    return c[c.length / 2] / 1e6;
  }
}
