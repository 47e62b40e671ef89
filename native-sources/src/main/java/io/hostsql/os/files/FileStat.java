package io.hostsql.os.files;

/**
 * What statx(2) says of one file: the fields of {@code struct stat} that osquery's file table
 * and the digest cache use.
 *
 * @param mode the type and permission bits (st_mode)
 * @param inode the inode number
 * @param device the device the file lives on, as st_dev (major and minor, glibc's makedev)
 * @param rdev the device a block or character special file stands for (st_rdev), else 0
 * @param uid the owner
 * @param gid the group
 * @param size bytes (st_size)
 * @param blockSize the preferred I/O block size (st_blksize)
 * @param hardLinks st_nlink
 * @param atime last access, seconds since the epoch
 * @param mtime last modification, seconds since the epoch
 * @param mtimeNanos the nanoseconds of mtime
 * @param ctime last status change, seconds since the epoch
 * @param btime birth, seconds since the epoch, or 0 where the filesystem does not record it
 */
public record FileStat(int mode, long inode, long device, long rdev, long uid, long gid,
    long size, int blockSize, long hardLinks, long atime, long mtime, int mtimeNanos,
    long ctime, long btime) {

  /** The type the mode bits give. */
  public FileType type() {
    return FileType.ofMode(mode);
  }
}
