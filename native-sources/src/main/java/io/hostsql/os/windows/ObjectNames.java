package io.hostsql.os.windows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Decodes the answers that are a UNICODE_STRING (64-bit: Length, MaximumLength, padding,
 * Buffer) pointing into the same buffer: NtQueryObject(ObjectNameInformation)'s
 * OBJECT_NAME_INFORMATION, and the image name and command line below.
 * A buffer shorter than the string, or a pointer outside it, gives null and a problem; an
 * unnamed object gives "".
 */
final class ObjectNames {
  static final int UNICODE_STRING_SIZE = 16;

  private ObjectNames() {
  }

  static String name(ByteBuffer buffer, long base, String what, List<String> problems) {
    return at(buffer, base, 0, what, problems);
  }

  /**
   * The UNICODE_STRING at {@code offset} of a struct that holds one, its characters in the
   * same buffer: SYSTEM_PROCESS_ID_INFORMATION's ImageName (offset 8), or the one
   * NtQueryInformationProcess(ProcessCommandLineInformation) fills (offset 0).
   */
  static String at(ByteBuffer buffer, long base, int offset, String what,
      List<String> problems) {
    ByteBuffer b = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    if (b.limit() < offset + UNICODE_STRING_SIZE) {
      problems.add(what + ": " + b.limit() + " bytes, shorter than its UNICODE_STRING");
      return null;
    }
    return CountedStrings.at(b, base, b.getLong(offset + 8), b.getChar(offset), what,
        problems);
  }
}
