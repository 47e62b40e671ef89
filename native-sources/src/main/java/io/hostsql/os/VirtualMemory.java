package io.hostsql.os;

/**
 * psutil's {@code virtual_memory()} on Linux, in bytes (percent in %).
 *
 * @param total physical memory
 * @param available what can be given to processes without swapping (MemAvailable)
 * @param percent (total - available) / total, to one decimal
 * @param used total - available
 * @param free memory not used at all
 * @param active recently used
 * @param inactive not recently used
 * @param buffers file-system metadata cache
 * @param cached page cache plus reclaimable slab
 * @param shared tmpfs and shared memory
 * @param slab kernel data structures
 */
public record VirtualMemory(long total, long available, double percent, long used, long free,
    long active, long inactive, long buffers, long cached, long shared, long slab) {
}
