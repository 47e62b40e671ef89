package io.hostsql.os.windows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A buffer that holds UTF-16 strings one after another, each NUL-terminated, ended by an empty
 * one (an environment block, GetLogicalDriveStrings' roots). A buffer that runs out first gives
 * the whole strings before that point and a problem.
 */
final class MultiStrings {
  private MultiStrings() {
  }

  static List<String> split(ByteBuffer buffer, String what, List<String> problems) {
    ByteBuffer b = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    List<String> out = new ArrayList<>();
    int pos = 0;
    while (true) {
      int end = pos;
      while (end + 1 < b.limit() && b.getChar(end) != 0) {
        end += 2;
      }
      if (end + 1 >= b.limit()) {
        problems.add(what + ": no terminating empty string in " + b.limit() + " bytes");
        return out;
      }
      if (end == pos) {
        return out;
      }
      byte[] bytes = new byte[end - pos];
      b.get(pos, bytes);
      out.add(new String(bytes, StandardCharsets.UTF_16LE));
      pos = end + 2;
    }
  }
}
