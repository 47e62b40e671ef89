package io.hostsql.calcite.audit;

import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.ParsedTable;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.DnsResolver;
import io.hostsql.os.HostsEntry;
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
}
