package io.hostsql.jdbc.schedule;

import static io.hostsql.jdbc.schedule.Fixture.await;
import static io.hostsql.jdbc.schedule.Fixture.events;
import static io.hostsql.jdbc.schedule.Fixture.read;
import static io.hostsql.jdbc.schedule.Fixture.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostsql.os.testing.QueryRows;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scheduler in this JVM with 1-second intervals: processes and listeners the test starts
 * and stops must show as exactly the added and removed lines; the store and the log fail
 * under it (damaged, read-only, full, removed) and it says so and goes on.
 */
class SchedulerTest {
  private static final long WAIT = 120;

  private static Scheduler start(Path dir, String schedule, PrintStream err) throws IOException {
    return start(dir, schedule, err, 60);
  }

  private static Scheduler start(Path dir, String schedule, PrintStream err, int timeout)
      throws IOException {
    Path conf = dir.resolve("osquery.conf");
    Files.writeString(conf, "{\"schedule\": {" + schedule + "}}");
    // No memory watchdog: this JVM is every test class's, so its resident memory (past 1 GB
    // on a busy machine) says nothing of the scheduler's and would stop it mid-test.
    Scheduler s = Scheduler.prepare(conf, Map.of("logger_path", dir.resolve("logs").toString(),
        "database_path", dir.resolve("db").toString(), "schedule_splay_percent", "0",
        "hostsql_query_timeout", String.valueOf(timeout), "watchdog_memory_limit", "0"),
        System.out, err);
    s.start();
    return s;
  }

  private static String query(String name, String sql, String extra) {
    return "\"" + name + "\": {\"query\": \"" + sql + "\", \"interval\": 1" + extra + "}";
  }

  private static ServerSocketChannel listen(int port) throws IOException {
    // INET only: a dual-stack socket would be listed as ::ffff:127.0.0.1 in tcp6.
    ServerSocketChannel c = ServerSocketChannel.open(StandardProtocolFamily.INET);
    c.bind(new InetSocketAddress("127.0.0.1", port));
    return c;
  }

  @Test
  void processesAndListenersStartedAndStoppedAreExactlyTheAddedAndRemovedLines(
      @TempDir Path dir) throws Exception {
    try (Fixture f = new Fixture(dir)) {
      Process p1 = f.start();
      ServerSocketChannel a = listen(0);
      int pa = a.socket().getLocalPort();
      int pb;
      try (ServerSocketChannel probe = listen(0)) {
        pb = probe.socket().getLocalPort();
      }
      String procs = f.processQuery();
      Path results = dir.resolve("logs/osqueryd.results.log");
      try (Scheduler s = start(dir, String.join(",",
          query("procs", procs, ""),
          query("kept", procs, ", \"removed\": false"),
          query("snap", procs, ", \"snapshot\": true"),
          query("ports", "SELECT port, address FROM listening_ports WHERE port IN (" + pa
              + ", " + pb + ")", "")), System.err)) {
        await("the first runs", WAIT, () -> events(read(results), "procs", "pid").size() == 1
            && events(read(results), "ports", "port").size() == 1);
        Process p2 = f.start();
        ServerSocketChannel b = listen(pb);
        Fixture.stop(p1);
        a.close();
        List<String> procsExpected = List.of("added " + p1.pid(), "added " + p2.pid(),
            "removed " + p1.pid());
        await("the changes", WAIT, () -> sorted(events(read(results), "procs", "pid"))
            .equals(sorted(procsExpected))
            && events(read(results), "ports", "port").size() == 3
            && lastSnapshotPids(read(results)).equals(List.of(String.valueOf(p2.pid()))));
        // Further runs with nothing changed add nothing.
        Thread.sleep(3000);
        s.close();
        b.close();
        List<JsonNode> lines = Fixture.lines(results);
        assertEquals(sorted(procsExpected), sorted(events(lines, "procs", "pid")));
        assertEquals(sorted(List.of("added " + pa, "added " + pb, "removed " + pa)),
            sorted(events(lines, "ports", "port")));
        assertEquals(List.of("added " + p1.pid(), "added " + p2.pid()),
            events(lines, "kept", "pid"), "removed: false logs no removed line");
        long previous = -1;
        for (JsonNode l : lines) {
          if (l.path("name").asText().equals("procs")) {
            long counter = l.path("counter").asLong();
            assertTrue(previous == -1 ? counter == 0 : counter >= previous, l.toString());
            previous = counter;
            assertEquals(f.name(), l.path("columns").path("name").asText());
          }
        }
        assertTrue(previous >= 1, "a change after the first run counts up: " + previous);
      }
    }
  }

