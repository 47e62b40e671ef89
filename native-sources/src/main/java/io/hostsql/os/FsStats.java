package io.hostsql.os;

/**
 * A file system's counts as statvfs(3) reports them, unconverted.
 *
 * @param blockSize the preferred I/O block size (f_bsize)
 * @param fragmentSize the unit of the block counts (f_frsize)
 * @param blocks blocks in all
 * @param blocksFree free blocks, the root-reserved ones included
 * @param blocksAvailable blocks free for unprivileged users
 * @param inodes inodes in all (0 when the file system has no fixed count)
 * @param inodesFree free inodes
 * @param inodesAvailable inodes free for unprivileged users
 */
public record FsStats(long blockSize, long fragmentSize, long blocks, long blocksFree,
    long blocksAvailable, long inodes, long inodesFree, long inodesAvailable) {
}
