package io.hostsql.os.linux;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * statfs(2)'s f_type: which file system a path is on, so that a root given as /proc or /sys
 * is known to be one before anything is read from it.
 */
public final class FileSystemType {
  /** PROC_SUPER_MAGIC of linux/magic.h. */
  public static final long PROC = 0x9fa0L;
  /** SYSFS_MAGIC of linux/magic.h. */
  public static final long SYSFS = 0x62656572L;

  static {
    Native.register("c");
  }

  private FileSystemType() {
  }

  private static native int statfs(byte[] path, Pointer buf) throws LastErrorException;

  /**
   * The magic number of the file system the path is on (f_type, the first field of struct
   * statfs on every 64-bit Linux ABI).
   *
   * @throws SyscallException when the path cannot be examined
   */
  public static long of(String path) {
    // struct statfs is 120 bytes on x86_64 and aarch64.
    Memory buf = new Memory(256);
    try {
      statfs(SyscallReads.cString(path), buf);
      return buf.getLong(0) & 0xffffffffL;
    } catch (LastErrorException e) {
      throw new SyscallException("statfs " + path, e.getErrorCode());
    }
  }
}
