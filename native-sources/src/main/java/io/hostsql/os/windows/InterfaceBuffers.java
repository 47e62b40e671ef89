package io.hostsql.os.windows;

import io.hostsql.os.NetIoCounters;
import io.hostsql.os.NicAddress;
import io.hostsql.os.NicFamily;
import io.hostsql.os.common.IpText;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decodes the interface calls: GetIfTable2's MIB_IF_TABLE2 (1352-byte MIB_IF_ROW2 rows after an
 * 8-byte header: psutil's net_io_counters and net_if_stats) and GetAdaptersAddresses' linked
 * IP_ADAPTER_ADDRESSES list (pointers relative to the buffer's recorded base: psutil's
 * net_if_addrs). A row or a link outside the buffer ends the walk with a problem; a link that
 * points back to an adapter already seen ends it too.
 */
final class InterfaceBuffers {
  static final int ROW_SIZE = 1352;
  private static final int AF_INET = 2;
  private static final int AF_INET6 = 23;

  /**
   * One MIB_IF_ROW2.
   *
   * @param alias the interface's name (psutil's key)
   * @param mac the hardware address as psutil prints it ("02-FC-00-00-00-01"), "" when none
   * @param operUp whether OperStatus is IfOperStatusUp
   * @param speedBits the receive link speed in bits per second
   */
  record IfRow(int index, String alias, String description, String mac, int mtu, int type,
      boolean operUp, long speedBits, NetIoCounters counters) {
  }

  private InterfaceBuffers() {
  }

  static List<IfRow> ifTable2(ByteBuffer buffer, List<String> problems) {
    ByteBuffer b = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    List<IfRow> out = new ArrayList<>();
    if (b.limit() < 8) {
      problems.add("MIB_IF_TABLE2: " + b.limit() + " bytes hold no count");
      return out;
    }
    long count = b.getInt(0) & 0xffffffffL;
    for (long i = 0; i < count; i++) {
      long at = 8 + i * ROW_SIZE;
      if (at + ROW_SIZE > b.limit()) {
        problems.add("MIB_IF_TABLE2: row " + i + " of " + count + " is past the buffer");
        break;
      }
      out.add(row(b, (int) at));
    }
    return out;
  }

  private static IfRow row(ByteBuffer b, int at) {
    int macLen = Math.min(32, b.getInt(at + 1056));
    StringBuilder mac = new StringBuilder();
    for (int i = 0; i < macLen; i++) {
      mac.append(i == 0 ? "" : "-").append(String.format("%02X", b.get(at + 1060 + i) & 0xff));
    }
    long inUcast = b.getLong(at + 1216);
    long inNucast = b.getLong(at + 1224);
    long outUcast = b.getLong(at + 1288);
    long outNucast = b.getLong(at + 1296);
    NetIoCounters counters = new NetIoCounters(b.getLong(at + 1280), b.getLong(at + 1208),
        outUcast + outNucast, inUcast + inNucast, b.getLong(at + 1240), b.getLong(at + 1312),
        b.getLong(at + 1232), b.getLong(at + 1304));
    return new IfRow(b.getInt(at + 8), fixed(b, at + 28, 257), fixed(b, at + 542, 257),
        mac.toString(), b.getInt(at + 1124), b.getInt(at + 1128), b.getInt(at + 1156) == 1,
        b.getLong(at + 1200), counters);
  }

  /** A WCHAR[n] field: up to its first NUL, or all n characters. */
  private static String fixed(ByteBuffer b, int at, int chars) {
    int end = 0;
    while (end < chars && b.getChar(at + 2 * end) != 0) {
      end++;
    }
    byte[] bytes = new byte[2 * end];
    b.get(at, bytes);
    return new String(bytes, StandardCharsets.UTF_16LE);
  }

  /**
   * One unicast address of an adapter.
   *
   * @param adapter the adapter's friendly name (psutil's key), null when unreadable
   * @param prefixLength OnLinkPrefixLength
   */
  record AdapterAddress(String adapter, int ifIndex, NicAddress address, int prefixLength) {
  }

  /** Every unicast address of every adapter, in the list's order. */
  static List<AdapterAddress> adapters(ByteBuffer buffer, long base, List<String> problems) {
    ByteBuffer b = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    List<AdapterAddress> out = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    long adapter = b.limit() == 0 ? 0 : base;
    while (adapter != 0) {
      int at = offset(b, base, adapter, 176, "adapter", problems);
      if (at < 0 || !seen.add(adapter)) {
        if (at >= 0) {
          problems.add("adapter list loops back to 0x" + Long.toHexString(adapter));
        }
        return out;
      }
      String name = WideStrings.at(b, base, b.getLong(at + 72), "adapter friendly name",
          problems);
      int ifIndex = b.getInt(at + 4);
      long unicast = b.getLong(at + 24);
      Set<Long> seenAddresses = new HashSet<>();
      while (unicast != 0) {
        int u = offset(b, base, unicast, 57, "unicast address", problems);
        if (u < 0 || !seenAddresses.add(unicast)) {
          break;
        }
        NicAddress address = sockaddr(b, base, b.getLong(u + 16), b.getInt(u + 24), problems);
        int prefix = b.get(u + 56) & 0xff;
        if (address != null) {
          out.add(new AdapterAddress(name, ifIndex, address, prefix));
        }
        unicast = b.getLong(u + 8);
      }
      adapter = b.getLong(at + 8);
    }
    return out;
  }

  private static NicAddress sockaddr(ByteBuffer b, long base, long pointer, int length,
      List<String> problems) {
    int at = offset(b, base, pointer, Math.max(length, 8), "sockaddr", problems);
    if (at < 0) {
      return null;
    }
    int family = b.getChar(at);
    if (family == AF_INET && length >= 8) {
      byte[] a = new byte[4];
      b.get(at + 4, a);
      return new NicAddress(NicFamily.INET, IpText.v4(a), null, null, null);
    }
    if (family == AF_INET6 && length >= 24 && at + 24 <= b.limit()) {
      byte[] a = new byte[16];
      b.get(at + 8, a);
      return new NicAddress(NicFamily.INET6, IpText.v6(a), null, null, null);
    }
    problems.add("sockaddr of family " + family + " and length " + length + " skipped");
    return null;
  }

  private static int offset(ByteBuffer b, long base, long pointer, int size, String what,
      List<String> problems) {
    long off = pointer - base;
    if (off < 0 || off + size > b.limit()) {
      problems.add(what + " at 0x" + Long.toHexString(pointer) + " is outside the "
          + b.limit() + "-byte buffer");
      return -1;
    }
    return (int) off;
  }
}
