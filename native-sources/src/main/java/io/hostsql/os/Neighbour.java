package io.hostsql.os;

/**
 * One entry of the kernel's neighbour tables: ARP for IPv4, NDP for IPv6.
 *
 * @param address the neighbour's IP address
 * @param mac its link-layer address, or null while unresolved
 * @param iface the interface it is reached through
 * @param permanent whether the entry is static (NUD_PERMANENT)
 * @param state the NUD state as ip neigh prints it (REACHABLE, STALE, FAILED, PERMANENT...)
 */
public record Neighbour(String address, String mac, String iface, boolean permanent,
    String state) {
}
