package io.hostsql.calcite.audit;

import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.ParsedTable;
import io.hostsql.calcite.table.SystemTable;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.DnsResolver;
import io.hostsql.os.HostsEntry;
import io.hostsql.os.InterfaceIpv6;
import io.hostsql.os.Neighbour;
import io.hostsql.os.Route;
import io.hostsql.os.NetConfig;
import io.hostsql.os.ProtocolEntry;
import io.hostsql.os.ServiceEntry;
import java.util.List;

/**
 * The network configuration tables: etc_hosts, etc_services, etc_protocols, dns_resolvers.
 * All platforms with these files; hostsql reads them on Linux.
 */
public final class NetConfigTables {
  private static final FetchGroup G = FetchGroup.SYSTEM;

  private NetConfigTables() {
  }

  static final TableDef<HostsEntry> HOSTS = new TableDef<>("etc_hosts",
      "Static host names, one row per line of /etc/hosts (what getent hosts lists from "
          + "files). All platforms.", new Columns<HostsEntry>()
          .add("address", VARCHAR, "", G, "IP address.", HostsEntry::address)
          .add("hostnames", VARCHAR, "", G, "Its names, separated by spaces.",
              HostsEntry::hostnames)
          .build(), List.of());

  /** etc_hosts. */
  public static ParsedTable<HostsEntry> hosts(NetConfig net) {
    return new ParsedTable<>(HOSTS, keys -> net.hosts());
  }

  static final TableDef<ServiceEntry> SERVICES = new TableDef<>("etc_services",
      "Network services by port, one row per line of /etc/services. All platforms.",
      new Columns<ServiceEntry>()
          .add("name", VARCHAR, "", G, "Service name.", ServiceEntry::name)
          .add("port", INTEGER, "", G, "Port number.", ServiceEntry::port)
          .add("protocol", VARCHAR, "", G, "Transport protocol (tcp, udp, sctp...).",
              ServiceEntry::protocol)
          .add("aliases", VARCHAR, "", G, "Other names, separated by spaces.",
              ServiceEntry::aliases)
          .add("comment", VARCHAR, "", G, "The line's comment, or NULL.",
              ServiceEntry::comment)
          .build(), List.of());

  /** etc_services. */
  public static ParsedTable<ServiceEntry> services(NetConfig net) {
    return new ParsedTable<>(SERVICES, keys -> net.services());
  }

  static final TableDef<ProtocolEntry> PROTOCOLS = new TableDef<>("etc_protocols",
      "IP protocol numbers, one row per line of /etc/protocols. All platforms.",
      new Columns<ProtocolEntry>()
          .add("name", VARCHAR, "", G, "Protocol name.", ProtocolEntry::name)
          .add("number", INTEGER, "", G, "IP protocol number.", ProtocolEntry::number)
          .add("alias", VARCHAR, "", G, "Its first alias, or NULL.", ProtocolEntry::alias)
          .add("comment", VARCHAR, "", G, "The line's comment, or NULL.",
              ProtocolEntry::comment)
          .build(), List.of());

  /** etc_protocols. */
  public static ParsedTable<ProtocolEntry> protocols(NetConfig net) {
    return new ParsedTable<>(PROTOCOLS, keys -> net.protocols());
  }

  static final TableDef<DnsResolver> RESOLVERS = new TableDef<>("dns_resolvers",
      "The resolvers of /etc/resolv.conf as the C library's res_init applies them: up to "
          + "three nameservers (127.0.0.1 when none is given), the search domains, the "
          + "sortlist. Linux and macOS.", new Columns<DnsResolver>()
          .add("id", INTEGER, "", G, "Position among the entries of its type, from 0.",
              DnsResolver::id)
          .add("type", VARCHAR, "", G, "nameserver, search or sortlist.", DnsResolver::type)
          .add("address", VARCHAR, "", G, "Server address, search domain or sortlist "
              + "network.", DnsResolver::address)
          .add("netmask", VARCHAR, "", G, "32 or 128 for a nameserver, the mask of a "
              + "sortlist network, NULL for a search domain.", DnsResolver::netmask)
          .add("options", BIGINT, "", G, "The resolver's option bits (resolv.h RES_*), the "
              + "same on every row.", DnsResolver::options)
          .build(), List.of());

  /** dns_resolvers. */
  public static ParsedTable<DnsResolver> resolvers(NetConfig net) {
    return new ParsedTable<>(RESOLVERS, keys -> net.resolvers());
  }

