package io.hostsql.os.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hostsql.os.MemoryMap;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PidSmapsTest {
  /** Mappings as a 6.x kernel prints them, written by hand; values in kB. */
  private static final String SMAPS = """
      55d0a1e00000-55d0a1e02000 r--p 00000000 fe:01 1311            /usr/bin/cat
      Size:                  8 kB
      KernelPageSize:        4 kB
      MMUPageSize:           4 kB
      Rss:                   8 kB
      Pss:                   4 kB
      Pss_Dirty:             0 kB
      Shared_Clean:          8 kB
      Shared_Dirty:          0 kB
      Private_Clean:         0 kB
      Private_Dirty:         0 kB
      Referenced:            8 kB
      Anonymous:             0 kB
      KSM:                   0 kB
      LazyFree:              0 kB
      AnonHugePages:         0 kB
      ShmemPmdMapped:        0 kB
      FilePmdMapped:         0 kB
      Shared_Hugetlb:        0 kB
      Private_Hugetlb:       0 kB
      Swap:                  0 kB
      SwapPss:               0 kB
      Locked:                0 kB
      THPeligible:           0
      VmFlags: rd mr mw me sd
      55d0a1e02000-55d0a1e07000 r-xp 00002000 fe:01 1311            /usr/bin/cat
      Size:                 20 kB
      Rss:                  16 kB
      Pss:                   3 kB
      Shared_Clean:         16 kB
      Referenced:           16 kB
      VmFlags: rd ex mr mw me sd
      55d0a2b3c000-55d0a2b5d000 rw-p 00000000 00:00 0
      Size:          123456789 kB
      Rss:                  12 kB
      Pss:                  12 kB
      Private_Dirty:        12 kB
      Anonymous:            12 kB
      Swap:                  4 kB
      VmFlags: rd wr mr mw me ac sd
      7f10c0000000-7f10c0001000 rw-s 00000000 00:01 2048            /dev/shm/hostsql-test-no-such-segment (deleted)
      Size:                  4 kB
      Rss:                   4 kB
      Pss:                   2 kB
      Shared_Dirty:          4 kB
      VmFlags: rd wr sh mr mw me ms sd
      7f10c0001000-7f10c0003000 r--p 00004000 fe:01 1311            /usr/bin/cat
      Size:                  8 kB
      Rss:                   4 kB
      Pss:                   4 kB
      Private_Clean:         4 kB
      Referenced:            4 kB
      VmFlags: rd mr mw me ac sd
      7f10c0003000-7f10c0004000 r--p 00000000 fe:01 77              /opt/lib with space.so
      Size:                  4 kB
      Rss:                   4 kB
      Private_Hugetlb:       0 kB
      VmFlags: rd mr mw me sd
      7ffd4a3e0000-7ffd4a401000 rw-p 00000000 00:00 0               [stack]
      Size:                132 kB
      Rss:                  20 kB
      Pss:                  20 kB
      Private_Dirty:        20 kB
      Anonymous:            20 kB
      VmFlags: rd wr mr mw me gd ac""";

  private static List<MemoryMap> maps(boolean grouped) {
    byte[] b = SMAPS.getBytes(StandardCharsets.UTF_8);
    return grouped ? PidSmaps.parseGrouped(b) : PidSmaps.parseMaps(b);
  }

  @Test
  void readsEveryMappingInOrder() {
    List<MemoryMap> maps = maps(false);
    assertEquals(7, maps.size());
    assertEquals(new MemoryMap("55d0a1e00000-55d0a1e02000", "r--p", "/usr/bin/cat", 8 * 1024,
        8 * 1024, 4 * 1024, 8 * 1024, 0, 0, 0, 8 * 1024, 0, 0, false), maps.get(0));
    // No path: psutil's "[anon]"; a size wider than the kernel's eight columns still reads.
    assertEquals(new MemoryMap("55d0a2b3c000-55d0a2b5d000", "rw-p", "[anon]", 12 * 1024,
        123456789L * 1024, 12 * 1024, 0, 0, 0, 12 * 1024, 0, 12 * 1024, 4 * 1024, false),
        maps.get(2));
    assertEquals("/dev/shm/hostsql-test-no-such-segment", maps.get(3).path());
    assertEquals(true, maps.get(3).deleted());
    assertEquals("/opt/lib with space.so", maps.get(5).path());
    // The last line has no newline: the stack's values still count.
    assertEquals(new MemoryMap("7ffd4a3e0000-7ffd4a401000", "rw-p", "[stack]", 20 * 1024,
        132 * 1024, 20 * 1024, 0, 0, 0, 20 * 1024, 0, 20 * 1024, 0, false), maps.get(6));
  }

  @Test
  void groupsByPathInOrderOfFirstAppearance() {
    List<MemoryMap> groups = maps(true);
    assertEquals(List.of("/usr/bin/cat", "[anon]", "/dev/shm/hostsql-test-no-such-segment",
        "/opt/lib with space.so", "[stack]"), groups.stream().map(MemoryMap::path).toList());
    // /usr/bin/cat's three mappings, the third after others: 8+20+8 kB mapped, 8+16+4 resident.
    assertEquals(new MemoryMap(null, null, "/usr/bin/cat", 28 * 1024, 36 * 1024, 11 * 1024,
        24 * 1024, 0, 4 * 1024, 0, 28 * 1024, 0, 0, false), groups.get(0));
    assertEquals(true, groups.get(2).deleted());
    assertEquals(false, groups.get(3).deleted());
  }

  @Test
  void emptyFileHasNoMappings() {
    assertEquals(List.of(), PidSmaps.parseGrouped(new byte[0]));
    assertEquals(List.of(), PidSmaps.parseMaps(new byte[0]));
  }
}
