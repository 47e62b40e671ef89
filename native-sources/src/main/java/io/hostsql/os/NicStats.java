package io.hostsql.os;

/**
 * psutil's {@code snicstats}.
 *
 * @param isUp whether the interface is running (IFF_RUNNING)
 * @param duplex FULL, HALF or UNKNOWN
 * @param speed in Mbit/s, 0 when unknown
 * @param mtu the MTU in bytes
 * @param flags psutil's comma-separated flag names ("up,broadcast,running,multicast")
 * @param flagBits the same flags as the kernel's IFF_* bit mask (SIOCGIFFLAGS)
 */
public record NicStats(boolean isUp, NicDuplex duplex, int speed, int mtu, String flags,
    int flagBits) {
}
