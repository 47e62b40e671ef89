package io.hostsql.os.linux;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import io.hostsql.os.files.FileStat;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The system calls a walk of the file system makes, on paths given as NUL-terminated bytes so
 * that names which are not UTF-8 still work: statx (with and without following a link),
 * directory listings, readlink, and open/read/close for streaming a file's content. A file
 * that vanished or is refused is an answer here (null, or -1), not an exception: a walk skips
 * it.
 */
public final class FileCalls {
  private static final int STATX_BASIC_AND_BTIME = 0x7ff | 0x800;
  private static final int STATX_BTIME = 0x800;
  private static final int STATX_SIZE = 256;
  private static final int O_NONBLOCK = 04000;
  private static final ThreadLocal<byte[]> STATX = ThreadLocal.withInitial(
      () -> new byte[STATX_SIZE]);

  private FileCalls() {
  }

  /** lstat: the file itself, a link not followed; null if it cannot be stat'ed. */
  public static FileStat lstat(byte[] cpath) {
    return statx(cpath, LibC.AT_SYMLINK_NOFOLLOW);
  }

  /** stat: links followed; null if the file or a link's target cannot be stat'ed. */
  public static FileStat stat(byte[] cpath) {
    return statx(cpath, 0);
  }

  private static FileStat statx(byte[] cpath, int flags) {
    byte[] b = STATX.get();
    if (LibC.statx(LibC.AT_FDCWD, cpath, flags, STATX_BASIC_AND_BTIME, b) != 0) {
      return null;
    }
    return fromStatx(ByteBuffer.wrap(b).order(java.nio.ByteOrder.nativeOrder()), 0);
  }

  /**
   * A directory's entries but "." and "..", each with its lstat (null for an entry that
   * vanished before it was stat'ed); null if the directory cannot be listed. With the JNI
   * library, one call lists and stats relative to the open directory; without it, a listing
   * and an lstat per entry.
   */
  public static List<Map.Entry<byte[], FileStat>> listWithStat(byte[] cpath) {
    if (!JniCalls.AVAILABLE) {
      List<byte[]> names = list(cpath);
      if (names == null) {
        return null;
      }
      List<Map.Entry<byte[], FileStat>> out = new ArrayList<>(names.size());
      int dir = cpath.length - 1;
      for (byte[] name : names) {
        byte[] child = new byte[dir + 1 + name.length + 1];
        System.arraycopy(cpath, 0, child, 0, dir);
        child[dir] = '/';
        System.arraycopy(name, 0, child, dir + 1, name.length);
        out.add(new java.util.AbstractMap.SimpleImmutableEntry<>(name, lstat(child)));
      }
      return out;
    }
    return records(JniCalls.listStat(cpath, new int[1]));
  }

  /**
   * As {@link #listWithStat}, but only what a walk for set-id files needs: the directories
   * (their FileStat holds the type only) and the set-id regular files, each other entry's
   * statx kept on the native side of the call. Entries that could not be stat'ed stay, with a
   * null FileStat. Without the JNI library, every entry (the walk skips the others).
   */
  static List<Map.Entry<byte[], FileStat>> listSetIdCandidates(byte[] cpath) {
    return JniCalls.AVAILABLE ? records(JniCalls.listSetId(cpath, new int[1]))
        : listWithStat(cpath);
  }

  /** The (name, statx) records of a listing call, or null for a failed listing. */
  private static List<Map.Entry<byte[], FileStat>> records(byte[] records) {
    if (records == null) {
      return null;
    }
    ByteBuffer s = ByteBuffer.wrap(records).order(java.nio.ByteOrder.nativeOrder());
    List<Map.Entry<byte[], FileStat>> out = new ArrayList<>();
    int at = 0;
    while (at < records.length) {
      int end = at;
      while (records[end] != 0) {
        end++;
      }
      byte[] name = java.util.Arrays.copyOfRange(records, at, end);
      int status = s.getInt(end + 1);
      FileStat st = status == 0 ? fromStatx(s, end + 5) : null;
      out.add(new java.util.AbstractMap.SimpleImmutableEntry<>(name, st));
      at = end + 5 + STATX_SIZE;
    }
    return out;
  }

