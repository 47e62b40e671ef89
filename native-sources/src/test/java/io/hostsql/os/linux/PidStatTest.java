package io.hostsql.os.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PidStatTest {
  private static PidStat parse(String line) {
    return PidStat.parse(line.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsTheFieldsPsutilUses() {
    // A real line from a 6.x kernel (bash), fields numbered as in man proc.
    PidStat s = parse("4242 (bash) S 4241 4242 4242 34816 4300 4194560 1500 20 3 0 120 45 7 9 "
        + "20 -5 1 0 987654 10000000 800 18446744073709551615 1 1 0 0 0 0 65536 3686404 "
        + "1266761467 0 0 0 17 1 0 0 12 0 0 0 0 0 0 0 0 0 0\n");
    assertEquals("bash", s.comm());
    assertEquals('S', s.state());
    assertEquals(4241, s.ppid());
    assertEquals(34816, s.ttyNr());
    assertEquals(4194560L, s.flags());
    assertEquals(1500, s.minflt());
    assertEquals(3, s.majflt());
    assertEquals(120, s.utime());
    assertEquals(45, s.stime());
    assertEquals(7, s.cutime());
    assertEquals(9, s.cstime());
    assertEquals(-5, s.nice());
    assertEquals(1, s.numThreads());
    assertEquals(987654, s.starttime());
    assertEquals(10000000, s.vsize());
    assertEquals(800, s.rssPages());
    assertEquals(1, s.processor());
    assertEquals(12, s.blkioTicks());
    assertFalse(s.isKernelThread());
  }

  @Test
  void nameMayHoldSpacesAndParentheses() {
    PidStat s = parse("77 (a) (b c)) R 1 77 77 0 -1 2097216 0 0 0 0 0 0 0 0 20 0 1 0 55 0 0 "
        + "18446744073709551615 0 0 0 0 0 0 0 2147483647 0 0 0 0 17 0 0 0 0 0 0\n");
    assertEquals("a) (b c)", s.comm());
    assertEquals('R', s.state());
    assertEquals(1, s.ppid());
    assertEquals(55, s.starttime());
    assertTrue(s.isKernelThread(), "flags 0x200040 carry PF_KTHREAD");
    assertEquals(0, s.blkioTicks(), "field 42 missing on this line means 0");
  }

  @Test
  void rejectsGarbage() {
    assertThrows(IllegalArgumentException.class, () -> parse("not a stat line"));
  }
}