  static final TableDef<Route> ROUTES = new TableDef<>("routes",
      "Every route of the kernel's routing tables, IPv4 and IPv6, main, local and policy "
          + "tables alike (rtnetlink, what ip route show table all prints). Linux.",
      new Columns<Route>()
          .add("destination", VARCHAR, "", G, "Destination network address (0.0.0.0 or :: "
              + "for a default route).", Route::destination)
          .add("netmask", INTEGER, "", G, "Destination prefix length.", Route::prefix)
          .add("gateway", VARCHAR, "", G, "Next hop, or NULL on a directly connected "
              + "network.", Route::gateway)
          .add("source", VARCHAR, "", G, "Preferred source address, or NULL.",
              Route::source)
          .add("flags", INTEGER, "", G, "Route message flags (rtm_flags).", Route::flags)
          .add("interface", VARCHAR, "", G, "Output interface, or NULL.", Route::iface)
          .add("mtu", INTEGER, "bytes", G, "The route's MTU, 0 when unset.", Route::mtu)
          .add("metric", BIGINT, "", G, "Priority (ip route's metric), 0 when unset.",
              Route::metric)
          .add("type", VARCHAR, "", G, "gateway (unicast), local, broadcast, anycast, "
              + "multicast, blackhole, unreachable, prohibit, throw, nat or other.",
              Route::type)
          .add("hopcount", INTEGER, "", G, "Hop limit metric, 0 when unset.", Route::hopcount)
          .add("table_id", BIGINT, "", G, "Routing table (254 main, 255 local).",
              Route::table)
          .add("protocol", VARCHAR, "", G, "What installed it (kernel, boot, static, dhcp, "
              + "ra...).", Route::protocol)
          .add("family", INTEGER, "", G, "4 or 6.", Route::family)
          .build(), List.of());

  /** routes. */
  public static SystemTable<Route> routes(NetConfig net) {
    return new SystemTable<>(ROUTES, net::routes);
  }

  static final TableDef<Neighbour> NEIGHBOURS = new TableDef<>("arp_cache",
      "The neighbour tables: ARP entries for IPv4 and NDP entries for IPv6 (rtnetlink, what "
          + "ip neigh show nud all prints). Linux.", new Columns<Neighbour>()
          .add("address", VARCHAR, "", G, "Neighbour's IP address.", Neighbour::address)
          .add("mac", VARCHAR, "", G, "Its link-layer address, or NULL while unresolved.",
              Neighbour::mac)
          .add("interface", VARCHAR, "", G, "Interface it is reached through.",
              Neighbour::iface)
          .add("permanent", VARCHAR, "", G, "'1' for a static entry, else '0'.",
              n -> n.permanent() ? "1" : "0")
          .add("state", VARCHAR, "", G, "NUD state (REACHABLE, STALE, FAILED, PERMANENT...).",
              Neighbour::state)
          .build(), List.of());

  /** arp_cache. */
  public static SystemTable<Neighbour> neighbours(NetConfig net) {
    return new SystemTable<>(NEIGHBOURS, net::neighbours);
  }

  static final TableDef<InterfaceIpv6> IPV6 = new TableDef<>("interface_ipv6",
      "Each interface's IPv6 settings (/proc/sys/net/ipv6/conf). Linux and macOS.",
      new Columns<InterfaceIpv6>()
          .add("interface", VARCHAR, "", G, "Interface name.", InterfaceIpv6::iface)
          .add("hop_limit", INTEGER, "", G, "Hop limit of the packets it sends.",
              InterfaceIpv6::hopLimit)
          .add("forwarding_enabled", INTEGER, "", G, "1 when it forwards IPv6 packets.",
              InterfaceIpv6::forwarding)
          .add("redirect_accept", INTEGER, "", G, "1 when it accepts ICMPv6 redirects.",
              InterfaceIpv6::redirectAccept)
          .add("rtadv_accept", INTEGER, "", G, "accept_ra: 0 ignores router "
              + "advertisements, 1 accepts them unless forwarding, 2 even when forwarding.",
              InterfaceIpv6::rtadvAccept)
          .build(), List.of());

  /** interface_ipv6. */
  public static SystemTable<InterfaceIpv6> ipv6(NetConfig net) {
    return new SystemTable<>(IPV6, net::ipv6);
  }
}
