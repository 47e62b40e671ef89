package io.hostsql.os.linux;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/** statvfs(3) through JNA. */
public final class StatVfs {
  static {
    Native.register("c");
  }

  private StatVfs() {
  }

  private static native int statvfs(String path, Pointer buf) throws LastErrorException;

  /**
   * The fields of struct statvfs that disk_usage needs (LP64 layout: every field 8 bytes).
   *
   * @param frsize fragment size, the unit of the block counts
   * @param blocks total blocks
   * @param bfree free blocks
   * @param bavail blocks free for unprivileged users
   * @param files total inodes
   * @param favail inodes free for unprivileged users
   */
  public record Result(long frsize, long blocks, long bfree, long bavail, long files,
      long favail) {
  }

  /** statvfs(path). */
  public static Result of(String path) {
    Memory buf = new Memory(128);
    try {
      statvfs(path, buf);
    } catch (LastErrorException e) {
      throw new SyscallException("statvfs " + path, e.getErrorCode());
    }
    return new Result(buf.getLong(8), buf.getLong(16), buf.getLong(24), buf.getLong(32),
        buf.getLong(40), buf.getLong(56));
  }
}