  @Test
  void osqueryScheduleAndInfoAnswerForTheRunningSchedule(@TempDir Path dir) throws Exception {
    String sql = "SELECT pid FROM processes WHERE pid = 1";
    try (Scheduler s = start(dir, query("pid_one", sql, ""), null);
         java.sql.Connection c = java.sql.DriverManager.getConnection(
             "jdbc:hostsql:schema=osquery")) {
      await("the first run", WAIT, () -> s.stats().get(0).executions() >= 1);
      List<List<String>> rows = QueryRows.of(c, "SELECT name, query, \"interval\", executions "
          + "FROM osquery_schedule");
      assertEquals(1, rows.size(), rows.toString());
      assertEquals(List.of("pid_one", sql, "1"), rows.get(0).subList(0, 3));
      assertTrue(Long.parseLong(rows.get(0).get(3)) >= 1, rows.toString());
      // osqueryd's config_hash is the SHA-1 of the configuration: sha1sum says what it is.
      String sha1 = io.hostsql.os.testing.Commands.run("sha1sum",
          dir.resolve("osquery.conf").toString()).split(" ")[0];
      assertEquals(List.of(List.of(sha1, "1")),
          QueryRows.of(c, "SELECT config_hash, config_valid FROM osquery_info"));
      s.close();
      assertEquals(List.of(), QueryRows.of(c, "SELECT name FROM osquery_schedule"));
    }
  }

  @Test
  void aRunawayQueryIsNotStartedTwiceStoppedAtItsLimitAndDenylisted(@TempDir Path dir)
      throws Exception {
    String runaway = "SELECT count(*) AS n FROM processes a, processes b, processes c, "
        + "processes d, processes e, processes f";
    Path status = dir.resolve("logs/" + StatusLog.FILE_NAME);
    try (Scheduler s = start(dir, query("runaway", runaway, ""), null, 3)) {
      await("the watchdog", WAIT, () -> Files.exists(status) && text(status)
          .contains("ERROR query runaway ran longer than the limit of 3 s"));
      await("the run to end", WAIT, () -> s.stats().get(0).lastExecuted() > 0);
      Thread.sleep(3000);
      ScheduleStats stats = s.stats().get(0);
      assertEquals(1, stats.executions(), "started once, then denylisted: " + stats);
      assertTrue(stats.denylisted());
      String log = text(status);
      assertTrue(log.contains("WARNING query runaway is still running after"), log);
      assertTrue(log.contains("it is denylisted for 24 h"), log);
      assertTrue(!Files.exists(dir.resolve("logs/osqueryd.results.log")),
          "a stopped run logs nothing");
    }
  }

