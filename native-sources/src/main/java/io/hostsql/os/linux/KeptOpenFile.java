package io.hostsql.os.linux;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import java.nio.charset.StandardCharsets;

/**
 * A small sysfs or procfs file read again and again through one descriptor, opened on first
 * use and kept: each read is a pread at offset 0, which makes the kernel generate the content
 * anew (seq_file and kernfs restart at position 0), so the answer is as live as a fresh open
 * and costs one system call instead of three.
 */
final class KeptOpenFile {
  private static final int BUFFER = 4096;
  private static final ThreadLocal<Memory> MEMORY = ThreadLocal.withInitial(() ->
      new Memory(BUFFER));

  private final byte[] path;
  private volatile int fd = -1;

  KeptOpenFile(String path) {
    this.path = SyscallReads.cString(path);
  }

  /** The file's text, or null when it cannot be opened or read. */
  String readOrNull() {
    Memory mem = MEMORY.get();
    for (int attempt = 0; attempt < 2; attempt++) {
      int f = descriptor();
      if (f < 0) {
        return null;
      }
      try {
        int n = (int) LibC.pread(f, mem, BUFFER, 0);
        byte[] text = new byte[Math.max(n, 0)];
        mem.read(0, text, 0, text.length);
        return new String(text, StandardCharsets.US_ASCII);
      } catch (LastErrorException e) {
        reopen(f); // a descriptor gone bad (the device removed): one fresh open, then give up
      }
    }
    return null;
  }

  private int descriptor() {
    int f = fd;
    if (f >= 0) {
      return f;
    }
    synchronized (this) {
      if (fd < 0) {
        try {
          fd = LibC.open(path, LibC.O_RDONLY | LibC.O_CLOEXEC);
        } catch (LastErrorException e) {
          return -1;
        }
      }
      return fd;
    }
  }

  private synchronized void reopen(int bad) {
    if (fd == bad) {
      fd = -1;
      LibC.close(bad);
    }
  }
}
