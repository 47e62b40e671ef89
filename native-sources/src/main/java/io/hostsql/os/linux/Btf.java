package io.hostsql.os.linux;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The kernel's own type information (BTF, /sys/kernel/btf/vmlinux): type ids and the byte
 * offsets of struct members, which a BPF program must be built with because every kernel lays
 * out task_struct differently. Only what the task iterators ask is looked up.
 */
final class Btf {
  static final int KIND_STRUCT = 4;
  static final int KIND_UNION = 5;
  static final int KIND_FUNC = 12;

  private final ByteBuffer b;
  private final int typeStart;
  private final int typeEnd;
  private final int strStart;
  private final int strEnd;
  /** Byte position of each type's record, by type id (id 0 is void and has none). */
  private final int[] positions;

  private Btf(ByteBuffer b) {
    this.b = b;
    if ((b.getShort(0) & 0xffff) != 0xeb9f) {
      throw new IllegalArgumentException("not BTF (magic " + Integer.toHexString(b.getShort(0))
          + ")");
    }
    int hdrLen = b.getInt(4);
    typeStart = hdrLen + b.getInt(8);
    typeEnd = typeStart + b.getInt(12);
    strStart = hdrLen + b.getInt(16);
    strEnd = strStart + b.getInt(20);
    int[] pos = new int[1 << 16];
    int n = 1;
    for (int at = typeStart; at < typeEnd; n++) {
      if (n == pos.length) {
        pos = java.util.Arrays.copyOf(pos, n * 2);
      }
      pos[n] = at;
      at += 12 + extraBytes(at);
    }
    positions = java.util.Arrays.copyOf(pos, n);
  }

  /** Reads the running kernel's BTF. */
  static Btf vmlinux() throws IOException {
    return of(Files.readAllBytes(Path.of("/sys/kernel/btf/vmlinux")));
  }

  static Btf of(byte[] content) {
    return new Btf(ByteBuffer.wrap(content).order(ByteOrder.nativeOrder()));
  }

  private int kind(int at) {
    return (b.getInt(at + 4) >>> 24) & 0x1f;
  }

  private int vlen(int at) {
    return b.getInt(at + 4) & 0xffff;
  }

  private int extraBytes(int at) {
    int vlen = vlen(at);
    return switch (kind(at)) {
      case 1, 14, 17 -> 4; // INT, VAR, DECL_TAG
      case 3 -> 12; // ARRAY
      case 4, 5, 15, 19 -> 12 * vlen; // STRUCT, UNION, DATASEC, ENUM64
      case 6, 13 -> 8 * vlen; // ENUM, FUNC_PROTO
      default -> 0; // PTR, FWD, TYPEDEF, qualifiers, FUNC, FLOAT, TYPE_TAG
    };
  }

  private boolean nameIs(int nameOff, byte[] name) {
    int at = strStart + nameOff;
    if (at + name.length >= strEnd) {
      return false;
    }
    for (int i = 0; i < name.length; i++) {
      if (b.get(at + i) != name[i]) {
        return false;
      }
    }
    return b.get(at + name.length) == 0;
  }

  /** The id of the type of that kind and name, or -1. */
  int find(int kind, String name) {
    byte[] n = name.getBytes(StandardCharsets.US_ASCII);
    for (int id = 1; id < positions.length; id++) {
      int at = positions[id];
      if (kind(at) == kind && nameIs(b.getInt(at), n)) {
        return id;
      }
    }
    return -1;
  }

  /**
   * The byte offset of a member of a struct, looking into anonymous struct and union members
   * as C does; -1 when there is no such member.
   */
  int memberOffset(String struct, String member) {
    int id = find(KIND_STRUCT, struct);
    return id < 0 ? -1 : memberOffset(id, member.getBytes(StandardCharsets.US_ASCII));
  }

  private int memberOffset(int id, byte[] member) {
    int at = positions[id];
    boolean bitfields = b.getInt(at + 4) < 0;
    for (int m = 0; m < vlen(at); m++) {
      int rec = at + 12 + 12 * m;
      int nameOff = b.getInt(rec);
      int bits = b.getInt(rec + 8);
      int offset = (bitfields ? bits & 0xffffff : bits) / 8;
      if (nameOff != 0 && nameIs(nameOff, member)) {
        return offset;
      }
      if (nameOff == 0) {
        int inner = resolve(b.getInt(rec + 4));
        int k = inner > 0 ? kind(positions[inner]) : -1;
        if (k == KIND_STRUCT || k == KIND_UNION) {
          int found = memberOffset(inner, member);
          if (found >= 0) {
            return offset + found;
          }
        }
      }
    }
    return -1;
  }

  /** Follows typedefs and qualifiers (volatile, const, restrict, type tags) to the type. */
  private int resolve(int id) {
    while (id > 0 && id < positions.length) {
      int k = kind(positions[id]);
      if (k != 8 && k != 9 && k != 10 && k != 11 && k != 18) {
        return id;
      }
      id = b.getInt(positions[id] + 8);
    }
    return id;
  }
}
