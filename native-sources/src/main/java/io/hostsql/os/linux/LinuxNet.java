package io.hostsql.os.linux;

import io.hostsql.os.AddressFamily;
import io.hostsql.os.ConnectionKind;
import io.hostsql.os.Net;
import io.hostsql.os.NetConnection;
import io.hostsql.os.NetIoCounters;
import io.hostsql.os.NicAddress;
import io.hostsql.os.NicDuplex;
import io.hostsql.os.NicStats;
import io.hostsql.os.OsException;
import io.hostsql.os.SocketType;
import io.hostsql.os.common.CounterWraps;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Linux's network: /proc/net, sysfs, getifaddrs(3), ioctls and sock_diag netlink. */
final class LinuxNet implements Net {
  private static final String[] FLAG_NAMES = {"up", "broadcast", "debug", "loopback",
      "pointopoint", "notrailers", "running", "noarp", "promisc", "allmulti", "master", "slave",
      "multicast", "portsel", "automedia", "dynamic"};
  private static final int IFF_UP = 0x1;
  private static final int IFF_RUNNING = 0x40;

  private final ProcFs proc;
  private final ProcFs sys;
  private final SocketSource source;
  private final CounterWraps wraps = new CounterWraps();

  LinuxNet(ProcFs proc, ProcFs sys, SocketSource source) {
    this.proc = proc;
    this.sys = sys;
    this.source = source;
  }

  private String read(ProcFs fs, String path) throws IOException {
    return new String(fs.read(path), StandardCharsets.UTF_8);
  }

  @Override
  public Map<String, NetIoCounters> perNicIoCounters(boolean nowrap) {
    String text;
    try {
      text = read(proc, "net/dev");
    } catch (IOException e) {
      throw new OsException("cannot read /proc/net/dev: " + e, e);
    }
    Map<String, NetIoCounters> out = new LinkedHashMap<>();
    String[] lines = text.split("\n");
    for (int i = 2; i < lines.length; i++) {
      int colon = lines[i].lastIndexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = lines[i].substring(0, colon).trim();
      String[] f = lines[i].substring(colon + 1).trim().split("\\s+");
      NetIoCounters c = new NetIoCounters(l(f[8]), l(f[0]), l(f[9]), l(f[1]), l(f[2]),
          l(f[10]), l(f[3]), l(f[11]));
      out.put(name, nowrap ? NetIoCounters.of(wraps.correct(name, c.toArray())) : c);
    }
    return out;
  }

  @Override
  public NetIoCounters ioCounters(boolean nowrap) {
    return NetIoCounters.sum(perNicIoCounters(nowrap).values());
  }

  private static long l(String s) {
    return Long.parseLong(s);
  }

  @Override
  public Map<String, List<NicAddress>> ifAddrs() {
    return IfAddrs.read();
  }

  @Override
  public Map<String, NicStats> ifStats() {
    if (sys.isLive() && proc.isLive()) {
      return ifStatsByIoctl();
    }
    Map<String, NicStats> out = new LinkedHashMap<>();
    for (String nic : perNicIoCounters(false).keySet()) {
      String dir = "class/net/" + nic + "/";
      String flagsText;
      String mtu;
      try {
        flagsText = read(sys, dir + "flags").trim();
        mtu = read(sys, dir + "mtu").trim();
      } catch (IOException e) {
        continue; // vanished (ENODEV in psutil): skipped
      }
      int flags = Integer.decode(flagsText);
      String oper = optional(dir + "operstate");
      if ((flags & IFF_UP) != 0 && ("up".equals(oper) || "unknown".equals(oper))) {
        flags |= IFF_RUNNING;
      }
      NicDuplex duplex = switch (String.valueOf(optional(dir + "duplex"))) {
        case "full" -> NicDuplex.FULL;
        case "half" -> NicDuplex.HALF;
        default -> NicDuplex.UNKNOWN;
      };
      int speed = 0;
      String s = optional(dir + "speed");
      if (s != null) {
        try {
          long v = Long.parseLong(s);
          speed = v > 0 && v <= Integer.MAX_VALUE ? (int) v : 0;
        } catch (NumberFormatException e) {
          speed = 0;
        }
      }
      out.put(nic, new NicStats((flags & IFF_RUNNING) != 0, duplex, speed,
          Integer.parseInt(mtu), flagNames(flags), flags));
    }
    return out;
  }

