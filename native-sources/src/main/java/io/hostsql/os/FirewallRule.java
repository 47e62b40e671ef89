package io.hostsql.os;

/**
 * One IPv4 packet-filter rule (iptables), or the policy of a built-in chain that has no
 * rules. A "!" before a value means the rule matches what is not it.
 *
 * @param table the table (filter, nat, mangle, raw, security)
 * @param chain the chain the rule is in
 * @param policy the chain's policy (ACCEPT, DROP) for a built-in chain, "-" for a user one
 * @param position the rule's position in its chain, 1 first; 0 for a chain's policy row
 * @param target the jump (-j) or goto (-g) target, or null when the rule only counts
 * @param protocol the IP protocol number matched (6 tcp), or 0 for any
 * @param sourcePort the --sport value ("22", "1000:2000"), or null
 * @param destinationPort the --dport value, or null
 * @param source the source address matched (0.0.0.0 for any)
 * @param sourceMask its mask, dotted (0.0.0.0 for any)
 * @param inInterface the input interface (a trailing + matches any suffix), or null for any
 * @param destination the destination address (0.0.0.0 for any)
 * @param destinationMask its mask, dotted
 * @param outInterface the output interface, or null for any
 * @param matches the match modules (-m), comma-separated, "" for none
 * @param packets packets the rule (or policy) has matched
 * @param bytes bytes the rule (or policy) has matched
 * @param text the rule as iptables-save prints it, without counters
 */
public record FirewallRule(String table, String chain, String policy, int position,
    String target, int protocol, String sourcePort, String destinationPort, String source,
    String sourceMask, String inInterface, String destination, String destinationMask,
    String outInterface, String matches, long packets, long bytes, String text) {
}
