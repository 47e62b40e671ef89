package io.hostsql.os.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.Mapping;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /proc/PID/maps lines written by hand, each field's value worked out beside it. */
class PidMapsTest {
  private static List<Mapping> parse(String text) {
    return PidMaps.parse(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void everyFieldOfTypicalLines() {
    List<Mapping> got = parse("""
        55d0c8a00000-55d0c8a02000 r--p 00000000 fd:01 1835021                    /usr/bin/sleep
        55d0c8a02000-55d0c8a06000 r-xp 00002000 fd:01 1835021                    /usr/bin/sleep
        7f1c2e600000-7f1c2e628000 r--p 00000000 08:11 262210                     /usr/lib/x86_64-linux-gnu/libc.so.6
        7f1c2e628000-7f1c2e7bd000 r-xp 00028000 08:11 262210                     /usr/lib/x86_64-linux-gnu/libc.so.6
        7f1c2e815000-7f1c2e822000 rw-p 00000000 00:00 0\s
        7ffd5a1e0000-7ffd5a201000 rw-p 00000000 00:00 0                          [stack]
        7f00aa000000-7f00ab000000 rw-s 1ffffffff000 00:01 4294967299             /memfd:x (deleted)
        ffffffffff600000-ffffffffff601000 --xp 00000000 00:00 0                  [vsyscall]
        """);
    assertEquals(8, got.size());
    assertEquals(new Mapping("55d0c8a00000", "55d0c8a02000", "r--p", 0, "fd:01", 1835021,
        "/usr/bin/sleep", false), got.get(0));
    assertEquals(new Mapping("55d0c8a02000", "55d0c8a06000", "r-xp", 0x2000, "fd:01", 1835021,
        "/usr/bin/sleep", false), got.get(1));
    assertEquals(new Mapping("7f1c2e628000", "7f1c2e7bd000", "r-xp", 0x28000, "08:11", 262210,
        "/usr/lib/x86_64-linux-gnu/libc.so.6", false), got.get(3));
    assertEquals(new Mapping("7f1c2e815000", "7f1c2e822000", "rw-p", 0, "00:00", 0, "", false),
        got.get(4));
    assertEquals("[stack]", got.get(5).path());
    // No file named "/memfd:x (deleted)" exists, so the mark is the kernel's.
    assertEquals(new Mapping("7f00aa000000", "7f00ab000000", "rw-s", 0x1ffffffff000L, "00:01",
        4294967299L, "/memfd:x", true), got.get(6));
    assertEquals(new Mapping("ffffffffff600000", "ffffffffff601000", "--xp", 0, "00:00", 0,
        "[vsyscall]", false), got.get(7));
  }

  @Test
  void offsetsAndInodesOfEveryLengthAndCase() {
    Mapping m = parse("0-1 rwxs FFFFFFFFFFFFF000 ab:cd 9223372036854775807 /x\n").get(0);
    assertEquals(0xFFFFFFFFFFFFF000L, m.offset());
    assertEquals(Long.MAX_VALUE, m.inode());
    assertEquals("rwxs", m.perms());
    assertEquals("ab:cd", m.device());
    assertEquals(0xabcdefL, parse("0-1 ---p abcdef 00:00 12 /x").get(0).offset());
  }

  @Test
  void pathsWithSpacesAndOddPermsSurvive() {
    Mapping m = parse("10-20 r-?p 00000000 fd:01 5          /opt/my app/lib x.so  \n").get(0);
    assertEquals("/opt/my app/lib x.so", m.path());
    assertEquals("r-?p", m.perms());
  }

  @Test
  void aRealFileEndingInTheMarkIsNotDeleted(@TempDir Path dir) throws Exception {
    Path real = Files.createFile(dir.resolve("lib (deleted)"));
    List<Mapping> got = parse("10-20 r--p 0 fd:01 5 " + real + "\n"
        + "20-30 r-xp 1000 fd:01 5 " + real + "\n"
        + "30-40 r--p 0 fd:01 6 " + dir.resolve("gone") + " (deleted)\n");
    assertEquals(real.toString(), got.get(0).path());
    assertFalse(got.get(0).deleted());
    assertEquals(real.toString(), got.get(1).path());
    assertFalse(got.get(1).deleted());
    assertEquals(dir.resolve("gone").toString(), got.get(2).path());
    assertTrue(got.get(2).deleted());
  }

  @Test
  void malformedLinesAreRefusedWithTheLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> parse("garbage line\n"));
    assertTrue(e.getMessage().contains("garbage line"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> parse("0-1 r--p 0 00:00\n"));
    assertThrows(IllegalArgumentException.class, () -> parse("0-1 r--p 0x12 00:00 0\n"));
    assertThrows(IllegalArgumentException.class, () -> parse("0-1 r--p 0 00:00 12a\n"));
    assertThrows(IllegalArgumentException.class,
        () -> parse("0-1 r--p 0 00:00 99999999999999999999\n"));
  }
}
