package io.hostsql.os.windows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the UTF-16LE strings a Win32 buffer holds, by pointer (an address in the process that
 * called the API, relative to the buffer's recorded base) or at an offset. A pointer outside the
 * buffer, a string that runs to the end without its NUL, or an odd offset is reported and gives
 * null: the caller's row keeps its other fields.
 */
final class WideStrings {
  private WideStrings() {
  }

  /**
   * The NUL-terminated string a pointer in the buffer points to; null for a null pointer, and
   * null with a problem for one that does not point to a whole string inside the buffer.
   *
   * @param what names the field in a problem ("service 'x' binpath")
   */
  static String at(ByteBuffer b, long base, long pointer, String what, List<String> problems) {
    if (pointer == 0) {
      return null;
    }
    int offset = offset(b, base, pointer);
    if (offset < 0) {
      problems.add(what + ": pointer 0x" + Long.toHexString(pointer) + " is outside the "
          + b.limit() + "-byte buffer at 0x" + Long.toHexString(base));
      return null;
    }
    int end = terminator(b, offset);
    if (end < 0) {
      problems.add(what + ": string at offset " + offset + " has no terminating NUL before "
          + "the buffer's end");
      return null;
    }
    return decode(b, offset, end);
  }

  /** The offset of a pointer into the buffer, or -1 when it is outside or misaligned. */
  static int offset(ByteBuffer b, long base, long pointer) {
    long off = pointer - base;
    if (off < 0 || off >= b.limit() || (off & 1) != 0) {
      return -1;
    }
    return (int) off;
  }

  /**
   * A double-NUL-terminated list of strings (lpDependencies), or null with a problem when it
   * runs past the buffer.
   */
  static List<String> listAt(ByteBuffer b, long base, long pointer, String what,
      List<String> problems) {
    if (pointer == 0) {
      return null;
    }
    int offset = offset(b, base, pointer);
    if (offset < 0) {
      problems.add(what + ": pointer 0x" + Long.toHexString(pointer) + " is outside the "
          + b.limit() + "-byte buffer");
      return null;
    }
    List<String> out = new ArrayList<>();
    while (true) {
      int end = terminator(b, offset);
      if (end < 0) {
        problems.add(what + ": list at offset " + offset + " is not terminated inside the "
            + "buffer");
        return null;
      }
      if (end == offset) {
        return out;
      }
      out.add(decode(b, offset, end));
      offset = end + 2;
    }
  }

  /**
   * A registry string value (REG_SZ, REG_EXPAND_SZ): up to its first NUL, or the whole value
   * when it has none (the registry does not promise one).
   */
  static String value(ByteBuffer b) {
    int end = terminator(b, 0);
    return decode(b, 0, end < 0 ? b.limit() & ~1 : end);
  }

  /** The offset of the first NUL character at or after {@code offset}, or -1. */
  private static int terminator(ByteBuffer b, int offset) {
    for (int i = offset; i + 1 < b.limit(); i += 2) {
      if (b.getChar(i) == 0) {
        return i;
      }
    }
    return -1;
  }

  private static String decode(ByteBuffer b, int from, int to) {
    byte[] bytes = new byte[to - from];
    b.get(from, bytes);
    return new String(bytes, StandardCharsets.UTF_16LE);
  }
}
