package io.hostsql.os.windows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a walk of a process's address space as the live reader and the harness lay it out:
 * for each region, the 48-byte MEMORY_BASIC_INFORMATION (64-bit) VirtualQueryEx filled, then
 * GetMappedFileNameW's return (a DWORD: characters, 0 when the region maps no file), then that
 * many characters and their NUL. A region cut short ends the walk; a name without its NUL, or
 * longer than any Windows path, is null (and a length past the buffer ends the walk); each is a
 * problem.
 */
final class MemoryRegions {
  static final int INFO_SIZE = 48;
  /** GetMappedFileNameW's buffer in psutil: NTFS's longest path and its NUL. */
  static final int MAX_NAME = 0x8000;

  private MemoryRegions() {
  }

  static List<MemoryRegion> decode(ByteBuffer buffer, List<String> problems) {
    ByteBuffer b = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    List<MemoryRegion> out = new ArrayList<>();
    int pos = 0;
    while (pos < b.limit()) {
      if (b.limit() - pos < INFO_SIZE + 4) {
        problems.add("memory region at offset " + pos + ": " + (b.limit() - pos)
            + " bytes left, fewer than one region");
        return out;
      }
      long chars = b.getInt(pos + INFO_SIZE) & 0xffffffffL;
      int nameAt = pos + INFO_SIZE + 4;
      String path = null;
      int next = nameAt;
      if (chars > 0) {
        if (chars >= MAX_NAME || nameAt + (chars + 1) * 2 > b.limit()) {
          problems.add("memory region at offset " + pos + ": a name of " + chars
              + " characters does not fit");
          return out;
        }
        next = nameAt + (int) (chars + 1) * 2;
        if (b.getChar(nameAt + (int) chars * 2) != 0) {
          problems.add("memory region at offset " + pos + ": its name has no NUL");
        } else {
          byte[] name = new byte[(int) chars * 2];
          b.get(nameAt, name);
          path = new String(name, StandardCharsets.UTF_16LE);
        }
      }
      out.add(new MemoryRegion(b.getLong(pos), b.getLong(pos + 8), b.getInt(pos + 16),
          b.getLong(pos + 24), b.getInt(pos + 32), b.getInt(pos + 36), b.getInt(pos + 40),
          path));
      pos = next;
    }
    return out;
  }

  /** psutil's permission string for a PAGE_* protection: "r", "rw", "xr", "xwc"... */
  static String perms(int protect) {
    return switch (protect & 0xff) {
      case 0x01 -> "";
      case 0x02 -> "r";
      case 0x04 -> "rw";
      case 0x08 -> "wc";
      case 0x10 -> "x";
      case 0x20 -> "xr";
      case 0x40 -> "xrw";
      case 0x80 -> "xwc";
      default -> "?";
    };
  }
}
