package io.hostsql.os.files;

import java.nio.ByteBuffer;

/**
 * ssdeep's context-triggered piecewise hash (Kornblum's spamsum), computed as the content
 * streams by, with the text {@code ssdeep} 2.14 prints: {@code blocksize:sig1:sig2}.
 *
 * <p>A rolling hash over the last seven bytes decides where a piece of the content ends: at
 * each byte where it is -1 modulo a block size. Each piece contributes one base64 character
 * to that block size's signature, the low six bits of an FNV-style hash of the piece's bytes.
 * The signature kept is that of the smallest block size (3 doubled) whose 64 pieces cover the
 * content, halved while the signature is shorter than 32 characters; the second signature is
 * that of twice the block size, cut to 32 characters. The first signature stops at 64
 * characters, its last piece then running to the end of the content.
 *
 * <p>As ssdeep does, every block size is tracked at once (so one pass serves, whatever the
 * final choice), a block size starting when the one below it first ends a piece (before then
 * the two hashes are equal), and the smallest is dropped once it can no longer be chosen.
 */
public final class Ssdeep {
  private static final int WINDOW = 7;
  private static final int MIN_BLOCK_SIZE = 3;
  private static final int SIGNATURE = 64;
  private static final int BLOCK_SIZES = 31;
  /** The FNV offset basis 0x28021967 mod 64: only the low six bits of a piece hash are used. */
  private static final int PIECE_START = 0x27;
  private static final int FNV_PRIME = 0x01000193;
  private static final char[] BASE64 =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();
  /** The most content ssdeep hashes: 64 pieces of the largest block size. */
  public static final long MAX_SIZE = blockSize(BLOCK_SIZES - 1) * SIGNATURE;

  // The rolling hash: a sum, a position-weighted sum and a shift-xor over the window.
  private final int[] window = new int[WINDOW];
  private int windowAt;
  private int sum;
  private int weighted;
  private int shifted;

  // Per block size (index i is 3 << i): the running piece hashes of the full and the
  // 32-character signatures, the signature so far and the half signature's pending character.
  private final int[] piece = new int[BLOCK_SIZES];
  private final int[] halfPiece = new int[BLOCK_SIZES];
  private final char[][] signature = new char[BLOCK_SIZES][SIGNATURE];
  private final int[] length = new int[BLOCK_SIZES];
  private final char[] halfLast = new char[BLOCK_SIZES];
  private int first;
  private int end = 1;
  /** The piece hash of a block size beyond the largest, needed only at the very end. */
  private int beyond;
  private boolean hasBeyond;
  private long total;
  private byte[] copy = new byte[0];

  /** A hash of no content yet. */
  public Ssdeep() {
    piece[0] = PIECE_START;
    halfPiece[0] = PIECE_START;
  }

  private static long blockSize(int index) {
    return (long) MIN_BLOCK_SIZE << index;
  }

  /** Hashes the buffer's remaining bytes, leaving its position at its limit. */
  public void update(ByteBuffer chunk) {
    int n = chunk.remaining();
    if (copy.length < n) {
      copy = new byte[n];
    }
    chunk.get(copy, 0, n);
    update(copy, 0, n);
  }

  /** Hashes {@code n} bytes of {@code b} from {@code off}. */
  public void update(byte[] b, int off, int n) {
    // The size so far decides when the smallest block size is dropped; counting the whole
    // chunk first, as ssdeep does, can only drop it sooner, never wrongly.
    total += n;
    for (int k = off; k < off + n; k++) {
      step(b[k] & 0xff);
    }
  }

  private void step(int c) {
    weighted += WINDOW * c - sum;
    sum += c - window[windowAt];
    window[windowAt] = c;
    windowAt = windowAt == WINDOW - 1 ? 0 : windowAt + 1;
    shifted = shifted << 5 ^ c;
    for (int i = first; i < end; i++) {
      piece[i] = (piece[i] * FNV_PRIME ^ c) & 63;
      halfPiece[i] = (halfPiece[i] * FNV_PRIME ^ c) & 63;
    }
    if (hasBeyond) {
      beyond = (beyond * FNV_PRIME ^ c) & 63;
    }
    // A piece ends for block size 3 << i where the rolling value is -1 modulo it: where
    // value + 1 is a multiple of 3 and its third has i low zero bits.
    int next = sum + weighted + shifted + 1;
    if (next == 0 || Integer.remainderUnsigned(next, MIN_BLOCK_SIZE) != 0) {
      return;
    }
    int third = Integer.divideUnsigned(next, MIN_BLOCK_SIZE);
    for (int i = first; i < end && (third & ((1 << i) - 1)) == 0; i++) {
      endPiece(i);
    }
  }

  private void endPiece(int i) {
    if (length[i] == 0) {
      startNextBlockSize();
    }
    signature[i][length[i]] = BASE64[piece[i]];
    halfLast[i] = BASE64[halfPiece[i]];
    if (length[i] < SIGNATURE - 1) {
      length[i]++;
      piece[i] = PIECE_START;
      if (length[i] < SIGNATURE / 2) {
        halfPiece[i] = PIECE_START;
        halfLast[i] = 0;
      }
    } else {
      // The signature is full: its last piece now runs on, and the block size may be done.
      dropSmallestIfUnneeded();
    }
  }

  private void startNextBlockSize() {
    int top = end - 1;
    if (end < BLOCK_SIZES) {
      piece[end] = piece[top];
      halfPiece[end] = halfPiece[top];
      length[end] = 0;
      halfLast[end] = 0;
      end++;
    } else if (!hasBeyond) {
      hasBeyond = true;
      beyond = piece[top];
    }
  }

  private void dropSmallestIfUnneeded() {
    if (end - first >= 2 && blockSize(first) * SIGNATURE < total
        && length[first + 1] >= SIGNATURE / 2) {
      first++;
    }
  }

  /** How many bytes were hashed. */
  public long size() {
    return total;
  }

  /**
   * The hash of the content so far, as ssdeep prints it.
   *
   * @throws IllegalStateException past {@link #MAX_SIZE} bytes, which ssdeep refuses too
   */
  public String result() {
    if (total > MAX_SIZE) {
      throw new IllegalStateException("ssdeep hashes at most " + MAX_SIZE + " bytes");
    }
    boolean midPiece = sum + weighted + shifted != 0;
    int b = first;
    while (blockSize(b) * SIGNATURE < total) {
      b++;
    }
    b = Math.min(b, end - 1);
    while (b > first && length[b] < SIGNATURE / 2) {
      b--;
    }
    StringBuilder out = new StringBuilder(140).append(blockSize(b)).append(':');
    out.append(signature[b], 0, length[b]);
    // The piece under way at the end, or (the rolling value being 0) the full signature's
    // last character, if it was written.
    char last = midPiece ? BASE64[piece[b]]
        : length[b] == SIGNATURE - 1 ? signature[b][SIGNATURE - 1] : 0;
    if (last != 0) {
      out.append(last);
    }
    out.append(':');
    if (b < end - 1) {
      int d = b + 1;
      out.append(signature[d], 0, Math.min(length[d], SIGNATURE / 2 - 1));
      char half = midPiece ? BASE64[halfPiece[d]] : halfLast[d];
      if (half != 0) {
        out.append(half);
      }
    } else if (midPiece) {
      out.append(BASE64[b == 0 ? piece[b] : beyond]);
    }
    return out.toString();
  }
}
