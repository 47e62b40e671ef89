package io.hostsql.os;

/**
 * One line of /etc/hosts.
 *
 * @param address the IP address
 * @param hostnames its canonical name and aliases, separated by single spaces ("" for none)
 */
public record HostsEntry(String address, String hostnames) {
}
