package io.hostsql.os;

/**
 * psutil 5.9's {@code memory_full_info()}: memory_info and memory_footprint in one value.
 *
 * @param info rss, vms and the rest of /proc/PID/statm
 * @param footprint uss, pss and swap
 */
public record MemoryFullInfo(MemoryInfo info, MemoryFootprint footprint) {
}