  private static String text(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      return "";
    }
  }

  private static List<String> lastSnapshotPids(List<JsonNode> lines) {
    List<String> pids = new ArrayList<>();
    for (JsonNode l : lines) {
      if (l.path("name").asText().equals("snap")) {
        assertEquals("snapshot", l.path("action").asText());
        pids.clear();
        l.path("snapshot").forEach(r -> pids.add(r.path("pid").asText()));
      }
    }
    return pids;
  }

  @Test
  void aDamagedStoreEntryIsReportedAndTheQueryStartsAfresh(@TempDir Path dir)
      throws Exception {
    try (Fixture f = new Fixture(dir)) {
      Process p1 = f.start();
      Path results = dir.resolve("logs/osqueryd.results.log");
      String q = query("procs", f.processQuery(), "");
      try (Scheduler s = start(dir, q, null)) {
        await("the first run", WAIT, () -> events(read(results), "procs", "pid").size() == 1);
      }
      Path entry = dir.resolve("db/procs.results");
      byte[] bytes = Files.readAllBytes(entry);
      bytes[bytes.length / 3] ^= 0x11;
      Files.write(entry, bytes);
      Process p2;
      try (Scheduler s = start(dir, q, null)) {
        await("the fresh start", WAIT, () -> events(read(results), "procs", "pid").size() == 2);
        p2 = f.start();
        await("the next change", WAIT,
            () -> events(read(results), "procs", "pid").size() == 3);
      }
      List<JsonNode> lines = Fixture.lines(results);
      assertEquals(List.of("added " + p1.pid(), "added " + p1.pid(), "added " + p2.pid()),
          events(lines, "procs", "pid"));
      assertEquals(List.of(0L, 0L, 1L), lines.stream().map(l -> l.path("counter").asLong())
          .toList());
      String status = Files.readString(dir.resolve("logs/" + StatusLog.FILE_NAME));
      assertTrue(status.contains("ERROR " + entry + " is damaged: its checksum does not match;"
          + " query procs starts afresh"), status);
    }
  }

  @Test
  void aFullStoreIsReportedAndChangesStillLogged(@TempDir Path dir) throws Exception {
    try (Fixture f = new Fixture(dir); TmpfsMount db = TmpfsMount.mount(dir.resolve("db"),
        "256k")) {
      Process p1 = f.start();
      Path results = dir.resolve("logs/osqueryd.results.log");
      try (Scheduler s = start(dir, query("procs", f.processQuery(), ""), null)) {
        await("the first run", WAIT, () -> events(read(results), "procs", "pid").size() == 1);
        fill(db.path().resolve("filler"));
        Process p2 = f.start();
        await("the change", WAIT, () -> events(read(results), "procs", "pid").size() == 2);
        Fixture.stop(p1);
        await("the next change, diffed against memory", WAIT,
            () -> events(read(results), "procs", "pid").size() == 3);
        assertEquals(List.of("added " + p1.pid(), "added " + p2.pid(), "removed " + p1.pid()),
            events(Fixture.lines(results), "procs", "pid"));
        String status = Files.readString(dir.resolve("logs/" + StatusLog.FILE_NAME));
        assertTrue(status.contains("ERROR cannot save the results of procs in " + db.path()
            + ": No space left on device"), status);
      }
    }
  }

  @Test
  void aReadOnlyStoreStopsTheStartSayingWhy(@TempDir Path dir) throws Exception {
    try (TmpfsMount db = TmpfsMount.mount(dir.resolve("db"), "64k")) {
      db.remount("ro");
      Files.writeString(dir.resolve("c.conf"), "{}");
      Scheduler s = Scheduler.prepare(dir.resolve("c.conf"), Map.of("logger_path",
          dir.resolve("logs").toString(), "database_path", db.path().toString()),
          System.out, null);
      StoreException e = assertThrows(StoreException.class, s::start);
      assertTrue(e.getMessage().equals("cannot open the result store " + db.path()
          + ": Read-only file system (" + db.path().resolve("LOCK") + ")"), e.getMessage());
      s.close();
    }
  }

  private static void fill(Path filler) {
    try (OutputStream out = Files.newOutputStream(filler)) {
      byte[] block = new byte[4096];
      while (true) {
        out.write(block);
      }
    } catch (IOException full) {
      // The disk is full now.
    }
  }

  @Test
  void aFullLogDiskLosesNothing(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (Fixture f = new Fixture(dir); TmpfsMount logs = TmpfsMount.mount(dir.resolve("logs"),
        "256k")) {
      Process p1 = f.start();
      Path results = logs.path().resolve("osqueryd.results.log");
      try (Scheduler s = start(dir, query("procs", f.processQuery(), ""),
          new PrintStream(err, true, StandardCharsets.UTF_8))) {
        await("the first run", WAIT, () -> events(read(results), "procs", "pid").size() == 1);
        Path filler = logs.path().resolve("filler");
        fill(filler);
        // More than the free end of the file's last page can take: ~250 bytes a line.
        List<String> expected = new ArrayList<>(List.of("added " + p1.pid()));
        for (int i = 0; i < 40; i++) {
          expected.add("added " + f.start().pid());
        }
        await("the write failure", WAIT, () -> err.toString(StandardCharsets.UTF_8)
            .contains("the results of procs could not be written: No space left on device"));
        // Whatever landed before the disk filled is whole lines (read() parses each).
        assertTrue(events(read(results), "procs", "pid").size() < expected.size());
        Files.delete(filler);
        await("the change once there is room", WAIT,
            () -> events(read(results), "procs", "pid").size() == expected.size());
        assertEquals(sorted(expected), sorted(events(Fixture.lines(results), "procs", "pid")));
      }
    }
  }

  @Test
  void aLogDirectoryThatDisappearsIsCreatedAgain(@TempDir Path dir) throws Exception {
    try (Fixture f = new Fixture(dir)) {
      f.start();
      Path logs = dir.resolve("logs");
      Path results = logs.resolve("osqueryd.results.log");
      try (Scheduler s = start(dir, query("procs", f.processQuery(), ""), null)) {
        await("the first run", WAIT, () -> events(read(results), "procs", "pid").size() == 1);
        try (var files = Files.list(logs)) {
          for (Path p : files.toList()) {
            Files.delete(p);
          }
        }
        Files.delete(logs);
        Process p2 = f.start();
        await("the change in the new directory", WAIT,
            () -> events(read(results), "procs", "pid").equals(List.of("added " + p2.pid())));
        String status = Files.readString(logs.resolve(StatusLog.FILE_NAME));
        assertTrue(status.contains("the log directory " + logs + " was missing"), status);
      }
    }
  }
}
