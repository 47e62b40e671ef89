package io.hostsql.os.linux;

import io.hostsql.os.DnsResolver;
import io.hostsql.os.HostsEntry;
import io.hostsql.os.InterfaceIpv6;
import io.hostsql.os.Neighbour;
import io.hostsql.os.NetConfig;
import io.hostsql.os.Parsed;
import io.hostsql.os.ProtocolEntry;
import io.hostsql.os.Route;
import io.hostsql.os.ServiceEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Linux's network configuration: rtnetlink, /proc/net and the root's /etc files. */
final class LinuxNetConfig implements NetConfig {
  private final ProcFs proc;
  private final ProcFs sys;
  private final Path root;

  /**
   * @param proc the procfs to read
   * @param sys the sysfs whose class/net names the interfaces
   * @param root the file-system root whose /etc is read
   */
  LinuxNetConfig(ProcFs proc, ProcFs sys, Path root) {
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

  @Override
  public List<Route> routes() {
    if (!proc.isLive()) {
      return List.of();
    }
    return RtNetlink.routes(interfaces());
  }

  @Override
  public List<Neighbour> neighbours() {
    if (!proc.isLive()) {
      return List.of();
    }
    return RtNetlink.neighbours(interfaces());
  }

  @Override
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

  @Override
  public Parsed<HostsEntry> hosts() {
    return EtcNetFiles.hosts(root.resolve("etc/hosts"));
  }

  @Override
  public Parsed<ServiceEntry> services() {
    return EtcNetFiles.services(root.resolve("etc/services"));
  }

  @Override
  public Parsed<ProtocolEntry> protocols() {
    return EtcNetFiles.protocols(root.resolve("etc/protocols"));
  }

  @Override
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
