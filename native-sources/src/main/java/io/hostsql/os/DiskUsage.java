package io.hostsql.os;

/**
 * psutil's {@code disk_usage()}: the user's view, as df shows it (reserved blocks excluded
 * from free), in bytes.
 *
 * @param total size of the file system
 * @param used used blocks
 * @param free blocks an unprivileged user may still use
 * @param percent used / (used + free), to one decimal
 * @param inodesTotal inodes in all (0 when the file system has no fixed count)
 * @param inodesFree inodes an unprivileged user may still use
 */
public record DiskUsage(long total, long used, long free, double percent, long inodesTotal,
    long inodesFree) {
}
