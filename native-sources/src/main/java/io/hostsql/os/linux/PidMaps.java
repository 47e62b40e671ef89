package io.hostsql.os.linux;

import io.hostsql.os.Mapping;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The maps line format: /proc/PID/maps is made of such lines, and /proc/PID/smaps opens each
 * mapping with one. The path is everything after the inode and its padding, so a file name
 * with spaces survives. Works on the bytes, as smaps is large.
 */
public final class PidMaps {
  private PidMaps() {
  }

  /**
   * Parses a whole maps file, one {@link Mapping} per line.
   *
   * @throws IllegalArgumentException if a line is not a maps line
   */
  public static List<Mapping> parse(byte[] b) {
    List<Mapping> out = new ArrayList<>();
    Previous previous = new Previous();
    int start = 0;
    while (start < b.length) {
      int end = lineEnd(b, start);
      if (end > start) {
        out.add(line(b, start, end, previous));
      }
      start = end + 1;
    }
    return out;
  }

  /**
   * One maps-format line, {@code b[from, to)}: "start-end perms offset dev inode [path]".
   *
   * @throws IllegalArgumentException if it is not one
   */
  static Mapping line(byte[] b, int from, int to) {
    return line(b, from, to, new Previous());
  }

  /**
   * The device and path of the line before, with where their bytes were: a library is mapped
   * in four or five consecutive regions of the same file, so its path (and most devices) are
   * decoded once per run of lines, not once per line.
   */
  private static final class Previous {
    int deviceFrom;
    int deviceTo = -1;
    String device;
    int pathFrom;
    int pathTo = -1;
    DeletedMark.Target path;
  }

  private static Mapping line(byte[] b, int from, int to, Previous previous) {
    int addressFrom = skipSpaces(b, from, to);
    int addressTo = fieldEnd(b, addressFrom, to);
    int permsFrom = skipSpaces(b, addressTo, to);
    int permsTo = fieldEnd(b, permsFrom, to);
    int offsetFrom = skipSpaces(b, permsTo, to);
    int offsetTo = fieldEnd(b, offsetFrom, to);
    int deviceFrom = skipSpaces(b, offsetTo, to);
    int deviceTo = fieldEnd(b, deviceFrom, to);
    int inodeFrom = skipSpaces(b, deviceTo, to);
    int inodeTo = fieldEnd(b, inodeFrom, to);
    int pathFrom = skipSpaces(b, inodeTo, to);
    int dash = addressFrom;
    while (dash < addressTo && b[dash] != '-') {
      dash++;
    }
    if (dash >= addressTo || inodeFrom >= to) {
      throw new IllegalArgumentException("not a /proc/PID/maps line: "
          + new String(b, from, to - from, StandardCharsets.UTF_8));
    }
    String device;
    if (sameBytes(b, deviceFrom, deviceTo, previous.deviceFrom, previous.deviceTo)) {
      device = previous.device;
    } else {
      device = ascii(b, deviceFrom, deviceTo);
      previous.device = device;
      previous.deviceFrom = deviceFrom;
      previous.deviceTo = deviceTo;
    }
    DeletedMark.Target path;
    if (sameBytes(b, pathFrom, to, previous.pathFrom, previous.pathTo)) {
      path = previous.path;
    } else {
      path = path(b, pathFrom, to);
      previous.path = path;
      previous.pathFrom = pathFrom;
      previous.pathTo = to;
    }
    return new Mapping(ascii(b, addressFrom, dash), ascii(b, dash + 1, addressTo),
        perms(b, permsFrom, permsTo), number(b, offsetFrom, offsetTo, 16), device,
        number(b, inodeFrom, inodeTo, 10), path.path(), path.deleted());
  }

  private static boolean sameBytes(byte[] b, int from, int to, int otherFrom, int otherTo) {
    return otherTo - otherFrom == to - from && java.util.Arrays.equals(b, from, to, b, otherFrom,
        otherTo);
  }

