package io.hostsql.os;

/**
 * psutil's per-process {@code io_counters()}, from /proc/PID/io.
 *
 * @param readCount read syscalls (syscr)
 * @param writeCount write syscalls (syscw)
 * @param readBytes bytes fetched from storage (read_bytes)
 * @param writeBytes bytes sent to storage (write_bytes)
 * @param readChars bytes passed to read-like syscalls, cache hits included (rchar)
 * @param writeChars bytes passed to write-like syscalls (wchar)
 */
public record IoCounters(long readCount, long writeCount, long readBytes, long writeBytes,
    long readChars, long writeChars) {
}
