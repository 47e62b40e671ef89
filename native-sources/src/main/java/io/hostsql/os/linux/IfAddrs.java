package io.hostsql.os.linux;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import io.hostsql.os.NicAddress;
import io.hostsql.os.NicFamily;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** getifaddrs(3) through JNA: every address of every interface, as psutil's net_if_addrs. */
public final class IfAddrs {
  private static final int AF_INET = 2;
  private static final int AF_INET6 = 10;
  private static final int AF_PACKET = 17;
  private static final int IFF_BROADCAST = 0x2;
  private static final int IFF_POINTOPOINT = 0x10;
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  static {
    Native.register("c");
  }

  private IfAddrs() {
  }

  private static native int getifaddrs(PointerByReference ifap) throws LastErrorException;

  private static native void freeifaddrs(Pointer ifa);

  /** Interface name to its addresses (interfaces in getifaddrs order, addresses by family). */
  public static Map<String, List<NicAddress>> read() {
    PointerByReference ref = new PointerByReference();
    try {
      getifaddrs(ref);
    } catch (LastErrorException e) {
      throw new SyscallException("getifaddrs", e.getErrorCode());
    }
    Pointer head = ref.getValue();
    Map<String, List<NicAddress>> out = new LinkedHashMap<>();
    try {
      // struct ifaddrs (LP64): next 0, name 8, flags 16, addr 24, netmask 32, broad/dst 40
      for (Pointer p = head; p != null; p = p.getPointer(0)) {
        String name = p.getPointer(8).getString(0);
        int flags = p.getInt(16);
        Pointer addr = p.getPointer(24);
        List<NicAddress> list = out.computeIfAbsent(name, k -> new ArrayList<>());
        if (addr == null) {
          continue;
        }
        int family = addr.getShort(0) & 0xffff;
        NicFamily fam = switch (family) {
          case AF_INET -> NicFamily.INET;
          case AF_INET6 -> NicFamily.INET6;
          case AF_PACKET -> NicFamily.LINK;
          default -> null;
        };
        if (fam == null) {
          continue;
        }
        String address = format(addr, family, name);
        String netmask = format(p.getPointer(32), family, null);
        Pointer other = p.getPointer(40);
        String broadcast = (flags & IFF_BROADCAST) != 0 ? format(other, family, null) : null;
        String ptp = (flags & IFF_POINTOPOINT) != 0 ? format(other, family, null) : null;
        if (fam == NicFamily.INET && "255.255.255.255".equals(netmask)) {
          broadcast = null; // a /32 has no broadcast address (psutil computes it the same way)
        }
        list.add(new NicAddress(fam, address, netmask, broadcast, ptp));
      }
    } finally {
      freeifaddrs(head);
    }
    // psutil orders each interface's addresses by family number: INET, INET6, then the link.
    out.values().forEach(l -> l.sort(java.util.Comparator.comparing(NicAddress::family)));
    return out;
  }

  private static String format(Pointer sa, int family, String ifname) {
    if (sa == null) {
      return null;
    }
    switch (family) {
      case AF_INET:
        return IpText.v4(sa.getByteArray(4, 4));
      case AF_INET6: {
        String text = IpText.v6(sa.getByteArray(8, 16));
        int scope = sa.getInt(24);
        return ifname != null && scope != 0 ? text + "%" + ifname : text;
      }
      case AF_PACKET: {
        int len = sa.getByte(11) & 0xff;
        byte[] mac = sa.getByteArray(12, Math.min(len, 8));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.max(6, mac.length); i++) {
          if (i > 0) {
            b.append(':');
          }
          b.append(String.format("%02x", i < mac.length ? mac[i] & 0xff : 0));
        }
        return b.toString();
      }
      default:
        return null;
    }
  }
}
