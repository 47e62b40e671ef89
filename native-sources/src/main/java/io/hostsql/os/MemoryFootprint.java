package io.hostsql.os;

/**
 * psutil's {@code memory_footprint()}: what the process really costs, from smaps_rollup (or
 * smaps), in bytes.
 *
 * @param uss unique set size: memory freed if the process exited now
 * @param pss proportional set size: shared pages split among their sharers
 * @param swap swapped-out memory
 */
public record MemoryFootprint(long uss, long pss, long swap) {
}
