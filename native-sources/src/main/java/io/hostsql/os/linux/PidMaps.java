package io.hostsql.os.linux;

import io.hostsql.os.Mapping;
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
    String path = cut[5] < to
        ? new String(b, cut[5], to - cut[5], StandardCharsets.UTF_8).strip() : "";
    boolean deleted = !path.isEmpty() && DeletedMark.isDeleted(path);
    return new Mapping(ascii(b, from, dash), ascii(b, dash + 1, fieldEnd(b, dash, to)),
        ascii(b, cut[1], fieldEnd(b, cut[1], to)),
        Long.parseUnsignedLong(ascii(b, cut[2], fieldEnd(b, cut[2], to)), 16),
        ascii(b, cut[3], fieldEnd(b, cut[3], to)),
        Long.parseLong(ascii(b, cut[4], fieldEnd(b, cut[4], to))),
        deleted ? DeletedMark.strip(path) : path, deleted);
  }

  /** The index of the newline ending the line that starts at {@code from}, or b.length. */
  static int lineEnd(byte[] b, int from) {
    int end = from;
    while (end < b.length && b[end] != '\n') {
      end++;
    }
    return end;
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
