package io.hostsql.os.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * disk_partitions' drive rules and volume decoding on Windows, against psutil's documented
 * behaviour (disk.c: the default listing's skipped drive types, the opts text) written out by
 * hand, and against crafted volume buffers.
 */
class DriveRulesTest {
  @Test
  void theDefaultListingHasLocalDisksAndCdromsOnly() {
    assertTrue(DriveRules.listed("C:\\", DriveRules.FIXED, false));
    assertTrue(DriveRules.listed("D:\\", DriveRules.CDROM, false));
    assertTrue(DriveRules.listed("E:\\", DriveRules.REMOVABLE, false));
    assertFalse(DriveRules.listed("A:\\", DriveRules.REMOVABLE, false), "a floppy is slow");
    for (int type : new int[] {DriveRules.UNKNOWN, DriveRules.NO_ROOT_DIR, DriveRules.REMOTE,
        DriveRules.RAMDISK}) {
      assertFalse(DriveRules.listed("N:\\", type, false), "type " + type);
      assertTrue(DriveRules.listed("N:\\", type, true), "all lists type " + type);
    }
    assertTrue(DriveRules.listed("A:\\", DriveRules.REMOVABLE, true));
  }

  @Test
  void optsAreAccessThenFlagsThenTheDriveType() {
    // FILE_CASE_PRESERVED_NAMES | FILE_PERSISTENT_ACLS (10), what Wine's C: answers.
    assertEquals("rw,fixed", DriveRules.opts(DriveRules.FIXED, 10));
    assertEquals("ro,readonly,cdrom", DriveRules.opts(DriveRules.CDROM, 0x80000));
    assertEquals("rw,compressed,fixed", DriveRules.opts(DriveRules.FIXED, 0x8000 | 10));
    assertEquals("ro,compressed,readonly,remote", DriveRules.opts(DriveRules.REMOTE,
        0x80000 | 0x8000));
    // GetVolumeInformationW refused (an empty card reader): the type alone.
    assertEquals("removable", DriveRules.opts(DriveRules.REMOVABLE, null));
    assertEquals("unmounted", DriveRules.opts(DriveRules.NO_ROOT_DIR, null));
    assertEquals("?", DriveRules.opts(9, null));
  }

  private static ByteBuffer volume(int flags, String name, int pad) {
    byte[] n = name.getBytes(StandardCharsets.UTF_16LE);
    ByteBuffer b = ByteBuffer.allocate(4 + n.length + pad).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(flags).put(n);
    return b.rewind();
  }

  @Test
  void volumeBuffersDecodeAndBadOnesDoNotThrow() {
    List<String> problems = new ArrayList<>();
    DiskBuffers.Volume v = DiskBuffers.volume(volume(10, "NTFS", 20), problems);
    assertEquals(new DiskBuffers.Volume(10, "NTFS"), v);
    // No terminator: the whole buffer is the name.
    assertEquals("exFAT", DiskBuffers.volume(volume(0, "exFAT", 0), problems).fileSystem());
    // An odd trailing byte is not half a character.
    assertEquals("FAT", DiskBuffers.volume(volume(0, "FAT", 1), problems).fileSystem());
    assertEquals(List.of(), problems);
    assertNull(DiskBuffers.volume(ByteBuffer.allocate(3), problems));
    assertEquals(1, problems.size(), problems.toString());
  }
}
