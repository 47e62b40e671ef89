package io.hostsql.os.windows;

/**
 * GetProcessMemoryInfo's PROCESS_MEMORY_COUNTERS_EX, in bytes (page faults a count).
 *
 * @param privateUsage PrivateUsage, or -1 when the call filled only the shorter
 *     PROCESS_MEMORY_COUNTERS (its cb says so: Wine 8 does)
 */
record MemoryCounters(long pageFaults, long peakWset, long wset, long peakPagedPool,
    long pagedPool, long peakNonPagedPool, long nonPagedPool, long pagefile, long peakPagefile,
    long privateUsage) {
}
