package io.hostsql.os.linux;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PidStatusTest {
  @Test
  void readsIdsCountsAndSizes() {
    String text = """
        Name:\tpython3
        Umask:\t0022
        State:\tS (sleeping)
        Tgid:\t812
        Pid:\t812
        PPid:\t1
        Uid:\t1000\t1001\t1002\t1003
        Gid:\t100\t101\t102\t103
        VmPeak:\t   20000 kB
        VmHWM:\t    9000 kB
        RssAnon:\t    4000 kB
        RssFile:\t    3000 kB
        RssShmem:\t       8 kB
        VmSwap:\t      16 kB
        HugetlbPages:\t       0 kB
        Threads:\t3
        Cpus_allowed_list:\t0-1
        voluntary_ctxt_switches:\t150
        nonvoluntary_ctxt_switches:\t7
        """;
    PidStatus s = PidStatus.parse(text.getBytes(StandardCharsets.UTF_8));
    assertEquals("python3", s.name());
    assertEquals(812, s.tgid());
    assertArrayEquals(new int[] {1000, 1001, 1002}, s.uids());
    assertArrayEquals(new int[] {100, 101, 102}, s.gids());
    assertEquals(3, s.threads());
    assertEquals(150, s.voluntaryCtxtSwitches());
    assertEquals(7, s.nonvoluntaryCtxtSwitches());
    assertEquals(20000L * 1024, s.vmPeak());
    assertEquals(9000L * 1024, s.vmHwm());
    assertEquals(4000L * 1024, s.rssAnon());
    assertEquals(3000L * 1024, s.rssFile());
    assertEquals(8L * 1024, s.rssShmem());
    assertEquals(16L * 1024, s.vmSwap());
    assertEquals("0-1", s.cpusAllowedList());
  }

  @Test
  void linesWithoutASpaceAfterTheColonAndMissingCounters() {
    // psutil gh-2809: some kernels print "Key:value"; old kernels lack the ctxt lines.
    PidStatus s = PidStatus.parse("Tgid:9\nThreads:4\nUid:0 0 0 0\n".getBytes(
        StandardCharsets.UTF_8));
    assertEquals(9, s.tgid());
    assertEquals(4, s.threads());
    assertEquals(-1, s.voluntaryCtxtSwitches());
    assertArrayEquals(new int[] {0, 0, 0}, s.uids());
  }
}
