package io.hostsql.jdbc.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.testing.Commands;
import io.hostsql.os.testing.FixtureProc;
import io.hostsql.os.testing.QueryRows;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * last over a wtmp written record by record (utmp(5) layout): the logins and boots that
 * last -F prints from the same file, and a file cut mid-record (which last itself then shows
 * nothing of) still gives its whole records with a warning.
 */
class LastTableTest {
  private static final DateTimeFormatter LAST_F =
      DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ROOT);

  @TempDir
  Path dir;

  private static byte[] record(int type, int pid, String line, String user, String host,
      int seconds) {
    ByteBuffer b = ByteBuffer.allocate(384).order(ByteOrder.LITTLE_ENDIAN);
    b.putShort(0, (short) type).putInt(4, pid).putInt(340, seconds);
    b.put(8, line.getBytes(StandardCharsets.UTF_8));
    b.put(40, line.substring(Math.max(0, line.length() - 4)).getBytes(StandardCharsets.UTF_8));
    b.put(44, user.getBytes(StandardCharsets.UTF_8));
    b.put(76, host.getBytes(StandardCharsets.UTF_8));
    return b.array();
  }

  /** What last -F prints of a wtmp file, as username, tty, host and login time (UTC). */
  private static List<List<String>> lastF(Path file) {
    List<List<String>> expected = new ArrayList<>();
    for (String line : Commands.run("env", "TZ=UTC", "last", "-F", "-w", "-f",
        file.toString()).split("\n")) {
      if (line.isBlank() || line.contains(" begins ")) {
        continue;
      }
      // user, tty (two words for a boot), host when there is one, then the login time.
      List<String> w = new ArrayList<>(List.of(line.split("\\s+")));
      String user = w.remove(0);
      String tty = user.equals("reboot") ? "~" : w.get(0);
      w.subList(0, user.equals("reboot") ? 2 : 1).clear();
      String host = w.get(0).matches("Mon|Tue|Wed|Thu|Fri|Sat|Sun") ? "" : w.remove(0);
      long time = LocalDateTime.parse(String.join(" ", w.subList(0, 5)), LAST_F)
          .toEpochSecond(ZoneOffset.UTC);
      expected.add(List.of(user, tty, host, Long.toString(time)));
    }
    return expected;
  }

  @Test
  void loginsAndBootsAreWhatLastPrints() throws Exception {
    ByteBuffer wtmp = ByteBuffer.allocate(384 * 5);
    wtmp.put(record(2, 0, "~", "reboot", "6.1.0-18-amd64", 1700000000))
        .put(record(7, 1234, "pts/0", "alice", "10.0.0.5", 1700000100))
        .put(record(8, 1234, "pts/0", "", "", 1700003700))
        .put(record(7, 1300, "pts/1", "bob", "bastion.example.org", 1700004000))
        .put(record(7, 1400, "tty1", "carol", "", 1700005000));
    FixtureProc proc = new FixtureProc(dir.resolve("proc"))
        .writeBytes("rootfs/var/log/wtmp", wtmp.array());
    List<List<String>> expected = lastF(proc.root().resolve("rootfs/var/log/wtmp"));
    assertEquals(4, expected.size(), expected.toString());
    try (Connection c = FixtureConnections.over(proc.root())) {
      assertEquals(expected, QueryRows.of(c, "SELECT username, tty, host, \"time\" FROM "
          + "osquery.\"last\" WHERE type_name IN ('user-process', 'boot-time') "
          + "ORDER BY \"time\" DESC"));
      assertEquals(List.of(List.of("8", "dead-process", "1234", "pts/0")), QueryRows.of(c,
          "SELECT type, type_name, pid, tty FROM logins WHERE type = 8"));
      // A cut record at the end: last shows nothing of the file, hostsql its records.
      proc.writeBytes("rootfs/var/log/wtmp", java.util.Arrays.copyOf(wtmp.array(),
          384 * 5 + 100));
      try (Statement s = c.createStatement()) {
        assertEquals(5, QueryRows.of(c, "SELECT * FROM logins").size());
        s.executeQuery("SELECT * FROM osquery.\"last\"").close();
        SQLWarning w = s.getWarnings();
        assertTrue(w != null && w.getMessage().contains("ends in a partial record of 100 "
            + "bytes"), String.valueOf(w));
      }
    }
  }

  /**
   * wtmp is written by every program in group utmp: a login time past 2^31 - 1 is what last
   * and osquery both read as a signed 32-bit time (a date in 1901), never a failed query.
   */
  @Test
  void aTimePastIntegerIsReadAsLastReadsIt() throws Exception {
    FixtureProc proc = new FixtureProc(dir.resolve("proc")).writeBytes("rootfs/var/log/wtmp",
        record(7, 1500, "pts/2", "mallory", "", 0x80000001));
    List<List<String>> expected = lastF(proc.root().resolve("rootfs/var/log/wtmp"));
    assertEquals(List.of(List.of("mallory", "pts/2", "", "-2147483647")), expected);
    try (Connection c = FixtureConnections.over(proc.root())) {
      assertEquals(expected, QueryRows.of(c, "SELECT username, tty, host, \"time\" FROM "
          + "osquery.\"last\""));
    }
  }
}
