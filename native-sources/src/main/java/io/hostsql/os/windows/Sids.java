package io.hostsql.os.windows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Security identifiers: the SID a TOKEN_USER buffer points to (GetTokenInformation(TokenUser):
 * a SID_AND_ATTRIBUTES whose pointer lands inside the same buffer), and a SID's text form as
 * ConvertSidToStringSidW writes it ("S-1-5-21-...": revision, the 48-bit big-endian
 * authority, in hex when it needs more than 32 bits, then each little-endian sub-authority).
 */
final class Sids {
  private static final int MAX_SUB_AUTHORITIES = 15;

  private Sids() {
  }

  /** The SID's bytes from a TOKEN_USER buffer, or null (with a problem) when unreadable. */
  static byte[] tokenUser(ByteBuffer buffer, long base, List<String> problems) {
    ByteBuffer b = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    if (b.limit() < 8) {
      problems.add("TOKEN_USER: " + b.limit() + " bytes hold no SID pointer");
      return null;
    }
    long off = b.getLong(0) - base;
    if (off < 0 || off + 8 > b.limit()) {
      problems.add("TOKEN_USER: the SID pointer is outside the " + b.limit() + "-byte buffer");
      return null;
    }
    int count = b.get((int) off + 1) & 0xff;
    int length = 8 + 4 * count;
    if (count > MAX_SUB_AUTHORITIES || off + length > b.limit()) {
      problems.add("TOKEN_USER: a SID of " + count + " sub-authorities does not fit");
      return null;
    }
    byte[] sid = new byte[length];
    b.get((int) off, sid);
    return sid;
  }

  /** The text form; null (with a problem) for bytes that are not a whole SID. */
  static String text(byte[] sid, List<String> problems) {
    if (sid.length < 8 || sid.length != 8 + 4 * (sid[1] & 0xff)) {
      problems.add("SID of " + sid.length + " bytes is malformed");
      return null;
    }
    long authority = 0;
    for (int i = 2; i < 8; i++) {
      authority = authority << 8 | (sid[i] & 0xff);
    }
    StringBuilder out = new StringBuilder("S-").append(sid[0] & 0xff).append('-');
    out.append(authority >= 1L << 32 ? String.format("0x%012X", authority)
        : Long.toString(authority));
    ByteBuffer b = ByteBuffer.wrap(sid).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 8; i < sid.length; i += 4) {
      out.append('-').append(b.getInt(i) & 0xffffffffL);
    }
    return out.toString();
  }
}
