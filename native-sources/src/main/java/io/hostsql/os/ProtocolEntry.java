package io.hostsql.os;

/**
 * One line of /etc/protocols.
 *
 * @param name the protocol's name
 * @param number its IP protocol number
 * @param alias its first alias (the IANA name, upper case), or null when the line has none
 * @param comment the text after '#', trimmed, or null when the line has none
 */
public record ProtocolEntry(String name, int number, String alias, String comment) {
}
