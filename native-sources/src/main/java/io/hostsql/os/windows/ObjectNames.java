package io.hostsql.os.windows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Decodes NtQueryObject(ObjectNameInformation): an OBJECT_NAME_INFORMATION, whose
 * UNICODE_STRING (64-bit: Length, MaximumLength, padding, Buffer) points into the same buffer.
 * A buffer shorter than the string, or a pointer outside it, gives null and a problem; an
 * unnamed object gives "".
 */
final class ObjectNames {
  static final int UNICODE_STRING_SIZE = 16;

  private ObjectNames() {
  }

  static String name(ByteBuffer buffer, long base, String what, List<String> problems) {
    ByteBuffer b = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    if (b.limit() < UNICODE_STRING_SIZE) {
      problems.add(what + ": " + b.limit() + " bytes, shorter than a UNICODE_STRING");
      return null;
    }
    return CountedStrings.at(b, base, b.getLong(8), b.getChar(0), what, problems);
  }
}