  /** The FileStat of a struct statx at {@code at} in {@code s}. */
  private static FileStat fromStatx(ByteBuffer s, int at) {
    int mask = s.getInt(at);
    long btime = (mask & STATX_BTIME) != 0 ? s.getLong(at + 80) : 0;
    return new FileStat(Short.toUnsignedInt(s.getShort(at + 28)), s.getLong(at + 32),
        makedev(s.getInt(at + 136), s.getInt(at + 140)),
        makedev(s.getInt(at + 128), s.getInt(at + 132)),
        Integer.toUnsignedLong(s.getInt(at + 20)), Integer.toUnsignedLong(s.getInt(at + 24)),
        s.getLong(at + 40), s.getInt(at + 4), Integer.toUnsignedLong(s.getInt(at + 16)),
        s.getLong(at + 64), s.getLong(at + 112), s.getInt(at + 120), s.getLong(at + 96),
        btime);
  }

  /** glibc's makedev: the dev_t that stat(2) reports for a major and minor number. */
  static long makedev(int major, int minor) {
    long ma = Integer.toUnsignedLong(major);
    long mi = Integer.toUnsignedLong(minor);
    return ((ma & 0xfffff000L) << 32) | ((ma & 0xfffL) << 8) | ((mi & 0xffffff00L) << 12)
        | (mi & 0xffL);
  }

  /**
   * A directory's entry names but "." and "..", as the kernel has them; null if it cannot be
   * listed (refused, vanished, not a directory).
   */
  public static List<byte[]> list(byte[] cpath) {
    if (JniCalls.AVAILABLE) {
      byte[] names = JniCalls.listNames(cpath, new int[1]);
      if (names == null) {
        return null;
      }
      List<byte[]> out = new ArrayList<>();
      int start = 0;
      for (int i = 0; i < names.length; i++) {
        if (names[i] == 0) {
          out.add(java.util.Arrays.copyOfRange(names, start, i));
          start = i + 1;
        }
      }
      return out;
    }
    // Without the library, the JDK's stream: names that are not UTF-8 come back altered.
    try {
      List<byte[]> out = new ArrayList<>();
      String dir = new String(cpath, 0, cpath.length - 1, StandardCharsets.UTF_8);
      for (String name : SyscallReads.listThroughJdk(dir)) {
        out.add(name.getBytes(StandardCharsets.UTF_8));
      }
      return out;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** A link's target, or null if it is no link or cannot be read. */
  public static String readLink(byte[] cpath) {
    return SyscallReads.readLinkOrNullThroughJna(cpath);
  }

  /**
   * Calls {@code sink} with successive chunks of the file's content, read in 1 MiB pieces into
   * one native buffer: never more of the file in memory than that. The file is opened
   * non-blocking, so a FIFO put in a regular file's place cannot hang the read.
   *
   * @return false if the file could not be opened or read
   */
  public static boolean stream(byte[] cpath, java.util.function.Consumer<ByteBuffer> sink) {
    int fd;
    try {
      fd = LibC.open(cpath, LibC.O_RDONLY | LibC.O_CLOEXEC | O_NONBLOCK);
    } catch (LastErrorException e) {
      return false;
    }
    try {
      Memory buf = BUFFER.get();
      for (;;) {
        long n = LibC.read(fd, buf, buf.size());
        if (n <= 0) {
          return n == 0;
        }
        sink.accept(buf.getByteBuffer(0, n));
      }
    } catch (LastErrorException e) {
      return false;
    } finally {
      LibC.close(fd);
    }
  }

  private static final ThreadLocal<Memory> BUFFER = ThreadLocal.withInitial(
      () -> new Memory(1 << 20));
}
