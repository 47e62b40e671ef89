package io.hostsql.jdbc.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
