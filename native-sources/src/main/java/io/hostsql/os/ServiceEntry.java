package io.hostsql.os;

/**
 * One line of /etc/services.
 *
 * @param name the service name
 * @param port its port
 * @param protocol tcp, udp, sctp...
 * @param aliases other names, separated by single spaces ("" for none)
 * @param comment the text after '#', trimmed, or null when the line has none
 */
public record ServiceEntry(String name, int port, String protocol, String aliases,
    String comment) {
}
