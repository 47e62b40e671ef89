package io.hostsql.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.apache.calcite.avatica.AvaticaPreparedStatement;
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
 * What the driver's own layer (io.hostsql.jdbc.face and the statement wrappers around
 * Calcite's JDBC objects) costs per query and per row: one prepared statement executed and
 * drained through the objects the driver hands out ({@code faced}) and through Calcite's own
 * objects under them ({@code calcite}, reached with unwrap), in the same JVM. {@code values}
 * is 2,000 rows computed from constants, so the layer's share is as large as it gets; {@code processes} is
 * workload 1 (pid, name, rss of every process).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FaceBenchmark {
  @Param({"values", "processes"})
  public String query;

  private Connection connection;
  private PreparedStatement faced;
  private PreparedStatement calcite;

  @Setup(Level.Trial)
  public void open() throws SQLException {
    connection = DriverManager.getConnection("jdbc:hostsql:");
    String sql = "SELECT pid, name, rss FROM processes";
    if (query.equals("values")) {
      // 40 x 50 rows from two small VALUES lists (one VALUES of 2,000 rows outgrows the
      // 64 KB a generated method may have).
      StringBuilder a = new StringBuilder();
      for (int i = 0; i < 50; i++) {
        a.append(i == 0 ? "" : ", ").append(i);
      }
      sql = "SELECT a.i * 50 + b.i AS pid, 'name' || CAST(b.i AS VARCHAR) AS name,"
          + " CAST(a.i AS BIGINT) * 4096 AS rss FROM (VALUES " + a + ") AS a(i)"
          + " CROSS JOIN (VALUES " + a + ") AS b(i) WHERE a.i < 40";
    }
    faced = connection.prepareStatement(sql);
    calcite = faced.unwrap(AvaticaPreparedStatement.class);
  }

  @TearDown(Level.Trial)
  public void close() throws SQLException {
    connection.close();
  }

  private static void drain(PreparedStatement ps, Blackhole bh) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        bh.consume(rs.getInt(1));
        bh.consume(rs.getString(2));
        bh.consume(rs.getLong(3));
      }
    }
  }

  @Benchmark
  public void faced(Blackhole bh) throws SQLException {
    drain(faced, bh);
  }

  @Benchmark
  public void calcite(Blackhole bh) throws SQLException {
    drain(calcite, bh);
  }
}
