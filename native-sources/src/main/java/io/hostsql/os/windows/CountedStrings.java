package io.hostsql.os.windows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * UNICODE_STRINGs: a byte length and a pointer, no terminator promised. The pointer is an
 * address in the process that filled the buffer; the string is read from the buffer when the
 * pointer, less the buffer's recorded base, lands inside it with the whole length. Anything
 * else (outside, odd, longer than the buffer) is reported and gives null.
 */
final class CountedStrings {
  private CountedStrings() {
  }

  /**
   * The string of {@code lengthBytes} bytes at {@code pointer}; "" for length 0, null for a
   * null pointer with a length, or one that does not fit inside the buffer (with a problem).
   *
   * @param what names the field in a problem ("process 4 name")
   */
  static String at(ByteBuffer b, long base, long pointer, int lengthBytes, String what,
      List<String> problems) {
    if (lengthBytes == 0) {
      return "";
    }
    if (pointer == 0) {
      problems.add(what + ": a null pointer with length " + lengthBytes);
      return null;
    }
    long offset = pointer - base;
    if ((lengthBytes & 1) != 0 || (offset & 1) != 0 || offset < 0
        || offset + lengthBytes > b.limit()) {
      problems.add(what + ": " + lengthBytes + " bytes at 0x" + Long.toHexString(pointer)
          + " are not inside the " + b.limit() + "-byte buffer at 0x" + Long.toHexString(base));
      return null;
    }
    byte[] bytes = new byte[lengthBytes];
    b.get((int) offset, bytes);
    return new String(bytes, StandardCharsets.UTF_16LE);
  }
}
