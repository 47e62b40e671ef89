package io.hostsql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a JDBC tool does to a running statement: a query timeout, a cancel from another thread,
 * a row limit, parameters. A six-way cross join of processes never finishes on its own
 * (30 processes make 729 million rows), so only the timeout or the cancel can end it.
 */
class StatementControlTest {
  private static final String RUNAWAY = "SELECT count(*) FROM processes a, processes b, "
      + "processes c, processes d, processes e, processes f";
  private static final long SELF = ProcessHandle.current().pid();
  private Connection c;

  @BeforeEach
  void connect() throws SQLException {
    c = DriverManager.getConnection("jdbc:hostsql:");
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  private void assertUsable() throws SQLException {
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT name FROM processes WHERE pid = " + SELF)) {
      assertTrue(rs.next());
      assertEquals("java", rs.getString(1));
    }
  }

  @Test
  void aRunawayQueryIsStoppedByItsTimeoutAndTheConnectionStaysUsable() throws Exception {
    try (Statement s = c.createStatement()) {
      s.setQueryTimeout(1);
      long t0 = System.nanoTime();
      SQLException e = assertThrows(SQLException.class, () -> {
        try (ResultSet rs = s.executeQuery(RUNAWAY)) {
          rs.next();
        }
      });
      long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
      // Calcite rewraps what execution throws, keeping the message but not the type.
      assertTrue(e instanceof SQLTimeoutException || e.getMessage().contains("timed out after 1 s"),
          e.toString());
      // Not a performance bound: the query has no end, so anything short of one means it stopped.
      assertTrue(seconds < 60, "stopped after " + seconds + " s");
    }
    assertUsable();
  }

  @Test
  void cancelFromAnotherThreadStopsTheQuery() throws Exception {
    try (Statement s = c.createStatement()) {
      Thread canceller = new Thread(() -> {
        try {
          Thread.sleep(500);
          s.cancel();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      canceller.start();
      SQLException e = assertThrows(SQLException.class, () -> {
        try (ResultSet rs = s.executeQuery(RUNAWAY)) {
          rs.next();
        }
      });
      canceller.join();
      assertTrue(e.getMessage().contains("cancel"), e.getMessage());
    }
    assertUsable();
  }

  @Test
  void maxRowsAndParametersWork() throws Exception {
    try (Statement s = c.createStatement()) {
      s.setMaxRows(3);
      try (ResultSet rs = s.executeQuery("SELECT pid FROM processes")) {
        int n = 0;
        while (rs.next()) {
          n++;
        }
        assertEquals(3, n);
      }
    }
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT name FROM processes WHERE pid = ? AND name LIKE ?")) {
      ps.setLong(1, SELF);
      ps.setString(2, "j%");
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals("java", rs.getString(1));
      }
      ps.setLong(1, ProcessHandle.current().parent().orElseThrow().pid());
      ps.setString(2, "no-such-name");
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(!rs.next());
      }
    }
  }
}
