package io.hostsql.os;

/**
 * psutil's {@code memory_info()} on Linux, in bytes: /proc/PID/statm pages times the page size.
 * {@code lib} and {@code dirty} are always 0 on Linux kernels since 2.6 and kept for shape.
 *
 * @param rss resident set size
 * @param vms virtual memory size
 * @param shared resident pages backed by a file or shared memory
 * @param text the code segment
 * @param lib always 0 on Linux
 * @param data data plus stack
 * @param dirty always 0 on Linux
 */
public record MemoryInfo(long rss, long vms, long shared, long text, long lib, long data, long dirty) {
}
