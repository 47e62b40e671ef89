package io.hostsql.os.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FixedWidthLineTest {
  private static byte[] line(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void keptKeysAreFoundAndTheOthersAreNot() {
    // Every key smaps prints on a 6.x kernel, padded as the kernel pads it; -1 for those
    // memory_maps does not report.
    String[] keys = {"Size:", "KernelPageSize:", "MMUPageSize:", "Rss:", "Pss:", "Pss_Dirty:",
        "Pss_Anon:", "Pss_File:", "Pss_Shmem:", "Shared_Clean:", "Shared_Dirty:",
        "Private_Clean:", "Private_Dirty:", "Referenced:", "Anonymous:", "KSM:", "LazyFree:",
        "AnonHugePages:", "ShmemPmdMapped:", "FilePmdMapped:", "Shared_Hugetlb:",
        "Private_Hugetlb:", "Swap:", "SwapPss:", "Locked:"};
    int[] expected = {1, -1, -1, 0, 2, -1, -1, -1, -1, 3, 4, 5, 6, 7, 8, -1, -1, -1, -1, -1, -1,
        -1, 9, -1, -1};
    for (int i = 0; i < keys.length; i++) {
      byte[] b = line(String.format("%-16s%8d kB%n", keys[i], 12));
      assertTrue(FixedWidthLine.fits(b, 0), keys[i]);
      assertEquals(expected[i], FixedWidthLine.key(b, 0), keys[i]);
    }
  }

  @Test
  void countsAreDecodedFromTheirColumn() {
    long[] counts = {0, 4, 10, 99, 1234, 65536, 1048576, 12345678, 99999999};
    for (long n : counts) {
      byte[] b = line("Rss:            " + String.format("%8d", n) + " kB\n");
      assertEquals(n, FixedWidthLine.kb(b, 0), "Rss " + n);
    }
    // At an offset inside a larger buffer, as in a whole smaps file.
    byte[] b = line("VmFlags: rd\nPss:                 731 kB\n");
    assertTrue(FixedWidthLine.fits(b, 12));
    assertEquals(2, FixedWidthLine.key(b, 12));
    assertEquals(731, FixedWidthLine.kb(b, 12));
  }

  @Test
  void anythingButSpacesThenDigitsIsRefused() {
    String[] columns = {"        ", "    1 2 ", "   12   ", "  -12345", "   0x1f2", "    1a3",
        "\t\t\t\t\t\t\t7", "!!!!!!!5", "0000:123", "   12/45"};
    for (String c : columns) {
      byte[] b = line("Rss:            " + String.format("%-8s", c) + " kB\n");
      assertEquals(-1, FixedWidthLine.kb(b, 0), "'" + c + "'");
    }
  }

  @Test
  void otherShapesDoNotFit() {
    // A count too wide for the column, a line without " kB", a last line with no newline.
    assertFalse(FixedWidthLine.fits(line("Rss:            123456789 kB\n"), 0));
    assertFalse(FixedWidthLine.fits(line("THPeligible:           0\n"), 0));
    assertFalse(FixedWidthLine.fits(line("Rss:                   8 kB"), 0));
    assertFalse(FixedWidthLine.fits(line("Rss:                   8 kb\n"), 0));
    // 28 bytes, but the count reaches into the key's sixteen: the key field is not the key.
    assertFalse(FixedWidthLine.fits(line("Size:          123456789 kB\n"), 0));
    assertTrue(FixedWidthLine.fits(line("Private_Hugetlb:       0 kB\n"), 0));
  }
}
