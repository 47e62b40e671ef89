package io.hostsql.os.linux;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.nio.file.DirectoryStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One procfs mount: the live {@code /proc} or a fixture tree laid out the same way. Every read of
 * native-sources goes through here, so the root is settable for tests and opens can be counted.
 */
public final class ProcFs {
  private static final ProcFs SYSTEM = new ProcFs(Paths.get("/proc"));

  /** Reads of /proc files are small; one buffer per thread keeps them allocation-light. */
  private static final ThreadLocal<ByteBuffer> BUFFER =
      ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(32 * 1024));

  private final Path root;
  private final String rootPrefix;
  private volatile FileOpenListener listener;
  private volatile long bootTimeSeconds = -1;

  public ProcFs(Path root) {
    this.root = root;
    this.rootPrefix = root.toString().endsWith("/") ? root.toString() : root + "/";
  }

  /** The live /proc of this machine. */
  public static ProcFs system() {
    return SYSTEM;
  }

  public Path root() {
    return root;
  }

  /** Installs (or with null removes) the listener told of each open. */
  public void setFileOpenListener(FileOpenListener listener) {
    this.listener = listener;
  }

  private String resolve(String relative) {
    FileOpenListener l = listener;
    if (l != null) {
      l.opened(relative);
    }
    return rootPrefix + relative;
  }

  /**
   * Reads a whole file below the root.
   *
   * @throws IOException whose {@link Errno} tells why, e.g. ESRCH for a kernel thread's environ
   */
  public byte[] read(String relative) throws IOException {
    String path = resolve(relative);
    try (FileChannel ch = FileChannel.open(Paths.get(path), StandardOpenOption.READ)) {
      ByteBuffer buf = BUFFER.get();
      buf.clear();
      byte[] out = null;
      int total = 0;
      while (true) {
        int n = ch.read(buf);
        if (n < 0) {
          break;
        }
        if (!buf.hasRemaining()) {
          // Larger than the buffer (smaps, big environ): spill into a growing array.
          buf.flip();
          out = append(out, total, buf);
          total += buf.limit();
          buf.clear();
        }
      }
      buf.flip();
      out = append(out, total, buf);
      total += buf.limit();
      return out.length == total ? out : Arrays.copyOf(out, total);
    }
  }

  private static byte[] append(byte[] out, int used, ByteBuffer buf) {
    int n = buf.remaining();
    if (out == null) {
      out = new byte[n];
    } else if (out.length < used + n) {
      out = Arrays.copyOf(out, Math.max(out.length * 2, used + n));
    }
    buf.get(out, used, n);
    return out;
  }

  /** Reads a file below the root as text (procfs text is ASCII or the process's own bytes). */
  public String readString(String relative) throws IOException {
    return new String(read(relative), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Resolves a symbolic link below the root ({@code PID/exe}, {@code PID/fd/N}). */
  public String readLink(String relative) throws IOException {
    return Files.readSymbolicLink(Paths.get(resolve(relative))).toString();
  }

  /** Lists a directory below the root; an empty array when it cannot be listed. */
  public String[] list(String relative) {
    String[] names = new File(relative.isEmpty() ? rootPrefix : resolve(relative)).list();
    return names == null ? new String[0] : names;
  }

  /**
   * Lists a directory below the root ({@code PID/fd}, {@code PID/task}), failing with the
   * reason when it cannot be listed.
   */
  public List<String> listChecked(String relative) throws IOException {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(Paths.get(resolve(relative)))) {
      for (Path p : s) {
        names.add(p.getFileName().toString());
      }
    }
    return names;
  }

  /** Whether a path below the root is, after following links, a regular file. */
  public boolean isRegularFile(String relative) throws IOException {
    return Files.readAttributes(Paths.get(rootPrefix + relative),
        java.nio.file.attribute.BasicFileAttributes.class).isRegularFile();
  }

  /** Whether a path below the root exists (without following a final link). */
  public boolean exists(String relative) {
    return Files.exists(Paths.get(rootPrefix + relative), LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * The pids of all processes (not threads), ascending: the numeric names in the root.
   */
  public int[] pids() {
    String[] names = new File(rootPrefix).list();
    if (names == null) {
      return new int[0];
    }
    int[] pids = new int[names.length];
    int n = 0;
    for (String name : names) {
      int pid = parsePid(name);
      if (pid > 0) {
        pids[n++] = pid;
      }
    }
    int[] result = Arrays.copyOf(pids, n);
    Arrays.sort(result);
    return result;
  }

  private static int parsePid(String name) {
    int len = name.length();
    if (len == 0 || len > 10) {
      return -1;
    }
    long v = 0;
    for (int i = 0; i < len; i++) {
      char c = name.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v > Integer.MAX_VALUE ? -1 : (int) v;
  }

  /**
   * The boot time in seconds since the epoch ({@code btime} of /proc/stat). Read once per ProcFs:
   * the kernel derives it from a fixed boot instant, and re-reading it per process would add a
   * file open to every row.
   */
  public long bootTimeSeconds() {
    long b = bootTimeSeconds;
    if (b < 0) {
      try {
        b = StatParsers.bootTime(read("stat"));
      } catch (IOException e) {
        throw new io.hostsql.os.OsException("cannot read " + rootPrefix + "stat: " + e, e);
      }
      bootTimeSeconds = b;
    }
    return b;
  }
}
