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
    int start = 0;
    while (start < b.length) {
      int end = lineEnd(b, start);
      if (end > start) {
        out.add(line(b, start, end));
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
    int[] cut = fieldStarts(b, from, to);
    int dash = from;
    while (dash < cut[1] && b[dash] != '-') {
      dash++;
    }
    if (dash >= cut[1] || cut[4] >= to) {
      throw new IllegalArgumentException("not a /proc/PID/maps line: "
          + new String(b, from, to - from, StandardCharsets.UTF_8));
    }
    DeletedMark.Target path = path(b, cut[5], to);
    return new Mapping(ascii(b, from, dash), ascii(b, dash + 1, fieldEnd(b, dash, to)),
        ascii(b, cut[1], fieldEnd(b, cut[1], to)),
        Long.parseUnsignedLong(ascii(b, cut[2], fieldEnd(b, cut[2], to)), 16),
        ascii(b, cut[3], fieldEnd(b, cut[3], to)),
        Long.parseLong(ascii(b, cut[4], fieldEnd(b, cut[4], to))),
        path.path(), path.deleted());
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

  /** The start of each of the first six space-separated fields of a line. */
  private static int[] fieldStarts(byte[] b, int from, int to) {
    int[] starts = new int[6];
    java.util.Arrays.fill(starts, to);
    int field = 0;
    int i = from;
    while (i < to && field < 6) {
      while (i < to && b[i] == ' ') {
        i++;
      }
      starts[field++] = i;
      if (field == 6) {
        break;
      }
      while (i < to && b[i] != ' ') {
        i++;
      }
    }
    return starts;
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