  /** "rwxp" and its dashed forms, one String each, indexed by which letters are present. */
  private static final String[] PERMS = new String[16];

  static {
    for (int bits = 0; bits < 16; bits++) {
      PERMS[bits] = ((bits & 8) != 0 ? "r" : "-") + ((bits & 4) != 0 ? "w" : "-")
          + ((bits & 2) != 0 ? "x" : "-") + ((bits & 1) != 0 ? "s" : "p");
    }
  }

  private static String perms(byte[] b, int from, int to) {
    if (to - from == 4 && (b[from] == 'r' || b[from] == '-') && (b[from + 1] == 'w'
        || b[from + 1] == '-') && (b[from + 2] == 'x' || b[from + 2] == '-')
        && (b[from + 3] == 's' || b[from + 3] == 'p')) {
      return PERMS[(b[from] == 'r' ? 8 : 0) | (b[from + 1] == 'w' ? 4 : 0)
          | (b[from + 2] == 'x' ? 2 : 0) | (b[from + 3] == 's' ? 1 : 0)];
    }
    return ascii(b, from, to);
  }

  /**
   * A hex (offset) or decimal (inode) field without a String in between; a field too long for
   * the quick path, or not a number, goes through Long's own parsing and its errors.
   */
  private static long number(byte[] b, int from, int to, int radix) {
    if (to > from && to - from <= 15) {
      long v = 0;
      int i = from;
      for (; i < to; i++) {
        int c = b[i];
        int d = c >= '0' && c <= '9' ? c - '0'
            : radix == 16 && c >= 'a' && c <= 'f' ? c - 'a' + 10
            : radix == 16 && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0) {
          break;
        }
        v = v * radix + d;
      }
      if (i == to) {
        return v;
      }
    }
    String text = ascii(b, from, to);
    return radix == 16 ? Long.parseUnsignedLong(text, 16) : Long.parseLong(text);
  }

  private static int skipSpaces(byte[] b, int from, int to) {
    int i = from;
    while (i < to && b[i] == ' ') {
      i++;
    }
    return i;
  }

  /** The path field {@code b[from, to)} of a maps line, without padding or deletion mark. */
  static DeletedMark.Target path(byte[] b, int from, int to) {
    return DeletedMark.split(new String(b, from, to - from, StandardCharsets.UTF_8).strip());
  }

  /**
   * The index of the newline ending the line that starts at {@code from}, or b.length. Looks at
   * eight bytes a step: smaps is tens of kilobytes per process, and finding its line ends one
   * byte at a time was the largest part of parsing it.
   */
  static int lineEnd(byte[] b, int from) {
    int i = from;
    for (; i + Long.BYTES <= b.length; i += Long.BYTES) {
      long x = (long) LONGS.get(b, i) ^ NEWLINES;
      // A byte of x is zero where b holds '\n'; this sets the top bit of the first such byte
      // (bytes above it may be set too, which numberOfTrailingZeros never reaches).
      long zeros = (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
      if (zeros != 0) {
        return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
      }
    }
    while (i < b.length && b[i] != '\n') {
      i++;
    }
    return i;
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

  /** Where the path of a maps-format line {@code b[from, to)} starts (to when it has none). */
  static int pathStart(byte[] b, int from, int to) {
    // Skips five fields and the spaces after each; no array, as this runs once per mapping.
    int i = from;
    for (int field = 0; field < 5 && i < to; field++) {
      while (i < to && b[i] != ' ') {
        i++;
      }
      while (i < to && b[i] == ' ') {
        i++;
      }
    }
    return i;
  }

  private static int fieldEnd(byte[] b, int from, int to) {
    int i = from;
    while (i < to && b[i] != ' ') {
      i++;
    }
    return i;
  }

  private static String ascii(byte[] b, int from, int to) {
    return new String(b, from, to - from, StandardCharsets.US_ASCII);
  }
}
