package io.hostsql.os;

import io.hostsql.os.linux.EtcNetFiles;
import io.hostsql.os.linux.ProcFs;
import io.hostsql.os.linux.ResolvConf;
import io.hostsql.os.linux.RtNetlink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The network configuration a host resolves and routes with: the hosts, services and
 * protocols databases, the resolvers of resolv.conf, and (from /proc) routes, neighbours and
 * per-interface IPv6 settings.
 */
public final class NetConfig {
  private final ProcFs proc;
  private final ProcFs sys;
  private final Path root;

  /**
   * @param proc the procfs to read
   * @param sys the sysfs whose class/net names the interfaces
   * @param root the file-system root whose /etc is read
   */
  public NetConfig(ProcFs proc, ProcFs sys, Path root) {
    this.proc = proc;
    this.sys = sys;
    this.root = root;
  }

  /** Interface index to name, from sysfs. */
  private Map<Integer, String> interfaces() {
    Map<Integer, String> out = new HashMap<>();
    for (String name : sys.list("class/net")) {
      try {
        out.put(Integer.parseInt(sys.readString("class/net/" + name + "/ifindex").strip()),
            name);
      } catch (IOException | NumberFormatException e) {
        // gone since the listing, or not an interface
      }
    }
    return out;
  }

  /**
   * Every route of the kernel's routing tables, both families. Asked of the running kernel
   * (netlink), so a fixture procfs has none.
   */
  public List<Route> routes() {
    if (!proc.isLive()) {
      return List.of();
    }
    return RtNetlink.routes(interfaces());
  }

  /** The ARP and NDP neighbour entries (of the running kernel, as routes). */
  public List<Neighbour> neighbours() {
    if (!proc.isLive()) {
      return List.of();
    }
    return RtNetlink.neighbours(interfaces());
  }

  /** The IPv6 settings of each interface that has them, by name. */
  public List<InterfaceIpv6> ipv6() {
    List<InterfaceIpv6> out = new ArrayList<>();
    String[] names = sys.list("class/net");
    java.util.Arrays.sort(names);
    for (String name : names) {
      String dir = "sys/net/ipv6/conf/" + name + "/";
      if (!proc.exists(dir + "hop_limit")) {
        continue;
      }
      out.add(new InterfaceIpv6(name, intOrNull(dir + "hop_limit"),
          intOrNull(dir + "forwarding"), intOrNull(dir + "accept_redirects"),
          intOrNull(dir + "accept_ra")));
    }
    return out;
  }

  private Integer intOrNull(String relative) {
    try {
      return Integer.valueOf(proc.readString(relative).strip());
    } catch (IOException | NumberFormatException e) {
      return null;
    }
  }

  /** /etc/hosts. */
  public Parsed<HostsEntry> hosts() {
    return EtcNetFiles.hosts(root.resolve("etc/hosts"));
  }

  /** /etc/services. */
  public Parsed<ServiceEntry> services() {
    return EtcNetFiles.services(root.resolve("etc/services"));
  }

  /** /etc/protocols. */
  public Parsed<ProtocolEntry> protocols() {
    return EtcNetFiles.protocols(root.resolve("etc/protocols"));
  }

  /** The resolvers of /etc/resolv.conf as the C library applies them. */
  public Parsed<DnsResolver> resolvers() {
    String hostname;
    try {
      hostname = proc.readString("sys/kernel/hostname").strip();
    } catch (IOException e) {
      hostname = null;
    }
    return ResolvConf.read(root.resolve("etc/resolv.conf"), hostname);
  }
}
