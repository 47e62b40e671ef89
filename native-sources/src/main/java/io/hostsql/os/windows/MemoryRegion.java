package io.hostsql.os.windows;

/**
 * One region of a process's address space, VirtualQueryEx's MEMORY_BASIC_INFORMATION, with the
 * file GetMappedFileNameW named for it.
 *
 * @param base BaseAddress
 * @param size RegionSize, bytes
 * @param state MEM_COMMIT, MEM_RESERVE or MEM_FREE
 * @param protect the PAGE_* protection of the region's pages
 * @param type MEM_IMAGE, MEM_MAPPED or MEM_PRIVATE
 * @param path the mapped file in the kernel's form (\Device\HarddiskVolume1\...), or null
 *     when the region maps no file (or its name could not be read)
 */
record MemoryRegion(long base, long allocationBase, int allocationProtect, long size, int state,
    int protect, int type, String path) {
}
