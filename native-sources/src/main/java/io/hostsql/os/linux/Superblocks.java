package io.hostsql.os.linux;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * What the first blocks of a block device hold, for the formats an audit meets most: ext2/3/4,
 * XFS, Btrfs, Linux swap and LUKS. Offsets are the formats' own (ext4's super_block, xfs_sb,
 * btrfs_super_block, the swap header, the LUKS1/LUKS2 binary header); anything else is not
 * recognized (blkid knows about a hundred formats).
 */
final class Superblocks {
  /** How much of a device a probe needs: Btrfs's superblock is at 64 KiB. */
  static final int HEAD = 65536 + 4096;

  /** A recognized format: blkid's TYPE, UUID and LABEL. */
  record Probe(String type, String uuid, String label) {
  }

  private Superblocks() {
  }

  /** The format of these first bytes, or null when none is recognized. */
  static Probe probe(byte[] head) {
    ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
    if (startsWith(head, 0, new byte[] {'L', 'U', 'K', 'S', (byte) 0xba, (byte) 0xbe})) {
      int version = (head[6] & 0xff) << 8 | head[7] & 0xff;
      return new Probe("crypto_LUKS", text(head, 168, 40),
          version >= 2 ? text(head, 24, 48) : null);
    }
    if (head.length >= 1024 + 136 && b.getShort(1024 + 56) == (short) 0xEF53) {
      int compat = b.getInt(1024 + 0x5C);
      int incompat = b.getInt(1024 + 0x60);
      int roCompat = b.getInt(1024 + 0x64);
      // As blkid tells them apart: ext4's own features (extents, 64bit, flex_bg, huge_file,
      // dir_nlink...) make ext4; a journal without them ext3; neither ext2.
      boolean ext4 = (incompat & (0x40 | 0x80 | 0x200)) != 0 || (roCompat & (0x8 | 0x20)) != 0;
      String type = ext4 ? "ext4" : (compat & 0x4) != 0 ? "ext3" : "ext2";
      return new Probe(type, uuid(head, 1024 + 0x68), text(head, 1024 + 0x78, 16));
    }
    if (startsWith(head, 0, "XFSB".getBytes(StandardCharsets.US_ASCII))) {
      return new Probe("xfs", uuid(head, 32), text(head, 108, 12));
    }
    if (head.length >= 65536 + 320
        && startsWith(head, 65536 + 64, "_BHRfS_M".getBytes(StandardCharsets.US_ASCII))) {
      return new Probe("btrfs", uuid(head, 65536 + 32), text(head, 65536 + 299, 256));
    }
    if (head.length >= 4096 && (startsWith(head, 4086, bytes("SWAPSPACE2"))
        || startsWith(head, 4086, bytes("SWAP-SPACE")))) {
      return new Probe("swap", uuid(head, 1024 + 12), text(head, 1024 + 28, 16));
    }
    return null;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static boolean startsWith(byte[] head, int at, byte[] magic) {
    if (head.length < at + magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (head[at + i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** A NUL-padded string field; null when empty. */
  private static String text(byte[] head, int at, int length) {
    if (head.length < at + length) {
      return null;
    }
    int end = at;
    while (end < at + length && head[end] != 0) {
      end++;
    }
    String s = new String(head, at, end - at, StandardCharsets.UTF_8);
    return s.isEmpty() ? null : s;
  }

  /** 16 bytes as 8-4-4-4-12 lowercase hex; null when all zero. */
  private static String uuid(byte[] head, int at) {
    if (head.length < at + 16) {
      return null;
    }
    StringBuilder s = new StringBuilder(36);
    boolean zero = true;
    for (int i = 0; i < 16; i++) {
      if (i == 4 || i == 6 || i == 8 || i == 10) {
        s.append('-');
      }
      zero &= head[at + i] == 0;
      s.append(Character.forDigit(head[at + i] >> 4 & 0xf, 16))
          .append(Character.forDigit(head[at + i] & 0xf, 16));
    }
    return zero ? null : s.toString();
  }
}
