package io.hostsql.os.linux;

import io.hostsql.os.LoginRecord;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Parses utmp and wtmp files: glibc's struct utmp on 64-bit Linux, 384 little-endian bytes. */
public final class Utmp {
  /** The size of one record. */
  public static final int RECORD = 384;
  private static final String[] TYPES = {"empty", "run-lvl", "boot-time", "new-time",
      "old-time", "init-process", "login-process", "user-process", "dead-process",
      "accounting"};

  private Utmp() {
  }

  /** The whole records of the bytes, in file order (a cut last record is left out). */
  public static List<LoginRecord> parse(byte[] data) {
    List<LoginRecord> out = new ArrayList<>();
    ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    for (int at = 0; at + RECORD <= data.length; at += RECORD) {
      int type = b.getShort(at);
      out.add(new LoginRecord(cString(data, at + 44, 32), cString(data, at + 8, 32),
          b.getInt(at + 4), type, type >= 0 && type < TYPES.length ? TYPES[type] : "unknown",
          b.getInt(at + 340) & 0xffffffffL, cString(data, at + 76, 256)));
    }
    return out;
  }

  private static String cString(byte[] b, int from, int max) {
    int end = from;
    while (end < from + max && b[end] != 0) {
      end++;
    }
    return new String(b, from, end - from, StandardCharsets.UTF_8);
  }
}
