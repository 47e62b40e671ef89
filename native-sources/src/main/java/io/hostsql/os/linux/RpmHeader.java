package io.hostsql.os.linux;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One rpm header as rpm's database stores it (the Packages table's blob): two big-endian
 * counts, the number of index entries and the length of the data store, then the index entries
 * (tag, type, offset into the data store, count; 16 bytes each), then the data store. Only the
 * tags asked for are decoded, each checked against the data store's bounds, its type and its
 * alignment, so that a damaged blob gives a problem per value it cannot give, never an
 * exception or a read outside the blob.
 */
final class RpmHeader {
  static final int NAME = 1000;
  static final int VERSION = 1001;
  static final int RELEASE = 1002;
  static final int EPOCH = 1003;
  static final int INSTALLTIME = 1008;
  static final int SIZE = 1009;
  static final int VENDOR = 1011;
  static final int GROUP = 1016;
  static final int ARCH = 1022;
  static final int SOURCERPM = 1044;
  static final int SHA1HEADER = 269;
  static final int LONGSIZE = 5009;

  private static final int INT8 = 2;
  private static final int INT16 = 3;
  private static final int INT32 = 4;
  private static final int INT64 = 5;
  private static final int STRING = 6;
  private static final int STRING_ARRAY = 8;
  private static final int I18NSTRING = 9;
  /** rpm's own bounds on an index (HEADER_TAGS_MAX) and a data store (HEADER_DATA_MAX). */
  private static final int TAGS_MAX = 0xffff;
  private static final int DATA_MAX = 0x0fffffff;

  private final ByteBuffer blob;
  private final String where;
  private final List<String> problems;
  private final int dataStart;
  /** The bytes of the data store the blob holds (fewer than its declared length if cut). */
  private final int dataLength;
  /** tag → {type, offset, count} of the entries asked for; a later entry wins, as in rpm. */
  private final Map<Integer, int[]> entries = new HashMap<>();

  private RpmHeader(ByteBuffer blob, String where, List<String> problems, int dataStart,
      int dataLength) {
    this.blob = blob;
    this.where = where;
    this.problems = problems;
    this.dataStart = dataStart;
    this.dataLength = dataLength;
  }

  /**
   * The header's index, or null with a problem when even that cannot be read (too short, an
   * entry count or data length beyond rpm's bounds, an index cut short).
   *
   * @param blob the header's bytes, from its position to its limit (not modified)
   * @param where names the header in problems (database file and row)
   * @param tags the tags whose entries are kept
   */
  static RpmHeader parse(ByteBuffer blob, String where, List<String> problems, int... tags) {
    ByteBuffer b = blob.slice().order(ByteOrder.BIG_ENDIAN);
    int length = b.remaining();
    if (length < 8) {
      problems.add(where + ": header of " + length + " bytes, too short for its counts");
      return null;
    }
    int il = b.getInt(0);
    int dl = b.getInt(4);
    if (il <= 0 || il > TAGS_MAX || dl < 0 || dl > DATA_MAX) {
      problems.add(where + ": not an rpm header (" + Integer.toUnsignedString(il)
          + " index entries, " + Integer.toUnsignedString(dl) + " data bytes)");
      return null;
    }
    int dataStart = 8 + il * 16;
    if (dataStart > length) {
      problems.add(where + ": header cut short: " + il + " index entries need " + dataStart
          + " bytes, the blob has " + length);
      return null;
    }
    int available = Math.min(dl, length - dataStart);
    if (dataStart + (long) dl != length) {
      problems.add(where + ": header of " + length + " bytes where its counts say "
          + (dataStart + (long) dl));
    }
    RpmHeader h = new RpmHeader(b, where, problems, dataStart, available);
    java.util.Set<Integer> wanted = new java.util.HashSet<>();
    for (int t : tags) {
      wanted.add(t);
    }
    for (int i = 0; i < il; i++) {
      int at = 8 + i * 16;
      int tag = b.getInt(at);
      if (wanted.contains(tag)) {
        h.entries.put(tag, new int[] {b.getInt(at + 4), b.getInt(at + 8), b.getInt(at + 12)});
      }
    }
    return h;
  }

  /** Whether the header has an entry for the tag. */
  boolean has(int tag) {
    return entries.containsKey(tag);
  }

  /**
   * A string tag's value (an I18N string's first, the C locale's; a string array's first), or
   * null when absent or unreadable (a problem).
   */
  String string(int tag, String label) {
    int[] e = entries.get(tag);
    if (e == null) {
      return null;
    }
    int type = e[0];
    if (type != STRING && type != I18NSTRING && type != STRING_ARRAY) {
      return bad(label, "type " + type + " where a string was expected");
    }
    int offset = e[1];
    if (offset < 0 || offset >= dataLength || Integer.compareUnsigned(e[2], 1) < 0) {
      return bad(label, "string at " + Integer.toUnsignedString(offset) + " outside the "
          + dataLength + " data bytes");
    }
    int start = dataStart + offset;
    int end = dataStart + dataLength;
    for (int i = start; i < end; i++) {
      if (blob.get(i) == 0) {
        byte[] bytes = new byte[i - start];
        blob.get(start, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
      }
    }
    return bad(label, "string at " + offset + " runs past the data without its NUL");
  }

  /**
   * A numeric tag's first value (INT32 read unsigned, as rpm reads it), or null when absent
   * or unreadable (a problem).
   */
  Long number(int tag, String label) {
    int[] e = entries.get(tag);
    if (e == null) {
      return null;
    }
    int type = e[0];
    int size = switch (type) {
      case INT8 -> 1;
      case INT16 -> 2;
      case INT32 -> 4;
      case INT64 -> 8;
      default -> 0;
    };
    if (size == 0) {
      return bad(label, "type " + type + " where a number was expected");
    }
    int offset = e[1];
    if (offset < 0 || Integer.compareUnsigned(e[2], 1) < 0
        || (long) offset + size > dataLength) {
      return bad(label, "number at " + Integer.toUnsignedString(offset) + " outside the "
          + dataLength + " data bytes");
    }
    if (offset % size != 0) {
      return bad(label, "number at " + offset + " not aligned to " + size + " bytes");
    }
    int at = dataStart + offset;
    return switch (size) {
      case 1 -> (long) (blob.get(at) & 0xff);
      case 2 -> (long) (blob.getShort(at) & 0xffff);
      case 4 -> Integer.toUnsignedLong(blob.getInt(at));
      default -> blob.getLong(at);
    };
  }

  private <T> T bad(String label, String why) {
    problems.add(where + ": " + label + ": " + why);
    return null;
  }
}
