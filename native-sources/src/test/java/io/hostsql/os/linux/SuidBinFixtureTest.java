package io.hostsql.os.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hostsql.os.Parsed;
import io.hostsql.os.Persistence;
import io.hostsql.os.SuidBinary;
import io.hostsql.os.testing.FixtureProc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * suid_bin over a merged-/usr tree written by hand: /bin and /sbin are links to usr/bin and
 * usr/sbin, walked once but reported under both names, as {@code find -H /bin /usr/bin ...}
 * reports them; links below a start are not followed. Modes are octal, as chmod(1) takes them.
 */
class SuidBinFixtureTest {
  @TempDir
  Path dir;

  @Test
  void mergedUsrStartsAreReportedUnderEachNameAndInnerLinksAreNotFollowed() throws Exception {
    FixtureProc root = fixture();
    String r = root.root().toString();
    List<String> expected = new ArrayList<>(List.of(
        r + "/bin/su|me|staff|S", r + "/bin/wall|me|staff|G",
        r + "/sbin/helper|me|staff|SG",
        r + "/usr/bin/su|me|staff|S", r + "/usr/bin/wall|me|staff|G",
        r + "/usr/sbin/helper|me|staff|SG",
        r + "/tmp/a/b/deep|me|staff|S"));
    expected.sort(null);
    Parsed<SuidBinary> p = new LinuxPersistence(root.root()).suidBinaries();
    assertEquals(expected, rows(p));
    assertEquals(List.of(), p.problems());
  }

  @Test
  void eachRunSeesFilesAddedAndModesChangedSinceTheLast() throws Exception {
    FixtureProc root = fixture();
    String r = root.root().toString();
    Persistence persistence = new LinuxPersistence(root.root());
    int before = rows(persistence.suidBinaries()).size();
    // A new file in a directory already walked, and a mode change that leaves every
    // directory's mtime as it was: both show in the next run.
    root.write("usr/bin/newcomer", "#!/bin/sh\n");
    chmod(root.root().resolve("usr/bin/newcomer"), 04755);
    chmod(root.root().resolve("usr/bin/ls"), 02755);
    chmod(root.root().resolve("tmp/a/b/deep"), 0755);
    List<String> after = rows(persistence.suidBinaries());
    assertEquals(before + 4 - 1, after.size(), after.toString());
    for (String row : List.of(r + "/bin/newcomer|me|staff|S", r + "/usr/bin/newcomer|me|staff|S",
        r + "/bin/ls|me|staff|G", r + "/usr/bin/ls|me|staff|G")) {
      assertEquals(true, after.contains(row), row + " in " + after);
    }
    assertEquals(false, after.contains(r + "/tmp/a/b/deep|me|staff|S"), after.toString());
  }

  private FixtureProc fixture() throws Exception {
    int uid = (Integer) Files.getAttribute(dir, "unix:uid");
    int gid = (Integer) Files.getAttribute(dir, "unix:gid");
    FixtureProc root = new FixtureProc(dir)
        .write("etc/passwd", "me:x:" + uid + ":" + gid + "::/home/me:/bin/sh\n")
        .write("etc/group", "staff:x:" + gid + ":\n")
        .write("usr/bin/su", "x").write("usr/bin/wall", "x").write("usr/bin/ls", "x")
        .write("usr/sbin/helper", "x")
        .write("tmp/a/b/deep", "x").write("tmp/plain", "x");
    chmod(root.root().resolve("usr/bin/su"), 04755);
    chmod(root.root().resolve("usr/bin/wall"), 02755);
    chmod(root.root().resolve("usr/bin/ls"), 0755);
    chmod(root.root().resolve("usr/sbin/helper"), 06750);
    chmod(root.root().resolve("tmp/a/b/deep"), 04700);
    Files.createSymbolicLink(root.root().resolve("bin"), Path.of("usr/bin"));
    Files.createSymbolicLink(root.root().resolve("sbin"), Path.of("usr/sbin"));
    // Links below a start: to a set-id file and to a directory of them; neither is followed.
    Files.createSymbolicLink(root.root().resolve("tmp/su-link"), root.root().resolve("usr/bin/su"));
    Files.createSymbolicLink(root.root().resolve("tmp/bin-link"), root.root().resolve("usr/bin"));
    return root;
  }

  /** chmod: the JDK's PosixFilePermissions have no set-id bits; its 'unix:mode' has. */
  private static void chmod(Path p, int mode) throws Exception {
    Files.setAttribute(p, "unix:mode", mode);
  }

  private static List<String> rows(Parsed<SuidBinary> p) {
    List<String> out = new ArrayList<>();
    for (SuidBinary b : p.values()) {
      out.add(b.path() + "|" + b.username() + "|" + b.groupname() + "|" + b.permissions());
    }
    out.sort(null);
    return out;
  }
}
