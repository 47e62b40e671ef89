package io.hostsql.benchmarks;

import io.hostsql.os.ConnectionKind;
import io.hostsql.os.Net;
import io.hostsql.os.NoSuchProcessException;
import io.hostsql.os.Oneshot;
import io.hostsql.os.Process;
import io.hostsql.os.ProcessException;
import io.hostsql.os.Platform;
import io.hostsql.os.spi.ProcessBackend;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import oshi.SystemInfo;
import oshi.software.os.InternetProtocolStats;
import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;

/**
 * benchmarks/compare's JVM side: each workload through hostsql's JDBC driver, through
 * native-sources, and through OSHI where OSHI has the data. Methods are named
 * {@code wN_tool}; every value a workload asks for is fetched and consumed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CompareBenchmark {
  /** The process name workload 6 joins on. */
  static final String JOIN_NAME = "java";

  private final ProcessBackend processes = Platform.current().processes();
  private final Net net = Net.live();
  private final OperatingSystem oshi = new SystemInfo().getOperatingSystem();
  private final int self = (int) ProcessHandle.current().pid();
  private Connection c;
  private PreparedStatement w1;
  private PreparedStatement w2;
  private PreparedStatement w3;
  private PreparedStatement w4;
  private PreparedStatement w5;
  private PreparedStatement w6;

  @Setup(Level.Trial)
  public void open() throws SQLException {
    c = DriverManager.getConnection("jdbc:hostsql:");
    w1 = c.prepareStatement("SELECT pid, name, rss FROM processes");
    w2 = c.prepareStatement("SELECT pid, name, username, cmdline, cpu_user, cpu_system, rss, "
        + "vms, num_threads FROM processes");
    w3 = c.prepareStatement("SELECT pid, name, rss FROM processes WHERE pid = ?");
    w4 = c.prepareStatement("SELECT pid, fd, path FROM process_open_files");
    w5 = c.prepareStatement("SELECT pid, fd, laddr_ip, laddr_port, raddr_ip, raddr_port, "
        + "status FROM net_connections WHERE family IN ('inet', 'inet6')");
    w6 = c.prepareStatement("SELECT p.pid, f.fd, f.path FROM processes p "
        + "JOIN process_open_files f ON f.pid = p.pid WHERE p.name = ?");
  }

  @TearDown(Level.Trial)
  public void close() throws SQLException {
    c.close();
  }

  private static void drain(PreparedStatement ps, Blackhole bh) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= n; i++) {
          bh.consume(rs.getObject(i));
        }
      }
    }
  }

  // 1. every process with pid, name, rss

  @Benchmark
  public void w1_jdbc(Blackhole bh) throws SQLException {
    drain(w1, bh);
  }

  @Benchmark
  public void w1_native(Blackhole bh) {
    pidNameRss(processes, bh);
  }

  /**
   * Workload 1 through native-sources: pid, name and rss of every process, one oneshot each,
   * listed the way the library lists them ({@code ProcessBackend.listing}: the kernel walk names
   * them where it can load, so only statm is read per process), as the processes table does.
   */
  static void pidNameRss(ProcessBackend processes, Blackhole bh) {
    for (Process p : processes.listing()) {
      try (Oneshot ignored = p.oneshot()) {
        bh.consume(p.pid());
        bh.consume(p.name());
        bh.consume(p.memoryInfo().rss());
      } catch (ProcessException gone) {
        // exited or refused during the pass
      }
    }
  }

  @Benchmark
  public void w1_oshi(Blackhole bh) {
    for (OSProcess p : oshi.getProcesses()) {
      bh.consume(p.getProcessID());
      bh.consume(p.getName());
      bh.consume(p.getResidentSetSize());
    }
  }

  // 2. every process with pid, name, username, cmdline, cpu times, memory info, threads

  @Benchmark
  public void w2_jdbc(Blackhole bh) throws SQLException {
    drain(w2, bh);
  }

  @Benchmark
  public void w2_native(Blackhole bh) {
    for (int pid : processes.pids()) {
      Process p = processes.process(pid);
      try (Oneshot ignored = p.oneshot()) {
        bh.consume(p.pid());
        bh.consume(p.name());
        bh.consume(p.username());
        bh.consume(p.cmdline());
        bh.consume(p.cpuTimes());
        bh.consume(p.memoryInfo());
        bh.consume(p.numThreads());
      } catch (ProcessException gone) {
        // exited or refused during the pass
      }
    }
  }

  @Benchmark
  public void w2_oshi(Blackhole bh) {
    for (OSProcess p : oshi.getProcesses()) {
      bh.consume(p.getProcessID());
      bh.consume(p.getName());
      bh.consume(p.getUser());
      bh.consume(p.getCommandLine());
      bh.consume(p.getUserTime());
      bh.consume(p.getKernelTime());
      bh.consume(p.getResidentSetSize());
      bh.consume(p.getVirtualSize());
      bh.consume(p.getThreadCount());
    }
  }

  // 3. one process by pid

  @Benchmark
  public void w3_jdbc(Blackhole bh) throws SQLException {
    w3.setInt(1, self);
    drain(w3, bh);
  }

  @Benchmark
  public void w3_native(Blackhole bh) {
    Process p = Process.of(processes, self);
    try (Oneshot ignored = p.oneshot()) {
      bh.consume(p.name());
      bh.consume(p.memoryInfo().rss());
    }
  }

  @Benchmark
  public void w3_oshi(Blackhole bh) {
    OSProcess p = oshi.getProcess(self);
    bh.consume(p.getName());
    bh.consume(p.getResidentSetSize());
  }

  // 4. open files of every process (OSHI has no per-process file list)

  @Benchmark
  public void w4_jdbc(Blackhole bh) throws SQLException {
    drain(w4, bh);
  }

  @Benchmark
  public void w4_native(Blackhole bh) {
    for (int pid : processes.pids()) {
      try {
        bh.consume(processes.process(pid).openFiles());
      } catch (ProcessException gone) {
        // exited or refused during the pass
      }
    }
  }

  // 5. every inet connection with its pid

  @Benchmark
  public void w5_jdbc(Blackhole bh) throws SQLException {
    drain(w5, bh);
  }

  @Benchmark
  public void w5_native(Blackhole bh) {
    bh.consume(net.connections(ConnectionKind.INET));
  }

  @Benchmark
  public void w5_oshi(Blackhole bh) {
    for (InternetProtocolStats.IPConnection ip : oshi.getInternetProtocolStats()
        .getConnections()) {
      bh.consume(ip.getowningProcessId());
      bh.consume(ip.getLocalPort());
      bh.consume(ip.getForeignPort());
    }
  }

  // 6. processes named JOIN_NAME with their open files

  @Benchmark
  public void w6_jdbc(Blackhole bh) throws SQLException {
    w6.setString(1, JOIN_NAME);
    drain(w6, bh);
  }

  @Benchmark
  public void w6_native(Blackhole bh) {
    for (int pid : processes.pids()) {
      Process p = processes.process(pid);
      try {
        if (JOIN_NAME.equals(p.name())) {
          bh.consume(p.openFiles());
        }
      } catch (NoSuchProcessException gone) {
        // exited during the pass
      } catch (ProcessException refused) {
        // not ours to read
      }
    }
  }
}
