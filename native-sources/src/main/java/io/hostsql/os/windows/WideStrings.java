package io.hostsql.os.windows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * NUL-terminated UTF-16LE strings that a Win32 buffer points to (an address in the process that
 * called the API, relative to the buffer's recorded base). A pointer outside the buffer, odd,
 * or a string that runs to the end without its NUL is reported and gives null. (Engineer A's
 * branch has a class of this name and signature with more methods; on merging, that one is
 * kept.)
 */
final class WideStrings {
  private WideStrings() {
  }

  /** The string at {@code pointer}; null for a null pointer, null with a problem if unreadable. */
  static String at(ByteBuffer buffer, long base, long pointer, String what,
      List<String> problems) {
    if (pointer == 0) {
      return null;
    }
    ByteBuffer b = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    long off = pointer - base;
    if (off < 0 || off >= b.limit() || (off & 1) != 0) {
      problems.add(what + ": pointer 0x" + Long.toHexString(pointer) + " is outside the "
          + b.limit() + "-byte buffer at 0x" + Long.toHexString(base));
      return null;
    }
    int end = (int) off;
    while (end + 1 < b.limit() && b.getChar(end) != 0) {
      end += 2;
    }
    if (end + 1 >= b.limit()) {
      problems.add(what + ": string at offset " + off + " has no terminating NUL");
      return null;
    }
    byte[] bytes = new byte[end - (int) off];
    b.get((int) off, bytes);
    return new String(bytes, StandardCharsets.UTF_16LE);
  }
}
