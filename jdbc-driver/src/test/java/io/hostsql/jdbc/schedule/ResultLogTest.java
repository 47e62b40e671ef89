package io.hostsql.jdbc.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultLogTest {
  private static final String LINE = "x".repeat(99); // 100 bytes with its newline

  @Test
  void rotatesAtTheSizeLimitAndKeepsTheCount(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream status = new ByteArrayOutputStream();
    try (ResultLog log = new ResultLog(dir, null, 1024, 2,
        new StatusLog(null, new PrintStream(status)))) {
      for (int i = 0; i < 35; i++) {
        log.write(List.of(i + LINE.substring(String.valueOf(i).length())));
      }
    }
    Path current = dir.resolve("osqueryd.results.log");
    // 10 lines fit in 1024 bytes: lines 0-9, 10-19, 20-29 rotate out, 30-34 stay.
    assertEquals(500, Files.size(current));
    assertTrue(Files.readString(current).startsWith("30x"));
    assertTrue(Files.readString(dir.resolve("osqueryd.results.log.1")).startsWith("20x"));
    assertTrue(Files.readString(dir.resolve("osqueryd.results.log.2")).startsWith("10x"));
    assertFalse(Files.exists(dir.resolve("osqueryd.results.log.3")));
  }

  @Test
  void aDirectoryThatDisappearedIsCreatedAgainAndSaidSo(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("logs");
    ByteArrayOutputStream status = new ByteArrayOutputStream();
    try (ResultLog log = new ResultLog(dir, null, 1 << 20, 1,
        new StatusLog(null, new PrintStream(status, true, StandardCharsets.UTF_8)))) {
      log.write(List.of("one"));
      Files.delete(dir.resolve("osqueryd.results.log"));
      Files.delete(dir);
      log.write(List.of("two"));
    }
    assertEquals("two\n", Files.readString(dir.resolve("osqueryd.results.log")));
    assertTrue(status.toString(StandardCharsets.UTF_8).contains("WARNING the log directory "
        + dir + " was missing; created it again"), status.toString(StandardCharsets.UTF_8));
  }

  @Test
  void stdoutGetsTheSameLines(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ResultLog log = new ResultLog(dir, new PrintStream(out), 1 << 20, 1,
        new StatusLog(null, null))) {
      log.write(List.of("a", "b"));
    }
    assertEquals("a\nb\n", out.toString(StandardCharsets.UTF_8));
    assertEquals("a\nb\n", Files.readString(dir.resolve("osqueryd.results.log")));
  }

  /** A full disk (a 64 KiB tmpfs): a write lands whole or not at all. */
  @Test
  void aFullDiskLeavesNoHalfLine(@TempDir Path dir) throws Exception {
    TmpfsMount mount = TmpfsMount.mount(dir.resolve("small"), "64k");
    try {
      ResultLog log = new ResultLog(mount.path(), null, 1 << 30, 1, new StatusLog(null, null));
      List<String> batch = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        batch.add("{\"row\":" + i + ",\"pad\":\"" + "p".repeat(80) + "\"}");
      }
      IOException failure = null;
      int written = 0;
      for (int i = 0; i < 100 && failure == null; i++) {
        try {
          log.write(batch);
          written++;
        } catch (IOException e) {
          failure = e;
        }
      }
      assertTrue(failure != null, "64 KiB must fill up");
      assertTrue(failure.getMessage().contains("No space left on device"),
          failure.getMessage());
      String text = Files.readString(mount.path().resolve("osqueryd.results.log"));
      assertEquals(written * batch.size(), text.split("\n").length);
      assertTrue(text.endsWith("}\n"));
      log.close();
    } finally {
      mount.close();
    }
  }
}
