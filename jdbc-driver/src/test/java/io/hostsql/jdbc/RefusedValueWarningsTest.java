package io.hostsql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLWarning;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A statement's warning about values the OS refused, against what this JVM itself may read of
 * pid 1 (/proc/1/exe and /proc/1/environ): nothing as root, one refusal per value otherwise.
 */
class RefusedValueWarningsTest {
  private static final String URL = "jdbc:hostsql:";

  @Test
  void refusedExeIsNullAndWarnedAboutOnce() throws Exception {
    boolean readable = readable(() -> Files.readSymbolicLink(Path.of("/proc/1/exe")));
    try (Connection c = DriverManager.getConnection(URL);
        Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT exe FROM processes WHERE pid = 1")) {
        r.next();
        assertEquals(readable, r.getString(1) != null);
      }
      assertWarning(readable ? 0 : 1, s.getWarnings());
      s.clearWarnings();
      assertNull(s.getWarnings());
      // A new execute starts a new count.
      try (ResultSet r = s.executeQuery("SELECT pid FROM processes WHERE pid = 1")) {
        r.next();
      }
      assertNull(s.getWarnings());
    }
  }

  @Test
  void processWhoseEnvironIsRefusedCountsOnceInAPreparedStatement() throws Exception {
    boolean readable = readable(() -> Files.readAllBytes(Path.of("/proc/1/environ")));
    try (Connection c = DriverManager.getConnection(URL);
        PreparedStatement s = c.prepareStatement(
            "SELECT count(*) FROM process_environ WHERE pid = ?")) {
      s.setInt(1, 1);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        assertEquals(readable, r.getLong(1) > 0);
      }
      assertWarning(readable ? 0 : 1, s.getWarnings());
    }
  }

  private static void assertWarning(int n, SQLWarning w) throws IOException {
    if (n == 0) {
      assertNull(w);
      return;
    }
    String euid = Files.readAllLines(Path.of("/proc/self/status")).stream()
        .filter(l -> l.startsWith("Uid:")).findFirst().orElseThrow().split("\\s+")[2];
    assertEquals(n + " values not readable as uid " + euid + ": run as root for all",
        w.getMessage());
    assertEquals("01000", w.getSQLState());
    assertNull(w.getNextWarning());
  }

  private interface Read {
    void run() throws IOException;
  }

  private static boolean readable(Read read) {
    try {
      read.run();
      return true;
    } catch (java.nio.file.AccessDeniedException e) {
      return false;
    } catch (IOException e) {
      // EACCES from readlink arrives as a plain FileSystemException on some JDKs.
      return !e.getMessage().contains("Permission denied");
    }
  }
}
