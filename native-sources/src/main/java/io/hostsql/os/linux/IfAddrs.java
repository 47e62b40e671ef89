package io.hostsql.os.linux;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import io.hostsql.os.NicAddress;
import io.hostsql.os.NicFamily;
import io.hostsql.os.common.IpText;
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
    Native.register(IfAddrs.class, "c"); // named: JNA need not walk the stack for it
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
      // struct ifaddrs (LP64): next 0, name 8, flags 16, addr 24, netmask 32, broad/dst 40.
      // Each Pointer accessor is a native call: the struct and each sockaddr are copied out
      // whole, once, and taken apart in Java.
      long[] f = new long[6];
      for (Pointer p = head; p != null; p = f[0] == 0 ? null : new Pointer(f[0])) {
        p.read(0, f, 0, 6);
        String name = new Pointer(f[1]).getString(0);
        int flags = (int) f[2];
        byte[] addr = sockaddr(f[3]);
        List<NicAddress> list = out.computeIfAbsent(name, k -> new ArrayList<>());
        if (addr == null) {
          continue;
        }
        int family = (addr[0] & 0xff) | (addr[1] & 0xff) << 8;
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
        String netmask = format(sockaddr(f[4]), family, null);
        byte[] other = sockaddr(f[5]);
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

  /** psutil's MAC text: lower-case hex pairs joined by colons, at least six of them. */
  private static final java.util.HexFormat MAC = java.util.HexFormat.ofDelimiter(":");

  /** sockaddr_in6 and sockaddr_ll are 28 and 20 bytes; 28 holds any of the three read here. */
  private static byte[] sockaddr(long address) {
    return address == 0 ? null : new Pointer(address).getByteArray(0, 28);
  }

  private static String format(byte[] sa, int family, String ifname) {
    if (sa == null) {
      return null;
    }
    switch (family) {
      case AF_INET:
        return IpText.v4(java.util.Arrays.copyOfRange(sa, 4, 8));
      case AF_INET6: {
        String text = IpText.v6(java.util.Arrays.copyOfRange(sa, 8, 24));
        int scope = (sa[24] & 0xff) | (sa[25] & 0xff) << 8 | (sa[26] & 0xff) << 16
            | (sa[27] & 0xff) << 24;
        return ifname != null && scope != 0 ? text + "%" + ifname : text;
      }
      case AF_PACKET: {
        int len = Math.min(sa[11] & 0xff, 8);
        // Shorter hardware addresses are padded with zero pairs to six, as psutil shows them.
        return MAC.formatHex(java.util.Arrays.copyOf(java.util.Arrays.copyOfRange(sa, 12,
            12 + len), Math.max(6, len)));
      }
      default:
        return null;
    }
  }
}