  @Override
  public Integer hardwareType(String nic) {
    String t = optional("class/net/" + nic + "/type");
    try {
      return t == null ? null : Integer.valueOf(t);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The live path: the ioctls psutil makes, one socket for all interfaces. */
  private Map<String, NicStats> ifStatsByIoctl() {
    Map<String, NicStats> out = new LinkedHashMap<>();
    int fd = SystemCalls.ioctlSocket();
    try {
      for (String nic : perNicIoCounters(false).keySet()) {
        SystemCalls.NicState st = SystemCalls.nicState(fd, nic);
        if (st.flags() < 0) {
          continue; // ENODEV: the interface went away
        }
        out.put(nic, new NicStats((st.flags() & IFF_RUNNING) != 0,
            NicDuplex.values()[st.duplex()], st.speed(), st.mtu(), flagNames(st.flags()),
            st.flags()));
      }
    } finally {
      SystemCalls.close(fd);
    }
    return out;
  }

  private String optional(String path) {
    try {
      return read(sys, path).trim();
    } catch (IOException e) {
      return null; // EINVAL for virtual links' speed and duplex
    }
  }

  static String flagNames(int flags) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < FLAG_NAMES.length; i++) {
      if ((flags & (1 << i)) != 0) {
        names.add(FLAG_NAMES[i]);
      }
    }
    return String.join(",", names);
  }

  private static Map<Long, List<int[]>> joinOwners(
      java.util.concurrent.CompletableFuture<Map<Long, List<int[]>>> owners) {
    try {
      return owners.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  @Override
  public List<NetConnection> connections(ConnectionKind kind) {
    // The owners come from every process's descriptors, the sockets from the kernel's tables:
    // independent, so both are read at once.
    java.util.concurrent.CompletableFuture<Map<Long, List<int[]>>> owners =
        SocketOwners.scanInBackground(proc);
    List<ProcNet.Entry> entries = new ArrayList<>();
    boolean netlink = source == SocketSource.NETLINK
        || source == SocketSource.AUTO && SockDiag.available();
    String[][] tables = {{"tcp", "INET", "STREAM"}, {"tcp6", "INET6", "STREAM"},
        {"udp", "INET", "DGRAM"}, {"udp6", "INET6", "DGRAM"}, {"unix", "UNIX", "STREAM"}};
    for (String[] t : tables) {
      if (!ProcNetFiles.of(kind).contains(t[0])) {
        continue;
      }
      AddressFamily family = AddressFamily.valueOf(t[1]);
      SocketType type = SocketType.valueOf(t[2]);
      if (netlink) {
        entries.addAll(family == AddressFamily.UNIX ? SockDiag.unix()
            : SockDiag.inet(family, type));
      } else {
        entries.addAll(procNet(t[0], family, type));
      }
    }
    Map<Long, List<int[]>> owned = joinOwners(owners);
    List<NetConnection> out = new ArrayList<>(entries.size());
    for (ProcNet.Entry e : entries) {
      if (!kind.includes(e.family(), e.type())) {
        continue;
      }
      List<int[]> who = owned.get(e.inode());
      if (who == null) {
        out.add(new NetConnection(-1, e.family(), e.type(), e.laddr(), e.raddr(), e.status(),
            null, e.inode()));
      } else {
        for (int[] pf : who) {
          out.add(new NetConnection(pf[1], e.family(), e.type(), e.laddr(), e.raddr(),
              e.status(), pf[0], e.inode()));
        }
      }
    }
    return out;
  }

  private List<ProcNet.Entry> procNet(String file, AddressFamily family, SocketType type) {
    byte[] b;
    try {
      b = proc.read("net/" + file);
    } catch (IOException e) {
      if (Errno.of(e) == Errno.ENOENT) {
        return List.of(); // no IPv6 in this kernel
      }
      throw new OsException("cannot read /proc/net/" + file + ": " + e, e);
    }
    return family == AddressFamily.UNIX ? ProcNet.parseUnix(b) : ProcNet.parseInet(b, family,
        type);
  }
}
