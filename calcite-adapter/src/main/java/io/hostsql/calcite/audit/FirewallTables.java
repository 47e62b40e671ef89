package io.hostsql.calcite.audit;

import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.ParsedTable;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.Firewall;
import io.hostsql.os.FirewallRule;
import java.util.List;

/** {@code iptables}: the IPv4 packet-filter rules (Linux). */
public final class FirewallTables {
  private static final FetchGroup G = FetchGroup.SYSTEM;

  private FirewallTables() {
  }

  static final TableDef<FirewallRule> RULES = new TableDef<>("iptables",
      "IPv4 packet-filter rules of every table, as the system's own iptables-save -c prints "
          + "them (with whichever backend Debian's alternatives select, nft or legacy), and "
          + "one row for each built-in chain without rules, with its policy. Only root may "
          + "read them: empty otherwise, with a warning. A '!' before a value negates it. "
          + "Linux.", new Columns<FirewallRule>()
          .key("filter_name", VARCHAR, "Table (filter, nat, mangle, raw, security).",
              FirewallRule::table)
          .key("chain", VARCHAR, "Chain.", FirewallRule::chain)
          .add("policy", VARCHAR, "", G, "The chain's policy (ACCEPT, DROP), '-' for a user "
              + "chain.", FirewallRule::policy)
          .add("position", INTEGER, "", G, "The rule's position in its chain, 1 first; 0 for "
              + "a policy row.", FirewallRule::position)
          .add("target", VARCHAR, "", G, "Jump (-j) or goto (-g) target, or NULL.",
              FirewallRule::target)
          .add("protocol", INTEGER, "", G, "IP protocol number (6 tcp, 17 udp), 0 for any.",
              FirewallRule::protocol)
          .add("src_port", VARCHAR, "", G, "--sport (22, 1000:2000), or NULL.",
              FirewallRule::sourcePort)
          .add("dst_port", VARCHAR, "", G, "--dport, or NULL.", FirewallRule::destinationPort)
          .add("src_ip", VARCHAR, "", G, "Source address (0.0.0.0: any).", FirewallRule::source)
          .add("src_mask", VARCHAR, "", G, "Its mask, dotted.", FirewallRule::sourceMask)
          .add("iniface", VARCHAR, "", G, "Input interface (a trailing + matches any "
              + "suffix), or NULL for any.", FirewallRule::inInterface)
          .add("iniface_mask", VARCHAR, "", G, "Which bytes of the name must match, as "
              + "x_tables' mask: FF per byte, the name's NUL included unless it ends in +; '' "
              + "for any.", r -> mask(r.inInterface()))
          .add("dst_ip", VARCHAR, "", G, "Destination address.", FirewallRule::destination)
          .add("dst_mask", VARCHAR, "", G, "Its mask, dotted.", FirewallRule::destinationMask)
          .add("outiface", VARCHAR, "", G, "Output interface, or NULL for any.",
              FirewallRule::outInterface)
          .add("outiface_mask", VARCHAR, "", G, "The output interface's mask, as "
              + "iniface_mask.", r -> mask(r.outInterface()))
          .add("matches", VARCHAR, "", G, "Match modules (-m), comma-separated.",
              FirewallRule::matches)
          .add("packets", BIGINT, "", G, "Packets matched.", FirewallRule::packets)
          .add("bytes", BIGINT, "bytes", G, "Bytes matched.", FirewallRule::bytes)
          .add("rule", VARCHAR, "", G, "The rule as iptables-save prints it.",
              FirewallRule::text)
          .build(), List.of());

  /** x_tables' interface mask in hex: "lo" matches 3 bytes (its NUL too), "eth+" 3. */
  static String mask(String iface) {
    if (iface == null) {
      return "";
    }
    String name = iface.startsWith("!") ? iface.substring(1) : iface;
    return "FF".repeat(name.endsWith("+") ? name.length() - 1 : name.length() + 1);
  }

  /** iptables over the firewall. */
  public static ParsedTable<FirewallRule> rules(Firewall firewall) {
    return new ParsedTable<>(RULES, keys -> firewall.rules());
  }
}
