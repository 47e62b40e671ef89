package io.hostsql.benchmarks;

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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * An audit join filtered to one process, by name and by pid, planned as a pid lookup and, on a
 * second connection with {@code pidLookups=false}, as two full scans and a hash join; beside
 * them the name filter alone, which is the floor of any plan for the name-filtered join.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LookupJoinBenchmark {
  /** The command name of the one process the join finds (the script starts it). */
  @Param("lkpneedle")
  public String needle;

  private Connection lookups;
  private Connection plain;
  private PreparedStatement withLookup;
  private PreparedStatement withoutLookup;
  private PreparedStatement byPidWithLookup;
  private PreparedStatement byPidWithoutLookup;
  private PreparedStatement nameOnly;

  @Setup(Level.Trial)
  public void open() throws SQLException {
    String sql = "SELECT p.name, f.path FROM processes p JOIN process_open_files f "
        + "ON f.pid = p.pid WHERE p.name = '" + needle + "'";
    lookups = DriverManager.getConnection("jdbc:hostsql:");
    plain = DriverManager.getConnection("jdbc:hostsql:pidLookups=false");
    withLookup = lookups.prepareStatement(sql);
    withoutLookup = plain.prepareStatement(sql);
    nameOnly = lookups.prepareStatement(
        "SELECT p.name, p.pid FROM processes p WHERE p.name = '" + needle + "'");
    long pid;
    try (ResultSet rs = nameOnly.executeQuery()) {
      if (!rs.next()) {
        throw new IllegalStateException("no process named " + needle);
      }
      pid = rs.getLong(2);
    }
    String byPid = "SELECT p.name, f.path FROM processes p JOIN process_open_files f "
        + "ON f.pid = p.pid WHERE p.pid = " + pid;
    byPidWithLookup = lookups.prepareStatement(byPid);
    byPidWithoutLookup = plain.prepareStatement(byPid);
    int rows = count(withLookup);
    if (rows == 0 || rows != count(withoutLookup) || rows != count(byPidWithLookup)
        || rows != count(byPidWithoutLookup)) {
      throw new IllegalStateException("the plans disagree on " + needle + "'s open files");
    }
  }

  private static int count(PreparedStatement ps) throws SQLException {
    int n = 0;
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        n++;
      }
    }
    return n;
  }

  @TearDown(Level.Trial)
  public void close() throws SQLException {
    lookups.close();
    plain.close();
  }

  private static void drain(PreparedStatement ps, Blackhole bh) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        bh.consume(rs.getString(1));
        bh.consume(rs.getString(2));
      }
    }
  }

  /** The join planned as a lookup (the default). */
  @Benchmark
  public void lookupJoin(Blackhole bh) throws SQLException {
    drain(withLookup, bh);
  }

  /** The same join with pidLookups=false: every process's descriptors are read. */
  @Benchmark
  public void hashJoin(Blackhole bh) throws SQLException {
    drain(withoutLookup, bh);
  }

  /** WHERE p.pid = the needle's pid, as a lookup. */
  @Benchmark
  public void lookupJoinByPid(Blackhole bh) throws SQLException {
    drain(byPidWithLookup, bh);
  }

  /** WHERE p.pid = the needle's pid, with pidLookups=false. */
  @Benchmark
  public void hashJoinByPid(Blackhole bh) throws SQLException {
    drain(byPidWithoutLookup, bh);
  }

  /** The name filter alone, no join: what finding the driving process costs. */
  @Benchmark
  public void nameFilterOnly(Blackhole bh) throws SQLException {
    drain(nameOnly, bh);
  }
}
