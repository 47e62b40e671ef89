package io.hostsql.os.linux;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;

/** statvfs(3) through JNA. */
public final class StatVfs {
  static {
    Native.register("c");
  }

  private StatVfs() {
  }

  /** struct statvfs is all 8-byte fields on LP64, so a long[] holds it without a Memory. */
  private static native int statvfs(String path, long[] buf) throws LastErrorException;

  /**
   * The counting fields of struct statvfs (LP64 layout: every field 8 bytes).
   *
   * @param bsize the preferred I/O block size
   * @param frsize fragment size, the unit of the block counts
   * @param blocks total blocks
   * @param bfree free blocks
   * @param bavail blocks free for unprivileged users
   * @param files total inodes
   * @param ffree free inodes
   * @param favail inodes free for unprivileged users
   */
  public record Result(long bsize, long frsize, long blocks, long bfree, long bavail, long files,
      long ffree, long favail) {
  }

  /** statvfs(path). */
  public static Result of(String path) {
    long[] buf = new long[16];
    try {
      statvfs(path, buf);
    } catch (LastErrorException e) {
      throw new SyscallException("statvfs " + path, e.getErrorCode());
    }
    // f_bsize, f_frsize, f_blocks, f_bfree, f_bavail, f_files, f_ffree, f_favail, ...
    return new Result(buf[0], buf[1], buf[2], buf[3], buf[4], buf[5], buf[6], buf[7]);
  }
}
