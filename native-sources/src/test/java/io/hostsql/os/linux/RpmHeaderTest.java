package io.hostsql.os.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.RpmPackage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RpmHeader and RpmDb.parse on header blobs written byte by byte after rpm's documented
 * format (docs/manual/format_header.md: big-endian entry and data counts, 16-byte index
 * entries, the data store with integers aligned to their size): the values rpm would read,
 * and a problem, never an exception, for each value a damaged blob cannot give.
 */
class RpmHeaderTest {
  private final List<String> problems = new ArrayList<>();

  /** A blob of the entries {tag, type, offset, count} over the data store's bytes. */
  private static ByteBuffer blob(int[][] entries, byte[] data, int declaredLength) {
    ByteBuffer b = ByteBuffer.allocate(8 + 16 * entries.length + data.length);
    b.putInt(entries.length).putInt(declaredLength);
    for (int[] e : entries) {
      b.putInt(e[0]).putInt(e[1]).putInt(e[2]).putInt(e[3]);
    }
    return b.put(data).flip();
  }

  private static byte[] bytes(String latin1) {
    return latin1.getBytes(StandardCharsets.ISO_8859_1);
  }

  private RpmPackage parse(ByteBuffer b) {
    return RpmDb.parse(b, "h", "db", problems);
  }

  @Test
  void everyTagAsRpmStoresIt() {
    // name\0 1.0\0 2\0 (padded to 12) epoch=3 (int32 at 12) installtime=0xfffffff0 (16)
    // longsize (int64 at 24) group: two I18N strings at 32, sha1 at 41
    ByteBuffer data = ByteBuffer.allocate(64);
    data.put(bytes("name\0" + "1.0\0" + "2\0\0"));
    data.putInt(3).putInt(0xfffffff0).putInt(0).putLong(5_000_000_000L);
    data.put(bytes("System\0Systeme\0abc\0"));
    int[][] entries = {{269, 6, 47, 1}, {1000, 6, 0, 1}, {1001, 6, 5, 1}, {1002, 6, 9, 1},
        {1003, 4, 12, 1}, {1008, 4, 16, 1}, {1009, 4, 12, 1}, {1016, 9, 32, 2},
        {5009, 5, 24, 1}};
    RpmPackage p = parse(blob(entries, data.array(), 64));
    assertEquals(List.of(), problems);
    assertEquals(new RpmPackage("name", "1.0", "2", null, 5_000_000_000L, "abc", null, 3L,
        4294967280L, null, "System", "db"), p);
  }

  @Test
  void aLaterEntryOfATagWins() {
    RpmPackage p = parse(blob(new int[][] {{1000, 6, 0, 1}, {1000, 6, 4, 1}},
        bytes("old\0new\0"), 8));
    assertEquals("new", p.name());
    assertEquals(List.of(), problems);
  }

  @Test
  void badEntriesAreProblemsAndTheRestReads() {
    byte[] data = bytes("ok\0\0" + "\0\0\0\0\0\0\0\1");
    RpmPackage p = parse(blob(new int[][] {{1000, 6, 0, 1}, {1001, 6, -4, 1},
        {1002, 6, 0, 0}, {1003, 5, 4, 1}, {1008, 4, 16, 1}, {1009, 7, 0, 2},
        {1011, 4, 0, 1}}, data, data.length));
    assertEquals("ok", p.name());
    assertNull(p.version());
    assertNull(p.release());
    assertNull(p.epoch());
    assertNull(p.installTime());
    assertNull(p.size());
    assertNull(p.vendor());
    assertEquals(List.of(
        "h: VERSION: string at 4294967292 outside the 12 data bytes",
        "h: RELEASE: string at 0 outside the 12 data bytes",
        "h: EPOCH: number at 4 not aligned to 8 bytes",
        "h: INSTALLTIME: number at 16 outside the 12 data bytes",
        "h: SIZE: type 7 where a number was expected",
        "h: VENDOR: type 4 where a string was expected"), problems.stream().sorted(
            java.util.Comparator.comparingInt(s -> List.of("VERSION", "RELEASE", "EPOCH",
                "INSTALLTIME", "SIZE", "VENDOR").indexOf(s.split(": ")[1]))).toList());
  }

  @Test
  void aDataStoreCutShortKeepsWhatItHolds() {
    // The counts promise 100 data bytes; 8 are there.
    RpmPackage p = parse(blob(new int[][] {{1000, 6, 0, 1}, {1001, 6, 50, 1}},
        bytes("whole\0\0\0"), 100));
    assertEquals("whole", p.name());
    assertNull(p.version());
    assertEquals(List.of("h: header of 48 bytes where its counts say 140",
        "h: VERSION: string at 50 outside the 8 data bytes"), problems);
  }

  @Test
  void aBlobWithoutAUsableIndexIsOneProblemAndNoPackage() {
    assertNull(parse(ByteBuffer.wrap(new byte[] {0, 0, 0, 1, 0, 0})));
    assertNull(parse(blob(new int[0][], new byte[0], 0)));
    assertNull(parse(blob(new int[][] {{1000, 6, 0, 1}}, new byte[0], -1)));
    assertNull(parse(ByteBuffer.wrap(new byte[] {0, 1, 0, 0, 0, 0, 0, 0})));
    assertNull(parse(ByteBuffer.wrap(new byte[] {0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 3, (byte) 232})));
    assertEquals(List.of("h: header of 6 bytes, too short for its counts",
        "h: not an rpm header (0 index entries, 0 data bytes)",
        "h: not an rpm header (1 index entries, 4294967295 data bytes)",
        "h: not an rpm header (65536 index entries, 0 data bytes)",
        "h: header cut short: 2 index entries need 40 bytes, the blob has 12"), problems);
  }

  @Test
  void aHeaderWithoutANameIsReported() {
    RpmPackage p = parse(blob(new int[][] {{1001, 6, 0, 1}}, bytes("1\0"), 2));
    assertNull(p.name());
    assertEquals("1", p.version());
    assertTrue(problems.contains("h: header without NAME"), problems.toString());
  }
}
