package io.hostsql.os.linux;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The value lines of smaps as the kernel prints them: the key padded to 16 bytes, the count of
 * kB right-aligned in 8, then " kB\n" (28 bytes; a count of 100,000,000 kB or more widens the
 * line, and such a line goes the general way). Nine lines in ten of smaps have this shape, and
 * reading one as three 8-byte words, with the key looked up whole and the count decoded in
 * place, took the grouped parse of every process's smaps from about 34 ms to 17 ms.
 */
final class FixedWidthLine {
  /** The length of such a line, newline included. */
  static final int LENGTH = 28;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INTS =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  /** " kB\n" read as a little-endian int. */
  private static final int KB_NEWLINE = ' ' | 'k' << 8 | 'B' << 16 | '\n' << 24;
  private static final int SLOTS = 64;
  private static final long[] FIRST = new long[SLOTS];
  private static final long[] SECOND = new long[SLOTS];
  private static final int[] INDEX = new int[SLOTS];

  static {
    Arrays.fill(INDEX, -1);
    for (int k = 0; k < PidSmaps.KEYS.length; k++) {
      byte[] padded = Arrays.copyOf(PidSmaps.KEYS[k], 16);
      Arrays.fill(padded, PidSmaps.KEYS[k].length, 16, (byte) ' ');
      long first = (long) LONGS.get(padded, 0);
      long second = (long) LONGS.get(padded, 8);
      int slot = slot(first, second);
      while (INDEX[slot] >= 0) {
        slot = (slot + 1) & (SLOTS - 1);
      }
      FIRST[slot] = first;
      SECOND[slot] = second;
      INDEX[slot] = k;
    }
  }

  private FixedWidthLine() {
  }

  /**
   * Whether the line at {@code start} has the fixed shape: 28 bytes ending " kB", and the
   * count within its eight columns, so that the first sixteen bytes are the key and its padding
   * alone (a key not found among them is then another key, not one padded differently).
   */
  static boolean fits(byte[] b, int start) {
    return start + LENGTH <= b.length && (int) INTS.get(b, start + 24) == KB_NEWLINE
        && (b[start + 15] == ' ' || b[start + 15] == ':');
  }

  /** The index in {@link PidSmaps#KEYS} of the line's key, or -1 for the keys not kept. */
  static int key(byte[] b, int start) {
    long first = (long) LONGS.get(b, start);
    long second = (long) LONGS.get(b, start + 8);
    for (int slot = slot(first, second); INDEX[slot] >= 0; slot = (slot + 1) & (SLOTS - 1)) {
      if (FIRST[slot] == first && SECOND[slot] == second) {
        return INDEX[slot];
      }
    }
    return -1;
  }

  /**
   * The line's count of kB, or -1 unless its eight bytes are spaces and then digits (at least
   * one). All bytes are checked at once: each must have the high half of a space (0x2_) before
   * the first digit and of a digit (0x3_) from it on, a low half of 0 for a space and at most 9
   * for a digit. The digits are then combined in pairs, fours and eights within the long; the
   * first byte is the most significant digit, and spaces count as zeros.
   */
  static long kb(byte[] b, int start) {
    long x = (long) LONGS.get(b, start + 16);
    long digits = x & 0x1010101010101010L;
    if (digits == 0) {
      return -1;
    }
    long digitBytes = -1L << (Long.numberOfTrailingZeros(digits) - 4);
    long expected = 0x2020202020202020L | (0x1010101010101010L & digitBytes);
    long d = x - expected;
    if (((x ^ expected) & 0xF0F0F0F0F0F0F0F0L) != 0 || (d & ~digitBytes) != 0
        || ((d + 0x7676767676767676L) & 0x8080808080808080L) != 0) {
      return -1;
    }
    d = (d * 10 + (d >>> 8)) & 0x00FF00FF00FF00FFL;
    d = (d * 100 + (d >>> 16)) & 0x0000FFFF0000FFFFL;
    return (d * 10000 + (d >>> 32)) & 0xFFFFFFFFL;
  }

  private static int slot(long first, long second) {
    return (int) (((first * 0x9E3779B97F4A7C15L) ^ second) * 0xC2B2AE3D27D4EB4FL >>> 58);
  }
}
