package io.hostsql.os.linux;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * System calls bound through JNI to a small library built with this module
 * (src/main/c/hostsql_jni.c), where what JNA adds to each call is as large as the call:
 * sysinfo(2) takes about 250 ns, and JNA's direct mapping put about 150 ns on top, where
 * Python's os.getloadavg adds about 70; and a whole-file read, which JNA makes as an open, one
 * or more reads and a close, each crossing into native code on its own (about 1 µs a small
 * /proc file, a sixth of its cost, measured with all pids' stat, status, statm, io, cmdline and
 * environ). Links, directory listings and file modes come through it too: the JDK's file API
 * makes a Path per name and an exception per failure, and its directory stream duplicates,
 * inspects and flags the descriptor before the first name. Everything else goes through JNA.
 *
 * <p>The library is a resource of the jar, per CPU architecture; it is absent when the module
 * was built without gcc or runs on an architecture it was not built for, and it may fail to
 * load (a temporary directory mounted noexec). Callers then use JNA or the JDK:
 * {@link #AVAILABLE} says which. {@code -Dhostsql.jni=false} turns the library off.
 */
final class JniCalls {
  /** The library's resource name for this JVM's architecture. */
  static final String RESOURCE = "libhostsql-jni-" + System.getProperty("os.arch") + ".so";

  /** Whether the library is loaded and the natives below may be called. */
  static final boolean AVAILABLE = load();

  private JniCalls() {
  }

  /**
   * The CPUID instruction for {@code leaf} (sub-leaf {@code subleaf}): eax, ebx, ecx and edx
   * into {@code out}; 0, or -1 for a leaf above the CPU's highest or a CPU that is not x86.
   */
  static native int cpuid(int leaf, int subleaf, int[] out);

  /** sysinfo(2) into the struct at {@code address}: 0, or -1 on failure. */
  static native int sysinfo(long address);

  /**
   * open(2), read(2) to the end and close(2) in one call: a file's bytes, or null with errno
   * in {@code error[0]} (an OutOfMemoryError is pending when the array could not be made).
   *
   * @param path the NUL-terminated path
   * @param seqFile as for {@link SyscallReads#read(byte[], boolean)}
   */
  static native byte[] readFile(byte[] path, boolean seqFile, int[] error);

  /** readlink(2): the target's bytes, or null with errno in {@code error[0]}. */
  static native byte[] readLink(byte[] path, int[] error);

  /**
   * The names of a directory but "." and "..", each followed by a NUL byte, or null with errno
   * in {@code error[0]}.
   */
  static native byte[] listNames(byte[] path, int[] error);

  /**
   * A directory's entries but "." and "..", each as its name, a NUL, the 4-byte errno of its
   * statx(2) relative to the directory (links not followed; 0 when it succeeded) and the
   * 256-byte struct statx; null with errno in {@code error[0]}.
   */
  static native byte[] listStat(byte[] path, int[] error);

  /**
   * As {@link #listStat}, but only the entries a walk for set-id files keeps: directories
   * (known from the listing's type; their statx holds only the type bits of stx_mode), set-id
   * regular files, and entries whose statx failed.
   */
  static native byte[] listSetId(byte[] path, int[] error);

  /** stat(2), following links: st_mode, or -1 with errno in {@code error[0]}. */
  static native int statMode(byte[] path, int[] error);

  private static boolean load() {
    if (!Boolean.parseBoolean(System.getProperty("hostsql.jni", "true"))) {
      return false;
    }
    URL url = JniCalls.class.getResource(RESOURCE);
    if (url == null) {
      return false;
    }
    try {
      if ("file".equals(url.getProtocol())) {
        System.load(Path.of(url.toURI()).toString());
        return true;
      }
      // In a jar: copy it out, load it, and unlink the copy (the mapping outlives the name).
      // The name is made here rather than by Files.createTempFile, whose SecureRandom took
      // 35-50 ms to seed: a third of a one-shot query's work. CREATE_NEW (O_EXCL) refuses a
      // name that exists, a planted link included.
      Path copy = Path.of(System.getProperty("java.io.tmpdir"), "hostsql-jni-"
          + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".so");
      try {
        try (InputStream in = url.openStream();
            OutputStream out = Files.newOutputStream(copy, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
          in.transferTo(out);
        }
        System.load(copy.toString());
      } finally {
        Files.deleteIfExists(copy);
      }
      return true;
    } catch (IOException | java.net.URISyntaxException | UnsatisfiedLinkError
        | SecurityException e) {
      return false;
    }
  }
}
