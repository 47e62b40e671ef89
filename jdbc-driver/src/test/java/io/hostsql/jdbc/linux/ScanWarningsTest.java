package io.hostsql.jdbc.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.testing.FixtureProc;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed files give the rows that parse and an SQLWarning on the statement for the rest,
 * never a failed query: through the driver's statements, prepared ones and the osquery views,
 * over a fixture tree mounted in place of the live os schema.
 */
class ScanWarningsTest {
  @TempDir
  Path dir;

  private Connection fixture() throws Exception {
    FixtureProc proc = new FixtureProc(dir.resolve("proc"))
        .write("rootfs/etc/hosts", "127.0.0.1 localhost\nthis is not a hosts line\n"
            + "10.1.1.1 db\n")
        .writeBytes("rootfs/etc/services", new byte[] {'h', 't', 0, 0, 1, 2, '\n'});
    return FixtureConnections.over(proc.root());
  }

  private static List<String> messages(Statement s) throws Exception {
    List<String> out = new ArrayList<>();
    for (SQLWarning w = s.getWarnings(); w != null; w = w.getNextWarning()) {
      out.add(w.getMessage());
    }
    return out;
  }

  private static int count(ResultSet rs) throws Exception {
    int n = 0;
    while (rs.next()) {
      n++;
    }
    return n;
  }

  @Test
  void aBadLineIsAWarningAndTheOthersAreRows() throws Exception {
    try (Connection c = fixture(); Statement s = c.createStatement()) {
      assertEquals(2, count(s.executeQuery("SELECT address FROM etc_hosts")));
      List<String> warnings = messages(s);
      assertEquals(1, warnings.size(), warnings.toString());
      assertTrue(warnings.get(0).startsWith("etc_hosts: ")
          && warnings.get(0).contains("/etc/hosts line 2: not an IP address"), warnings.get(0));
      // A statement's warnings are those of its last execution.
      assertEquals(0, count(s.executeQuery("SELECT name FROM etc_services")));
      warnings = messages(s);
      assertEquals(1, warnings.size(), warnings.toString());
      assertTrue(warnings.get(0).contains("not a text file"), warnings.get(0));
      s.clearWarnings();
      assertNull(s.getWarnings());
      assertEquals(1, count(s.executeQuery("SELECT 1")));
      assertNull(s.getWarnings());
    }
  }

  @Test
  void preparedStatementsAndOsqueryViewsWarnToo() throws Exception {
    try (Connection c = fixture();
         PreparedStatement p = c.prepareStatement(
             "SELECT hostnames FROM osquery.etc_hosts WHERE address = ?")) {
      p.setString(1, "10.1.1.1");
      try (ResultSet rs = p.executeQuery()) {
        assertTrue(rs.next());
        assertEquals("db", rs.getString(1));
      }
      assertEquals(1, messages(p).size(), messages(p).toString());
      p.setString(1, "127.0.0.1");
      assertEquals(1, count(p.executeQuery()));
      assertEquals(1, messages(p).size());
    }
  }
}
