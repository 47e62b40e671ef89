package io.hostsql.os.linux;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.hostsql.os.LoadAverage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JniCallsTest {
  private static final String NOT_BUILT = "the JNI library " + JniCalls.RESOURCE
      + " is not in the build: install gcc and libc6-dev (apt-get install -y gcc libc6-dev)"
      + " and rebuild native-sources";

  @Test
  void loadAveragesEqualProcLoadavg() throws IOException {
    assertTrue(JniCalls.AVAILABLE, NOT_BUILT);
    // /proc/loadavg rounds the same kernel counters to two decimals; the kernel updates them
    // every five seconds, so read it before and after and retry if they moved meanwhile.
    for (int attempt = 0; attempt < 5; attempt++) {
      String before = Files.readString(Path.of("/proc/loadavg"));
      LoadAverage ours = SystemCalls.loadAverage();
      String after = Files.readString(Path.of("/proc/loadavg"));
      String[] b = before.split(" ");
      String[] a = after.split(" ");
      if (!(b[0] + b[1] + b[2]).equals(a[0] + a[1] + a[2])) {
        continue;
      }
      assertEquals(Double.parseDouble(b[0]), ours.load1(), 0.0051, before);
      assertEquals(Double.parseDouble(b[1]), ours.load5(), 0.0051, before);
      assertEquals(Double.parseDouble(b[2]), ours.load15(), 0.0051, before);
      return;
    }
    fail("/proc/loadavg changed under every one of 5 reads");
  }

  @Test
  void jniAndJnaBindingsFillTheSameStruct() {
    assertTrue(JniCalls.AVAILABLE, NOT_BUILT);
    try (com.sun.jna.Memory viaJni = new com.sun.jna.Memory(256);
        com.sun.jna.Memory viaJna = new com.sun.jna.Memory(256)) {
      viaJni.clear();
      viaJna.clear();
      assertEquals(0, JniCalls.sysinfo(com.sun.jna.Pointer.nativeValue(viaJni)));
      assertEquals(0, LibC.sysinfo(viaJna));
      // totalram (byte 32) and mem_unit (byte 104) do not move between the two calls.
      assertEquals(viaJna.getLong(32), viaJni.getLong(32));
      assertEquals(viaJna.getInt(104), viaJni.getInt(104));
      assertTrue(viaJni.getLong(32) > 0);
    }
  }

  @Test
  void loadsFromAJarThroughATemporaryCopyThatItRemoves(@TempDir Path dir) throws Exception {
    assertTrue(JniCalls.AVAILABLE, NOT_BUILT);
    // The shipped jar: JniCalls and the library as its resources, in a class loader of their
    // own (a library is loaded once per path, so this is a second, independent load).
    Path jar = dir.resolve("jni.jar");
    String pkg = "io/hostsql/os/linux/";
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      copy(out, pkg + "JniCalls.class");
      copy(out, pkg + JniCalls.RESOURCE);
    }
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    long copiesBefore = copies(tmp);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
        ClassLoader.getPlatformClassLoader())) {
      Class<?> c = Class.forName("io.hostsql.os.linux.JniCalls", true, loader);
      assertTrue(c.getResource(JniCalls.RESOURCE).getProtocol().equals("jar"));
      var available = c.getDeclaredField("AVAILABLE");
      available.setAccessible(true);
      assertTrue(available.getBoolean(null), "the library did not load from the jar");
    }
    assertEquals(copiesBefore, copies(tmp), "the temporary copy was left in " + tmp);
  }

  @Test
  void readFileReturnsWhatJavaReadsAcrossTheBuffersEdges(@TempDir Path dir)
      throws IOException {
    assertTrue(JniCalls.AVAILABLE, NOT_BUILT);
    // Sizes around the 8 KiB stack buffer of hostsql_jni.c and its doublings: the buffer
    // grows exactly when it is full, and a file of exactly its size needs the read that
    // returns 0.
    int buffer = 8 * 1024;
    for (int size : new int[] {0, 1, buffer - 1, buffer, buffer + 1, 2 * buffer, 4 * buffer + 1,
        20 * buffer + 7}) {
      byte[] content = new byte[size];
      for (int i = 0; i < size; i++) {
        content[i] = (byte) (i * 31 + size);
      }
      Path file = dir.resolve("f" + size);
      Files.write(file, content);
      for (boolean seqFile : new boolean[] {false, true}) {
        int[] error = {-1};
        byte[] read = JniCalls.readFile(SyscallReads.cString(file.toString()), seqFile, error);
        assertArrayEquals(content, read, size + " bytes, seqFile " + seqFile);
        assertEquals(-1, error[0], "error set on success");
      }
    }
    // A seq_file, read with the short-read rule, against the JDK's read of the same file.
    assertArrayEquals(Files.readAllBytes(Path.of("/proc/version")),
        JniCalls.readFile(SyscallReads.cString("/proc/version"), true, new int[1]));
  }

  @Test
  void readFileFailuresCarryErrnoAndBecomeTheJdksExceptions(@TempDir Path dir) {
    assertTrue(JniCalls.AVAILABLE, NOT_BUILT);
    int[] error = new int[1];
    String missing = dir.resolve("absent").toString();
    assertNull(JniCalls.readFile(SyscallReads.cString(missing), false, error));
    assertEquals(2, error[0], "ENOENT");
    // A directory opens, and read(2) refuses it.
    assertNull(JniCalls.readFile(SyscallReads.cString(dir.toString()), false, error));
    assertEquals(21, error[0], "EISDIR");
    NoSuchFileException e = assertThrows(NoSuchFileException.class,
        () -> SyscallReads.read(SyscallReads.cString(missing), false));
    assertEquals(missing, e.getFile());
    assertNull(JniCalls.readFile(new byte[5000], false, error));
    assertEquals(36, error[0], "ENAMETOOLONG for a path longer than PATH_MAX");
  }

  @Test
  void linksListingsAndModesEqualTheJdksAnswers(@TempDir Path dir) throws IOException {
    assertTrue(JniCalls.AVAILABLE, NOT_BUILT);
    Path file = Files.writeString(dir.resolve("a file"), "x");
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Path link = Files.createSymbolicLink(dir.resolve("link"), file);
    Files.createFile(dir.resolve("\u00fcml\u00e4ut"));
    // Links: a file's, this JVM's executable, and the errors for a non-link and an absent path.
    assertEquals(file.toString(),
        SyscallReads.readLinkThroughJni(SyscallReads.cString(link.toString())));
    assertEquals(Files.readSymbolicLink(Path.of("/proc/self/exe")).toString(),
        SyscallReads.readLinkThroughJni(SyscallReads.cString("/proc/self/exe")));
    int[] error = new int[1];
    assertNull(JniCalls.readLink(SyscallReads.cString(file.toString()), error));
    assertEquals(22, error[0], "EINVAL for a file that is not a link");
    assertThrows(NoSuchFileException.class,
        () -> SyscallReads.readLinkThroughJni(SyscallReads.cString(dir + "/absent")));
    // Listings: names with a space and non-ASCII letters; more names than the first buffer
    // holds (3,000 of 13 bytes and a NUL); an empty directory; a file is not a directory.
    assertEquals(names(dir), new java.util.TreeSet<>(
        SyscallReads.listThroughJni(SyscallReads.cString(dir.toString()))));
    for (int i = 0; i < 3000; i++) {
      Files.createFile(sub.resolve(String.format("entry-%07d", i)));
    }
    assertEquals(names(sub), new java.util.TreeSet<>(
        SyscallReads.listThroughJni(SyscallReads.cString(sub.toString()))));
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertTrue(SyscallReads.listThroughJni(SyscallReads.cString(empty.toString())).isEmpty());
    assertNull(JniCalls.listNames(SyscallReads.cString(file.toString()), error));
    assertEquals(20, error[0], "ENOTDIR");
    // Modes: a file, a directory, a link followed to its file, a socket link of this process.
    assertTrue(SyscallReads.isRegularFileThroughJni(SyscallReads.cString(file.toString())));
    assertTrue(SyscallReads.isRegularFileThroughJni(SyscallReads.cString(link.toString())));
    assertEquals(0040000, JniCalls.statMode(SyscallReads.cString(sub.toString()), error) & 0170000);
    assertThrows(NoSuchFileException.class,
        () -> SyscallReads.isRegularFileThroughJni(SyscallReads.cString(dir + "/absent")));
    try (var socket = java.nio.channels.ServerSocketChannel.open()) {
      for (Path fd : names(Path.of("/proc/self/fd")).stream().map(n -> Path.of("/proc/self/fd", n))
          .toList()) {
        boolean jdk;
        try {
          jdk = Files.readAttributes(fd, java.nio.file.attribute.BasicFileAttributes.class)
              .isRegularFile();
        } catch (IOException gone) {
          continue;
        }
        assertEquals(jdk, SyscallReads.isRegularFileThroughJni(SyscallReads.cString(fd.toString())),
            fd.toString());
      }
    }
  }

  private static java.util.SortedSet<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString())
          .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }
  }

  private static void copy(JarOutputStream out, String resource) throws IOException {
    out.putNextEntry(new JarEntry(resource));
    try (InputStream in = JniCallsTest.class.getClassLoader().getResourceAsStream(resource)) {
      in.transferTo(out);
    }
    out.closeEntry();
  }

  private static long copies(Path tmp) throws IOException {
    try (Stream<Path> files = Files.list(tmp)) {
      return files.filter(p -> p.getFileName().toString().startsWith("hostsql-jni")).count();
    }
  }
}
