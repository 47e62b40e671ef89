package io.hostsql.os.linux;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Whole-file reads, links, directory listings and file types, in one call each of the JNI
 * library where it is loaded ({@link JniCalls}); otherwise reads go through open(2), read(2)
 * and close(2) on a per-thread native buffer by JNA, and the rest through the JDK. A process
 * scan opens two or three small files per process, and FileChannel's per-open cost (Path
 * parsing, a channel object, its cleaner and close lock) was a fifth of that scan on top of
 * what the kernel spends. Failures come back as the JDK's exception types with strerror's
 * text, so {@link Errno#of} classifies them as it does the JDK's own.
 */
final class SyscallReads {
  static final int BUFFER = 32 * 1024;

  private static final ThreadLocal<Memory> NATIVE = ThreadLocal.withInitial(() ->
      new Memory(BUFFER));

  private SyscallReads() {
  }

  /** The path as the NUL-terminated bytes open(2) takes. */
  static byte[] cString(String path) {
    byte[] b = path.getBytes(StandardCharsets.UTF_8);
    return Arrays.copyOf(b, b.length + 1);
  }

  /**
   * Reads a file to its end.
   *
   * @param seqFile the file is made by the kernel's seq_file code (stat, statm, status,
   *     fdinfo...), which fills a read up to the end of its content: a short read is the end, and
   *     the extra read that would return 0 is skipped
   */
  static byte[] read(byte[] path, boolean seqFile) throws IOException {
    return JniCalls.AVAILABLE ? readThroughJni(path, seqFile) : readThroughJna(path, seqFile);
  }

  /** {@link #read(byte[], boolean)} by the JNI library, which must be loaded. */
  static byte[] readThroughJni(byte[] path, boolean seqFile) throws IOException {
    int[] error = new int[1];
    byte[] content = JniCalls.readFile(path, seqFile, error);
    if (content == null) {
      throw failure(path, error[0]);
    }
    return content;
  }

  /** {@link #read(byte[], boolean)} by JNA. */
  static byte[] readThroughJna(byte[] path, boolean seqFile) throws IOException {
    int fd;
    try {
      fd = LibC.open(path, LibC.O_RDONLY | LibC.O_CLOEXEC);
    } catch (LastErrorException e) {
      throw failure(path, e.getErrorCode());
    }
    try {
      return readToEnd(fd, seqFile);
    } catch (LastErrorException e) {
      throw failure(path, e.getErrorCode());
    } finally {
      LibC.close(fd);
    }
  }

  /**
   * Reads an open descriptor to its end (the caller closes it).
   *
   * @param seqFile as for {@link #read(byte[], boolean)}
   * @throws LastErrorException when a read fails
   */
  static byte[] readToEnd(int fd, boolean seqFile) {
    // Reads fill the native buffer before anything is copied out: smaps comes a page or so
    // per read(2), and copying each piece into a growing array moved every byte three times.
    Memory mem = NATIVE.get();
    byte[] out = null;
    int total = 0;
    int filled = 0;
    while (true) {
      long n = LibC.read(fd, filled == 0 ? mem : mem.share(filled), BUFFER - filled);
      if (n > 0) {
        filled += (int) n;
      }
      boolean end = n <= 0 || seqFile && filled < BUFFER;
      if (filled == BUFFER || end && filled > 0) {
        if (out == null) {
          out = new byte[end ? filled : 2 * BUFFER];
        } else if (out.length < total + filled) {
          out = Arrays.copyOf(out, Math.max(out.length * 2, total + filled));
        }
        mem.read(0, out, total, filled);
        total += filled;
        filled = 0;
      }
      if (end) {
        break;
      }
    }
    if (out == null) {
      return new byte[0];
    }
    return out.length == total ? out : Arrays.copyOf(out, total);
  }

  /** Resolves a symbolic link: its target as the kernel gives it. */
  static String readLink(String path) throws IOException {
    return JniCalls.AVAILABLE ? readLinkThroughJni(cString(path))
        : Files.readSymbolicLink(Paths.get(path)).toString();
  }

  private static final ThreadLocal<byte[]> LINK_BUFFER =
      ThreadLocal.withInitial(() -> new byte[4096]);

  /** {@link #readLink(String)}, or null when the link cannot be read (gone, refused). */
  static String readLinkOrNull(String path) {
    byte[] c = cString(path);
    if (JniCalls.AVAILABLE) {
      byte[] target = JniCalls.readLink(c, new int[1]);
      return target == null ? null : new String(target, StandardCharsets.UTF_8);
    }
    return readLinkOrNullThroughJna(c);
  }

  /** {@link #readLinkOrNull(String)} by JNA. */
  static String readLinkOrNullThroughJna(byte[] path) {
    byte[] buf = LINK_BUFFER.get();
    long n = LibC.readlink(path, buf, buf.length);
    return n < 0 ? null : new String(buf, 0, (int) n, StandardCharsets.UTF_8);
  }

  /** {@link #readLink(String)} by the JNI library, which must be loaded. */
  static String readLinkThroughJni(byte[] path) throws IOException {
    int[] error = new int[1];
    byte[] target = JniCalls.readLink(path, error);
    if (target == null) {
      // As the JDK: EINVAL from readlink means the path is not a link.
      throw error[0] == LibC.EINVAL ? new NotLinkException(text(path)) : failure(path, error[0]);
    }
    return new String(target, StandardCharsets.UTF_8);
  }

  /** A directory's names but "." and "..", in the order the kernel gives them. */
  static List<String> list(String path) throws IOException {
    return JniCalls.AVAILABLE ? listThroughJni(cString(path)) : listThroughJdk(path);
  }

  /** {@link #list(String)} by the JNI library, which must be loaded. */
  static List<String> listThroughJni(byte[] path) throws IOException {
    int[] error = new int[1];
    byte[] names = JniCalls.listNames(path, error);
    if (names == null) {
      // As the JDK's directory stream: ENOTDIR has an exception of its own.
      throw error[0] == LibC.ENOTDIR ? new NotDirectoryException(text(path))
          : failure(path, error[0]);
    }
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < names.length; i++) {
      if (names[i] == 0) {
        out.add(new String(names, start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    return out;
  }

  /** {@link #list(String)} by the JDK. */
  static List<String> listThroughJdk(String path) throws IOException {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(Paths.get(path))) {
      for (Path p : s) {
        names.add(p.getFileName().toString());
      }
    }
    return names;
  }

  /** Whether the path is, after following links, a regular file. */
  static boolean isRegularFile(String path) throws IOException {
    return JniCalls.AVAILABLE ? isRegularFileThroughJni(cString(path))
        : Files.readAttributes(Paths.get(path), BasicFileAttributes.class).isRegularFile();
  }

  /** {@link #isRegularFile(String)} by the JNI library, which must be loaded. */
  static boolean isRegularFileThroughJni(byte[] path) throws IOException {
    int[] error = new int[1];
    int mode = JniCalls.statMode(path, error);
    if (mode == -1) {
      throw failure(path, error[0]);
    }
    return (mode & S_IFMT) == S_IFREG;
  }

  private static final int S_IFMT = 0170000;
  private static final int S_IFREG = 0100000;

  private static String text(byte[] path) {
    return new String(path, 0, path.length - 1, StandardCharsets.UTF_8);
  }

  private static IOException failure(byte[] path, int errno) {
    String file = text(path);
    return switch (errno) {
      case LibC.ENOENT -> new NoSuchFileException(file);
      case LibC.EACCES -> new AccessDeniedException(file);
      case LibC.EPERM -> new FileSystemException(file, null, "Operation not permitted");
      case LibC.ESRCH -> new FileSystemException(file, null, "No such process");
      case LibC.EINVAL -> new FileSystemException(file, null, "Invalid argument");
      default -> new FileSystemException(file, null, LibC.strerror(errno));
    };
  }
}
