package io.hostsql.os.linux;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JNI library's reads, links, listings and file types against the bindings used where it
 * is missing (JNA for reads, the JDK for the rest): the same answers, and the same exception
 * types for the same failures. Where the library is loaded, this is the only place the
 * fallbacks run.
 */
class BindingsAgreeTest {
  @Test
  void readsAgree(@TempDir Path dir) throws IOException {
    assertTrue(JniCalls.AVAILABLE, "the JNI library is not in the build: apt-get install -y gcc"
        + " libc6-dev, and rebuild native-sources");
    Path big = dir.resolve("big");
    byte[] content = new byte[300_000];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) (i % 251);
    }
    Files.write(big, content);
    // Files that do not change between two reads: a large regular file, and procfs files of
    // this process and the kernel, both as seq_files and read to the end.
    for (String file : List.of(big.toString(), "/proc/version", "/proc/self/cmdline",
        "/proc/self/environ", "/proc/self/limits", "/proc/filesystems")) {
      byte[] path = SyscallReads.cString(file);
      for (boolean seqFile : new boolean[] {false, true}) {
        assertArrayEquals(SyscallReads.readThroughJna(path, seqFile),
            SyscallReads.readThroughJni(path, seqFile), file + ", seqFile " + seqFile);
      }
    }
    assertArrayEquals(content, SyscallReads.readThroughJni(SyscallReads.cString(big.toString()),
        false));
    for (String bad : List.of(dir + "/absent", dir.toString(), "/proc/self/mem-not-there")) {
      byte[] path = SyscallReads.cString(bad);
      sameFailure(() -> SyscallReads.readThroughJna(path, false),
          () -> SyscallReads.readThroughJni(path, false));
    }
  }

  @Test
  void linksListingsAndTypesAgree(@TempDir Path dir) throws IOException {
    assertTrue(JniCalls.AVAILABLE);
    Files.writeString(dir.resolve("plain"), "x");
    Files.createSymbolicLink(dir.resolve("link"), dir.resolve("plain"));
    Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere"));
    Files.createDirectory(dir.resolve("sub"));
    // Every descriptor of this JVM: files, jars, pipes, sockets, anon inodes, /dev/null.
    List<String> fds = SyscallReads.listThroughJdk("/proc/self/fd");
    List<String> links = new ArrayList<>(List.of("/proc/self/exe", "/proc/self/cwd",
        dir + "/link", dir + "/dangling"));
    fds.forEach(fd -> links.add("/proc/self/fd/" + fd));
    for (String link : links) {
      String jdk;
      try {
        jdk = Files.readSymbolicLink(Path.of(link)).toString();
      } catch (IOException closedMeanwhile) {
        continue;
      }
      assertEquals(jdk, SyscallReads.readLinkThroughJni(SyscallReads.cString(link)), link);
      assertEquals(jdk, SyscallReads.readLinkOrNullThroughJna(SyscallReads.cString(link)), link);
      assertEquals(jdk, SyscallReads.readLinkOrNull(link), link);
    }
    assertNull(SyscallReads.readLinkOrNull(dir + "/absent"));
    assertNull(SyscallReads.readLinkOrNullThroughJna(SyscallReads.cString(dir + "/absent")));
    for (String path : links) {
      boolean jdk;
      try {
        jdk = Files.isRegularFile(Path.of(path)) || Files.readAttributes(Path.of(path),
            java.nio.file.attribute.BasicFileAttributes.class).isRegularFile();
      } catch (IOException noTarget) {
        byte[] p = SyscallReads.cString(path);
        assertThrows(noTarget.getClass(), () -> SyscallReads.isRegularFileThroughJni(p), path);
        continue;
      }
      assertEquals(jdk, SyscallReads.isRegularFileThroughJni(SyscallReads.cString(path)), path);
    }
    for (String d : List.of(dir.toString(), "/proc/self/task", "/proc/1", "/sys/class/net")) {
      assertEquals(new TreeSet<>(SyscallReads.listThroughJdk(d)),
          new TreeSet<>(SyscallReads.listThroughJni(SyscallReads.cString(d))), d);
    }
    byte[] plain = SyscallReads.cString(dir + "/plain");
    sameFailure(() -> Files.readSymbolicLink(dir.resolve("plain")),
        () -> SyscallReads.readLinkThroughJni(plain));
    sameFailure(() -> SyscallReads.listThroughJdk(dir + "/plain"),
        () -> SyscallReads.listThroughJni(plain));
    sameFailure(() -> SyscallReads.listThroughJdk(dir + "/absent"),
        () -> SyscallReads.listThroughJni(SyscallReads.cString(dir + "/absent")));
  }

  @Test
  void pidListingsAgree(@TempDir Path dir) throws IOException {
    assertTrue(JniCalls.AVAILABLE);
    // Names a procfs root could hold and what a pid listing keeps of them, worked out by hand:
    // positive decimal ints only, whether files or directories.
    for (String name : List.of("1", "42", "4194304", "2147483647", "abc", "12a", "0",
        "2147483648", "99999999999", ".7", "self")) {
      Files.writeString(dir.resolve(name), "");
    }
    Files.createDirectory(dir.resolve("77"));
    int[] expected = {1, 42, 77, 4194304, 2147483647};
    assertArrayEquals(expected, DirectoryPids.listThroughJni(dir.toString()));
    assertArrayEquals(expected, DirectoryPids.listThroughJna(dir.toString()));
    assertArrayEquals(expected, DirectoryPids.list(dir.toString()));
    // More names than the first buffer of either path holds.
    for (int i = 1000; i < 3500; i++) {
      Files.writeString(dir.resolve(Integer.toString(i)), "");
    }
    int[] many = DirectoryPids.listThroughJni(dir.toString());
    assertEquals(expected.length + 2500, many.length);
    assertArrayEquals(DirectoryPids.listThroughJna(dir.toString()), many);
    assertNull(DirectoryPids.listThroughJni(dir + "/absent"));
    assertNull(DirectoryPids.listThroughJna(dir + "/absent"));
    // /proc moves between two reads; this JVM's own pid is in both.
    int self = (int) ProcessHandle.current().pid();
    assertTrue(java.util.Arrays.binarySearch(DirectoryPids.listThroughJni("/proc"), self) >= 0);
    assertTrue(java.util.Arrays.binarySearch(DirectoryPids.listThroughJna("/proc"), self) >= 0);
  }

  /** Both fail, with exceptions of one class (FileSystemException's kinds carry the errno). */
  private static void sameFailure(Executable fallback, Executable jni) {
    Throwable expected = assertThrows(FileSystemException.class, fallback);
    Throwable got = assertThrows(FileSystemException.class, jni);
    assertEquals(expected.getClass(), got.getClass(), expected + " / " + got);
  }
}
