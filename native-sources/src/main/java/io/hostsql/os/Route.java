package io.hostsql.os;

/**
 * One route of the kernel's routing tables (every table: main, local, and any policy table).
 *
 * @param destination the destination network's address (0.0.0.0 or :: for a default route)
 * @param prefix its prefix length
 * @param gateway the next hop, or null for a directly connected network
 * @param source the preferred source address, or null
 * @param flags the route message's flags (rtm_flags, RTNH_F_* and RTM_F_*)
 * @param iface the output interface, or null (a multipath or unreachable route)
 * @param mtu the route's MTU metric, 0 when unset
 * @param metric its priority (the metric ip route prints), 0 when unset
 * @param type gateway (unicast), local, broadcast, anycast, multicast, blackhole,
 *     unreachable, prohibit, throw, nat or other
 * @param hopcount the hop-limit metric, 0 when unset
 * @param table the routing table's number (254 main, 255 local)
 * @param protocol what installed it: kernel, boot, static, dhcp, ra... or its number
 * @param family 4 or 6
 */
public record Route(String destination, int prefix, String gateway, String source, int flags,
    String iface, int mtu, long metric, String type, int hopcount, long table,
    String protocol, int family) {
}
