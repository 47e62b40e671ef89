package io.hostsql.benchmarks;

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

/**
 * The processes table through JDBC (prepared, warm) beside the same read through
 * native-sources: the cost of the SQL layer, and of a pid lookup against a full scan.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TableScanBenchmark {
  private final ProcessBackend processes = Platform.current().processes();
  private Connection connection;
  private PreparedStatement scan;
  private PreparedStatement lookup;
  private int pid;

  @Setup(Level.Trial)
  public void open() throws SQLException {
    connection = DriverManager.getConnection("jdbc:hostsql:");
    scan = connection.prepareStatement("SELECT pid, name, rss FROM processes");
    lookup = connection.prepareStatement("SELECT pid, name, rss FROM processes WHERE pid = ?");
    pid = (int) ProcessHandle.current().pid();
  }

  @TearDown(Level.Trial)
  public void close() throws SQLException {
    connection.close();
  }

  /** SELECT pid, name, rss FROM processes, every row fetched. */
  @Benchmark
  public void jdbcScan(Blackhole bh) throws SQLException {
    try (ResultSet rs = scan.executeQuery()) {
      while (rs.next()) {
        bh.consume(rs.getInt(1));
        bh.consume(rs.getString(2));
        bh.consume(rs.getLong(3));
      }
    }
  }

  /** The same three values through native-sources, no SQL. */
  @Benchmark
  public void nativeScan(Blackhole bh) {
    CompareBenchmark.pidNameRss(processes, bh);
  }

  /** ... WHERE pid = ? for the benchmark's own pid. */
  @Benchmark
  public void jdbcLookup(Blackhole bh) throws SQLException {
    lookup.setInt(1, pid);
    try (ResultSet rs = lookup.executeQuery()) {
      while (rs.next()) {
        bh.consume(rs.getString(2));
        bh.consume(rs.getLong(3));
      }
    }
  }
}
