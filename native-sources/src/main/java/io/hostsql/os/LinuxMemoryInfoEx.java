package io.hostsql.os;

/**
 * psutil's {@code memory_info_ex()} (8.0) on Linux: memory_info plus the /proc/PID/status breakdown, in
 * bytes. On Linux {@code rss == rssAnon + rssFile + rssShmem}, give or take per-CPU counter lag.
 *
 * @param rss resident set size
 * @param vms virtual size
 * @param shared resident file-backed or shared pages
 * @param text code
 * @param data data plus stack
 * @param peakRss highest rss seen (VmHWM)
 * @param peakVms highest vms seen (VmPeak)
 * @param rssAnon resident anonymous memory
 * @param rssFile resident file mappings
 * @param rssShmem resident shared memory
 * @param swap swapped-out anonymous memory
 * @param hugetlb hugetlbfs memory
 */
public record LinuxMemoryInfoEx(long rss, long vms, long shared, long text, long data, long peakRss,
    long peakVms, long rssAnon, long rssFile, long rssShmem, long swap, long hugetlb)
    implements MemoryInfoEx {
}
