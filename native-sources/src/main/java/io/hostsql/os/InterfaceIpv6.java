package io.hostsql.os;

/**
 * An interface's IPv6 settings (/proc/sys/net/ipv6/conf/IFACE).
 *
 * @param iface the interface
 * @param hopLimit the hop limit of packets it sends (hop_limit)
 * @param forwarding 1 when it forwards IPv6 packets
 * @param redirectAccept 1 when it accepts ICMPv6 redirects (accept_redirects)
 * @param rtadvAccept accept_ra: 0 ignores router advertisements, 1 accepts them unless
 *     forwarding, 2 accepts them even when forwarding
 */
public record InterfaceIpv6(String iface, Integer hopLimit, Integer forwarding,
    Integer redirectAccept, Integer rtadvAccept) {
}
