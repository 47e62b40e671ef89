package io.hostsql.jdbc.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultStoreTest {
  private static final StoredResult RESULT = new StoredResult("SELECT 1;", 3, 7,
      List.of("{\"a\":\"1\"}", "{\"a\":\"line\\nbreak\"}"));

  @Test
  void savesAndLoadsAnEntry(@TempDir Path dir) {
    try (ResultStore store = ResultStore.open(dir.resolve("db"))) {
      assertNull(store.load("pack_x_y"));
      store.save("pack_x_y", RESULT);
      assertEquals(RESULT, store.load("pack_x_y"));
      store.save("pack_x_y", new StoredResult("SELECT 1;", 3, 8, List.of()));
      assertEquals(List.of(), store.load("pack_x_y").rows());
      // Names with path characters stay inside the directory.
      store.save("../../etc/passwd", RESULT);
      assertTrue(Files.exists(dir.resolve("db/..%2F..%2Fetc%2Fpasswd.results")));
      assertEquals(RESULT, store.load("../../etc/passwd"));
    }
  }

  @Test
  void aDamagedEntryIsReportedNotDiffed(@TempDir Path dir) throws Exception {
    try (ResultStore store = ResultStore.open(dir)) {
      store.save("q", RESULT);
      Path file = store.fileOf("q");
      byte[] bytes = Files.readAllBytes(file);
      bytes[bytes.length / 2] ^= 0x20;
      Files.write(file, bytes);
      StoreException e = assertThrows(StoreException.class, () -> store.load("q"));
      assertTrue(e.getMessage().contains("is damaged: its checksum does not match"),
          e.getMessage());
      Files.writeString(file, "garbage", StandardCharsets.UTF_8);
      e = assertThrows(StoreException.class, () -> store.load("q"));
      assertTrue(e.getMessage().contains("has no checksum line"), e.getMessage());
      Files.write(file, new byte[] {1, 2, 3, 0, (byte) 0xff});
      assertThrows(StoreException.class, () -> store.load("q"));
    }
  }

  @Test
  void oneSchedulerPerStore(@TempDir Path dir) {
    try (ResultStore store = ResultStore.open(dir)) {
      StoreException e = assertThrows(StoreException.class, () -> ResultStore.open(dir));
      assertTrue(e.getMessage().contains("in use"), e.getMessage());
    }
    ResultStore.open(dir).close();
  }

  @Test
  void aStorePathThatIsAFileIsAClearError(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("f"), "x");
    StoreException e = assertThrows(StoreException.class, () -> ResultStore.open(file));
    assertTrue(e.getMessage().startsWith("cannot create the result store " + file),
        e.getMessage());
  }

  private static List<String> sorted(List<String> rows) {
    List<String> copy = new ArrayList<>(rows);
    copy.sort(null);
    return copy;
  }

  /** Runs 1..3 of a query whose rows are written out by hand, saved as their changes. */
  private static void saveThreeRuns(ResultStore store) {
    store.save("q", new StoredResult("SELECT x;", 0, 0, List.of("{a}", "{b}", "{c}", "{c}")));
    store.save("q", new StoredResult("SELECT x;", 0, 1, List.of("{a}", "{c}", "{c}", "{d}")),
        new Differential(List.of("{d}"), List.of("{b}")));
    // Run 2 adds back the row run 1 removed.
    store.save("q", new StoredResult("SELECT x;", 0, 2, List.of("{a}", "{c}", "{d}", "{b}")),
        new Differential(List.of("{b}"), List.of("{c}")));
    store.save("q", new StoredResult("SELECT x;", 0, 3, List.of("{c}", "{d}", "{b}", "{e}")),
        new Differential(List.of("{e}"), List.of("{a}")));
  }

  @Test
  void changesAreAppendedToAJournalAndReplayedOnLoad(@TempDir Path dir) throws Exception {
    byte[] base;
    try (ResultStore store = ResultStore.open(dir)) {
      store.save("q", new StoredResult("SELECT x;", 0, 0, List.of("{a}", "{b}", "{c}", "{c}")));
      base = Files.readAllBytes(store.fileOf("q"));
    }
    try (ResultStore store = ResultStore.open(dir)) {
      // A store opened again continues the journal of the base it loaded.
      store.load("q");
      store.save("q", new StoredResult("SELECT x;", 0, 1, List.of("{a}", "{c}", "{c}", "{d}")),
          new Differential(List.of("{d}"), List.of("{b}")));
      // The base is not rewritten for a change of two rows.
      org.junit.jupiter.api.Assertions.assertArrayEquals(base,
          Files.readAllBytes(store.fileOf("q")));
      assertTrue(Files.readString(store.journalOf("q")).contains("\n+{d}\n-{b}\n"),
          Files.readString(store.journalOf("q")));
    }
    try (ResultStore store = ResultStore.open(dir)) {
      StoredResult r = store.load("q");
      assertEquals(1, r.counter());
      assertEquals(List.of("{a}", "{c}", "{c}", "{d}"), sorted(r.rows()));
    }
    try (ResultStore store = ResultStore.open(dir.resolve("b"))) {
      saveThreeRuns(store);
      assertTrue(Files.exists(store.journalOf("q")));
    }
    try (ResultStore store = ResultStore.open(dir.resolve("b"))) {
      StoredResult r = store.load("q");
      assertEquals(new StoredResult("SELECT x;", 0, 3, List.of("{b}", "{c}", "{d}", "{e}")),
          new StoredResult(r.sql(), r.epoch(), r.counter(), sorted(r.rows())));
    }
  }

  @Test
  void aJournalPastTheBaseSizeIsFoldedIntoANewBase(@TempDir Path dir) throws Exception {
    try (ResultStore store = ResultStore.open(dir)) {
      store.save("q", new StoredResult("SELECT x;", 0, 0, List.of("{a}")));
      List<String> rows = new ArrayList<>(List.of("{a}"));
      long counter = 0;
      // 70 KB of changes: past the 64 KiB a journal may reach beside a small base.
      for (int run = 1; run <= 70; run++) {
        List<String> added = List.of("{\"n\":\"" + "x".repeat(1000) + run + "\"}");
        rows.addAll(added);
        store.save("q", new StoredResult("SELECT x;", 0, ++counter, List.copyOf(rows)),
            new Differential(added, List.of()));
      }
      assertTrue(Files.size(store.journalOf("q")) < 65 * 1024, "journal folded into the base");
      assertTrue(Files.size(store.fileOf("q")) > 60_000, "the base holds the folded rows");
    }
    try (ResultStore store = ResultStore.open(dir)) {
      StoredResult r = store.load("q");
      assertEquals(70, r.counter());
      assertEquals(71, r.rows().size());
    }
  }

  @Test
  void aTornOrDamagedJournalRecordEndsTheReplayThere(@TempDir Path dir) throws Exception {
    Path journal;
    try (ResultStore store = ResultStore.open(dir)) {
      saveThreeRuns(store);
      journal = store.journalOf("q");
    }
    byte[] whole = Files.readAllBytes(journal);
    // A crash in the middle of run 3's append: runs 1 and 2 are replayed, not 3.
    Files.write(journal, java.util.Arrays.copyOf(whole, whole.length - 9));
    try (ResultStore store = ResultStore.open(dir)) {
      StoredResult r = store.load("q");
      assertEquals(2, r.counter());
      assertEquals(List.of("{a}", "{b}", "{c}", "{d}"), sorted(r.rows()));
      // The next run's save writes a base: nothing is appended after a torn record.
      store.save("q", new StoredResult("SELECT x;", 0, 3, List.of("{a}")),
          new Differential(List.of(), List.of("{b}", "{c}", "{d}")));
      assertTrue(Files.notExists(journal));
      assertEquals(List.of("{a}"), store.load("q").rows());
    }
    try (ResultStore store = ResultStore.open(dir.resolve("d"))) {
      saveThreeRuns(store);
      journal = store.journalOf("q");
    }
    // A flipped bit in run 2's added row ("+{b}" becomes "+{c}"): its checksum fails, so only
    // run 1 counts.
    String text = Files.readString(journal);
    int second = text.indexOf("change 2 ");
    byte[] bytes = Files.readAllBytes(journal);
    bytes[second + 15] ^= 0x01;
    Files.write(journal, bytes);
    try (ResultStore store = ResultStore.open(dir.resolve("d"))) {
      StoredResult r = store.load("q");
      assertEquals(1, r.counter());
      assertEquals(List.of("{a}", "{c}", "{c}", "{d}"), sorted(r.rows()));
    }
  }

  @Test
  void aJournalOfAnotherBaseIsNotReplayed(@TempDir Path dir) throws Exception {
    try (ResultStore store = ResultStore.open(dir)) {
      saveThreeRuns(store);
      byte[] journal = Files.readAllBytes(store.journalOf("q"));
      // A crash after a new base was renamed in but before the old journal was removed.
      store.save("q", new StoredResult("SELECT x;", 0, 4, List.of("{z}")));
      Files.write(store.journalOf("q"), journal);
      assertEquals(new StoredResult("SELECT x;", 0, 4, List.of("{z}")), store.load("q"));
    }
  }

  @Test
  void aJournalOfRowsWithMultibyteCharactersContinuesAfterARestart(@TempDir Path dir) {
    try (ResultStore store = ResultStore.open(dir)) {
      store.save("q", new StoredResult("SELECT x;", 0, 0, List.of("{\"é\":\"日本\"}")));
    }
    // Each store loads the journal and appends one record after what it read.
    String[] rows = {"{\"a\":\"ü\"}", "{\"b\":\"😀\"}", "{\"c\":\"ß\"}"};
    for (int run = 1; run <= rows.length; run++) {
      try (ResultStore store = ResultStore.open(dir)) {
        StoredResult before = store.load("q");
        assertEquals(run - 1, before.counter());
        List<String> next = new ArrayList<>(before.rows());
        next.add(rows[run - 1]);
        store.save("q", new StoredResult("SELECT x;", 0, run, next),
            new Differential(List.of(rows[run - 1]), List.of()));
      }
    }
    try (ResultStore store = ResultStore.open(dir)) {
      StoredResult r = store.load("q");
      assertEquals(3, r.counter());
      assertEquals(sorted(List.of("{\"é\":\"日本\"}", rows[0], rows[1], rows[2])),
          sorted(r.rows()));
    }
  }
}
