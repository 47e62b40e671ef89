package io.hostsql.os.windows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes NtQuerySystemInformation(SystemExtendedHandleInformation): NumberOfHandles and a
 * reserved word (pointer-sized), then that many 40-byte entries (64-bit layout). A count the
 * buffer cannot hold gives the entries that fit and a problem.
 */
final class HandleTable {
  static final int HEADER = 16;
  static final int ENTRY_SIZE = 40;

  private HandleTable() {
  }

  /** The entries held by {@code pid}, or every entry when pid is -1. */
  static List<HandleEntry> decode(ByteBuffer buffer, long pid, List<String> problems) {
    ByteBuffer b = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    List<HandleEntry> out = new ArrayList<>();
    if (b.limit() < HEADER) {
      problems.add("handle table: " + b.limit() + " bytes, shorter than its header");
      return out;
    }
    long count = b.getLong(0);
    long fits = (b.limit() - HEADER) / ENTRY_SIZE;
    if (count < 0 || count > fits) {
      problems.add("handle table: " + Long.toUnsignedString(count) + " handles claimed, "
          + fits + " fit in the buffer");
      count = fits;
    }
    for (int i = 0; i < count; i++) {
      int at = HEADER + i * ENTRY_SIZE;
      long holder = b.getLong(at + 8);
      if (pid == -1 || holder == pid) {
        out.add(new HandleEntry(holder, b.getLong(at + 16), b.getInt(at + 24),
            b.getShort(at + 30) & 0xffff, b.getInt(at + 32)));
      }
    }
    return out;
  }
}
