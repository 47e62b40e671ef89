package io.hostsql.os.linux;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import java.util.Arrays;

/**
 * The numeric entries of a directory (the pids in /proc), read in bulk and parsed from the raw
 * names: no String per entry. java.io.File.list() builds a String for every entry and took a
 * tenth of a whole process scan. Through the JNI library when it is loaded (one crossing for
 * the whole listing), else getdents64 through JNA (two system calls for a thousand processes).
 * The JNI path also spares a one-shot query JNA's start, which nothing else in
 * {@code SELECT count(*) FROM processes} needs: 60-95 ms of CPU on JDK 25 and 118-173 ms on
 * Java 17, measured as the first thing a JVM does (its dispatch library copied out and loaded,
 * LibC's methods registered), against 2-17 ms for loading the JNI library.
 */
final class DirectoryPids {
  private static final int BUFFER = 64 * 1024;
  private static final ThreadLocal<Memory> MEMORY = ThreadLocal.withInitial(() ->
      new Memory(BUFFER));
  private static final ThreadLocal<byte[]> BYTES = ThreadLocal.withInitial(() ->
      new byte[BUFFER]);

  private DirectoryPids() {
  }

  /** The pids in the directory, ascending; null when the fast path is not available. */
  static int[] list(String directory) {
    return JniCalls.AVAILABLE ? listThroughJni(directory) : listThroughJna(directory);
  }

  /** {@link #list(String)} by the JNI library, which must be loaded. */
  static int[] listThroughJni(String directory) {
    byte[] names = JniCalls.listNames(SyscallReads.cString(directory), new int[1]);
    if (names == null) {
      return null;
    }
    Pids pids = new Pids();
    // Each name is followed by a NUL.
    for (int at = 0; at < names.length; at++) {
      int name = at;
      while (names[at] != 0) {
        at++;
      }
      pids.add(names, name);
    }
    return pids.sorted();
  }

  /** {@link #list(String)} by getdents64 through JNA. */
  static int[] listThroughJna(String directory) {
    int fd;
    try {
      fd = LibC.open(directory, LibC.O_DIRECTORY);
    } catch (LastErrorException | UnsatisfiedLinkError e) {
      return null;
    }
    try {
      Memory mem = MEMORY.get();
      byte[] b = BYTES.get();
      Pids pids = new Pids();
      while (true) {
        long got = LibC.syscall(LibC.SYS_GETDENTS64, fd, mem, BUFFER);
        if (got <= 0) {
          break;
        }
        mem.read(0, b, 0, (int) got);
        // struct linux_dirent64: u64 ino, s64 off, u16 reclen, u8 type, char name[]
        for (int at = 0; at < got;) {
          int reclen = (b[at + 16] & 0xff) | (b[at + 17] & 0xff) << 8;
          pids.add(b, at + 19);
          at += reclen;
        }
      }
      return pids.sorted();
    } catch (LastErrorException e) {
      return null;
    } finally {
      LibC.close(fd);
    }
  }

  /** The pids gathered from NUL-terminated names. */
  private static final class Pids {
    private int[] pids = new int[1024];
    private int n;

    /** Adds the name at {@code name} in {@code b} if it is a positive int in decimal. */
    void add(byte[] b, int name) {
      long pid = 0;
      int i = name;
      while (b[i] >= '0' && b[i] <= '9' && pid <= Integer.MAX_VALUE) {
        pid = pid * 10 + (b[i] - '0');
        i++;
      }
      if (b[i] == 0 && i > name && pid > 0 && pid <= Integer.MAX_VALUE) {
        if (n == pids.length) {
          pids = Arrays.copyOf(pids, n * 2);
        }
        pids[n++] = (int) pid;
      }
    }

    int[] sorted() {
      int[] out = Arrays.copyOf(pids, n);
      Arrays.sort(out);
      return out;
    }
  }
}
