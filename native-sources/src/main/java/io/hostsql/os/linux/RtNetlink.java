package io.hostsql.os.linux;

import io.hostsql.os.Neighbour;
import io.hostsql.os.Route;
import io.hostsql.os.common.IpText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Routes and neighbours from rtnetlink dumps (RTM_GETROUTE, RTM_GETNEIGH), the binary answers
 * ip route and ip neigh print. Interface indexes are named by the map the caller gives.
 */
public final class RtNetlink {
  private static final int NETLINK_ROUTE = 0;
  private static final int RTM_GETROUTE = 26;
  private static final int RTM_GETNEIGH = 30;
  private static final int AF_INET = 2;
  private static final int AF_INET6 = 10;
  private static final String[] ROUTE_TYPES = {"other", "gateway", "local", "broadcast",
      "anycast", "multicast", "blackhole", "unreachable", "prohibit", "throw", "nat"};
  private static final Map<Integer, String> PROTOCOLS = Map.ofEntries(Map.entry(0, "unspec"),
      Map.entry(1, "redirect"), Map.entry(2, "kernel"), Map.entry(3, "boot"),
      Map.entry(4, "static"), Map.entry(9, "ra"), Map.entry(16, "dhcp"));
  private static final String[] NUD = {"INCOMPLETE", "REACHABLE", "STALE", "DELAY", "PROBE",
      "FAILED", "NOARP", "PERMANENT"};

  private RtNetlink() {
  }

  /** Every route of both families and all tables. */
  public static List<Route> routes(Map<Integer, String> interfaces) {
    List<Route> out = new ArrayList<>();
    for (int family : new int[] {AF_INET, AF_INET6}) {
      byte[] req = new byte[16 + 12];
      SockDiag.header(req, RTM_GETROUTE);
      req[16] = (byte) family;
      SockDiag.dump(NETLINK_ROUTE, req, (b, at, len) -> {
        Route r = route(b, at, len, interfaces);
        if (r != null) {
          out.add(r);
        }
      });
    }
    return out;
  }

  private static Route route(byte[] b, int at, int len, Map<Integer, String> interfaces) {
    int family = b[at] & 0xff;
    int prefix = b[at + 1] & 0xff;
    long table = b[at + 4] & 0xff;
    int protocol = b[at + 5] & 0xff;
    int type = b[at + 7] & 0xff;
    int flags = SockDiag.getInt(b, at + 8);
    String destination = family == AF_INET ? "0.0.0.0" : "::";
    String gateway = null;
    String source = null;
    String iface = null;
    long metric = 0;
    int mtu = 0;
    int hops = 0;
    for (int a = at + 12; a + 4 <= at + len;) {
      int alen = (b[a] & 0xff) | (b[a + 1] & 0xff) << 8;
      int atype = (b[a + 2] & 0xff) | (b[a + 3] & 0xff) << 8;
      if (alen < 4) {
        break;
      }
      int data = a + 4;
      switch (atype) {
        case 1 -> destination = ip(b, data, family);
        case 4 -> iface = interfaces.get(SockDiag.getInt(b, data));
        case 5 -> gateway = ip(b, data, family);
        case 6 -> metric = SockDiag.getInt(b, data) & 0xffffffffL;
        case 7 -> source = ip(b, data, family);
        case 8 -> {
          // RTA_METRICS: nested attributes, RTAX_MTU (2) and RTAX_HOPLIMIT (10).
          for (int m = data; m + 8 <= a + alen;) {
            int mlen = (b[m] & 0xff) | (b[m + 1] & 0xff) << 8;
            int mtype = (b[m + 2] & 0xff) | (b[m + 3] & 0xff) << 8;
            if (mlen < 4) {
              break;
            }
            if (mtype == 2) {
              mtu = SockDiag.getInt(b, m + 4);
            } else if (mtype == 10) {
              hops = SockDiag.getInt(b, m + 4);
            }
            m += (mlen + 3) & ~3;
          }
        }
        case 15 -> table = SockDiag.getInt(b, data) & 0xffffffffL;
        default -> {
        }
      }
      a += (alen + 3) & ~3;
    }
    return new Route(destination, prefix, gateway, source, flags, iface, mtu, metric,
        type < ROUTE_TYPES.length ? ROUTE_TYPES[type] : "other", hops, table,
        PROTOCOLS.getOrDefault(protocol, Integer.toString(protocol)),
        family == AF_INET ? 4 : 6);
  }

  /** Every neighbour entry of both families. */
  public static List<Neighbour> neighbours(Map<Integer, String> interfaces) {
    List<Neighbour> out = new ArrayList<>();
    for (int family : new int[] {AF_INET, AF_INET6}) {
      byte[] req = new byte[16 + 12];
      SockDiag.header(req, RTM_GETNEIGH);
      req[16] = (byte) family;
      SockDiag.dump(NETLINK_ROUTE, req, (b, at, len) -> {
        int fam = b[at] & 0xff;
        String iface = interfaces.get(SockDiag.getInt(b, at + 4));
        int state = (b[at + 8] & 0xff) | (b[at + 9] & 0xff) << 8;
        String address = null;
        String mac = null;
        for (int a = at + 12; a + 4 <= at + len;) {
          int alen = (b[a] & 0xff) | (b[a + 1] & 0xff) << 8;
          int atype = (b[a + 2] & 0xff) | (b[a + 3] & 0xff) << 8;
          if (alen < 4) {
            break;
          }
          if (atype == 1) {
            address = ip(b, a + 4, fam);
          } else if (atype == 2) {
            mac = mac(b, a + 4, alen - 4);
          }
          a += (alen + 3) & ~3;
        }
        if (address != null) {
          out.add(new Neighbour(address, mac, iface, (state & 0x80) != 0, nud(state)));
        }
      });
    }
    return out;
  }

  private static String nud(int state) {
    for (int i = 0; i < NUD.length; i++) {
      if ((state & (1 << i)) != 0) {
        return NUD[i];
      }
    }
    return "NONE";
  }

  private static String ip(byte[] b, int at, int family) {
    byte[] a = java.util.Arrays.copyOfRange(b, at, at + (family == AF_INET ? 4 : 16));
    return family == AF_INET ? IpText.v4(a) : IpText.v6(a);
  }

  private static String mac(byte[] b, int at, int len) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < len; i++) {
      s.append(i == 0 ? "" : ":").append(String.format("%02x", b[at + i] & 0xff));
    }
    return s.toString();
  }
}
