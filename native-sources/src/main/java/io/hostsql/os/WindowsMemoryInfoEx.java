package io.hostsql.os;

/**
 * psutil's {@code memory_info_ex()} on Windows: GetProcessMemoryInfo's
 * PROCESS_MEMORY_COUNTERS_EX and the listing's virtual sizes. psutil 8 names the first ten;
 * the last four are the counters psutil 7 gave under these names (now deprecated aliases
 * there), kept because they are in the same struct. Sizes in bytes.
 *
 * @param rss WorkingSetSize
 * @param vms PrivateUsage, the private committed bytes (psutil 8's vms)
 * @param peakRss PeakWorkingSetSize
 * @param peakVms PeakPagefileUsage
 * @param virtual VirtualSize: the reserved address space
 * @param peakVirtual PeakVirtualSize
 * @param pagedPool QuotaPagedPoolUsage
 * @param nonpagedPool QuotaNonPagedPoolUsage
 * @param peakPagedPool QuotaPeakPagedPoolUsage
 * @param peakNonpagedPool QuotaPeakNonPagedPoolUsage
 * @param numPageFaults PageFaultCount, soft and hard
 * @param pagefile PagefileUsage (the same as PrivateUsage since Windows 7)
 * @param peakPagefile PeakPagefileUsage
 * @param privateBytes PrivateUsage (psutil 7's {@code private})
 */
public record WindowsMemoryInfoEx(long rss, long vms, long peakRss, long peakVms, long virtual,
    long peakVirtual, long pagedPool, long nonpagedPool, long peakPagedPool,
    long peakNonpagedPool, long numPageFaults, long pagefile, long peakPagefile,
    long privateBytes) implements MemoryInfoEx {
}
