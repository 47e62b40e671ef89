package io.hostsql.os.linux;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/** statvfs(3) through JNA. */
public final class StatVfs {
  static {
    Native.register(StatVfs.class, "c"); // named: JNA need not walk the stack for it
  }

  private StatVfs() {
  }

  /**
   * The path as NUL-terminated bytes and the struct in native memory: a String argument is
   * encoded into fresh native memory, and an array copied both ways, on every call.
   */
  private static native int statvfs(byte[] path, Pointer buf) throws LastErrorException;

  /** struct statvfs is 112 bytes on LP64; every field read here is 8 bytes. */
  private static final ThreadLocal<Memory> BUFFER = ThreadLocal.withInitial(() ->
      new Memory(128));

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
    Memory buf = BUFFER.get();
    try {
      statvfs(SyscallReads.cString(path), buf);
    } catch (LastErrorException e) {
      throw new SyscallException("statvfs " + path, e.getErrorCode());
    }
    // f_bsize, f_frsize, f_blocks, f_bfree, f_bavail, f_files, f_ffree, f_favail, ...
    return new Result(buf.getLong(0), buf.getLong(8), buf.getLong(16), buf.getLong(24),
        buf.getLong(32), buf.getLong(40), buf.getLong(48), buf.getLong(56));
  }
}
