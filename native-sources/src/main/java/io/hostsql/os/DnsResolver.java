package io.hostsql.os;

/**
 * One resolver setting of resolv.conf as the C library applies it.
 *
 * @param id its position among the settings of its type
 * @param type nameserver, search or sortlist
 * @param address the server address, the search domain, or the sortlist network
 * @param netmask the prefix length of a nameserver (32 or 128) or the mask of a sortlist
 *     entry, null for a search domain
 * @param options the resolver's option bits (resolv.h RES_*), the same on every row
 */
public record DnsResolver(int id, String type, String address, String netmask,
    long options) {
}
