package io.hostsql.os;

/**
 * One address of a network interface, psutil's {@code snicaddr}.
 *
 * @param family INET, INET6 or LINK (the MAC address)
 * @param address the address
 * @param netmask the netmask, or null
 * @param broadcast the broadcast address, or null
 * @param ptp the point-to-point peer, or null
 */
public record NicAddress(NicFamily family, String address, String netmask, String broadcast,
    String ptp) {
}
