package io.hostsql.os;

/**
 * psutil's {@code swap_memory()}, in bytes (percent in %).
 *
 * @param total swap space
 * @param used swap in use
 * @param free swap free
 * @param percent used / total, to one decimal
 * @param sin bytes swapped in since boot
 * @param sout bytes swapped out since boot
 */
public record SwapMemory(long total, long used, long free, double percent, long sin, long sout) {
}
