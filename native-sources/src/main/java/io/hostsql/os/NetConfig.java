package io.hostsql.os;

import java.util.List;

/**
 * The network configuration a host resolves and routes with: the hosts, services and
 * protocols databases, the resolvers of resolv.conf, and (from /proc) routes, neighbours and
 * per-interface IPv6 settings.
 */
public interface NetConfig {
  /**
   * Every route of the kernel's routing tables, both families. Asked of the running kernel
   * (netlink), so a fixture procfs has none.
   */
  List<Route> routes();

  /** The ARP and NDP neighbour entries (of the running kernel, as routes). */
  List<Neighbour> neighbours();

  /** The IPv6 settings of each interface that has them, by name. */
  List<InterfaceIpv6> ipv6();

  /** /etc/hosts. */
  Parsed<HostsEntry> hosts();

  /** /etc/services. */
  Parsed<ServiceEntry> services();

  /** /etc/protocols. */
  Parsed<ProtocolEntry> protocols();

  /** The resolvers of /etc/resolv.conf as the C library applies them. */
  Parsed<DnsResolver> resolvers();
}
