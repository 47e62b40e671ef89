package io.hostsql.jdbc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.testing.Commands;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JNA search path the command sets is the directory of the libc that ldconfig lists. */
class NativeSearchPathTest {
  private String before;

  @BeforeEach
  void clear() {
    before = System.getProperty(NativeSearchPath.PROPERTY);
    System.clearProperty(NativeSearchPath.PROPERTY);
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty(NativeSearchPath.PROPERTY);
    } else {
      System.setProperty(NativeSearchPath.PROPERTY, before);
    }
  }

  @Test
  void namesTheDirectoryOfTheLibcLdconfigLists() throws IOException {
    NativeSearchPath.set();
    String dir = System.getProperty(NativeSearchPath.PROPERTY);
    assertNotNull(dir, "no libc found in /proc/self/maps");
    Path libc = Path.of(dir, "libc.so.6");
    assertTrue(Files.exists(libc), libc + " exists");
    // ldconfig (libc-bin) lists the libraries the dynamic linker knows: "libc.so.6 (...) => path".
    List<Path> listed = Commands.run("/sbin/ldconfig", "-p").lines()
        .filter(l -> l.trim().startsWith("libc.so.6 "))
        .map(l -> Path.of(l.substring(l.indexOf("=> ") + 3).trim()))
        .toList();
    boolean same = false;
    for (Path p : listed) {
      same |= Files.isSameFile(p, libc);
    }
    assertTrue(same, libc + " is one of " + listed);
  }

  @Test
  void libcNamesAreThoseOfGlibcOldAndNew() {
    // The oracle: the pattern the names were matched with before (a regex compiled per run).
    for (String name : List.of("libc.so.6", "libc-2.31.so", "libc-2.17.so", "libc-2.so",
        "libc-.so", "libc-2.31.so.1", "libc-2a.so", "libc-2.31.sox", "libcrypto.so.3",
        "libc.so", "libc-", "libc-9..9.so", "xlibc.so.6", "libc-2.31-so", "libc-٢.so")) {
      boolean expected = name.startsWith("libc.so.") || name.matches("libc-[0-9.]+\\.so");
      assertEquals(expected, NativeSearchPath.isLibc(name), name);
    }
  }

  @Test
  void aPathAlreadyGivenIsKept() {
    System.setProperty(NativeSearchPath.PROPERTY, "/somewhere");
    NativeSearchPath.set();
    assertEquals("/somewhere", System.getProperty(NativeSearchPath.PROPERTY));
  }
}
