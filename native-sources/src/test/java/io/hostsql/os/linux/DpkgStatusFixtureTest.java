package io.hostsql.os.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.DebPackage;
import io.hostsql.os.Parsed;
import io.hostsql.os.testing.FixtureProc;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dpkg status file written by hand, cut in the middle of its last stanza. */
class DpkgStatusFixtureTest {
  @TempDir
  Path dir;

  @Test
  void truncatedStatusGivesTheWholeStanzasAndAProblem() {
    FixtureProc root = new FixtureProc(dir).write("var/lib/dpkg/status",
        "Package: bash\nStatus: install ok installed\nPriority: required\nSection: shells\n"
            + "Installed-Size: 7171\nMaintainer: Matthias Klose <doko@debian.org>\n"
            + "Architecture: amd64\nVersion: 5.2.15-2+b7\nDescription: GNU Bourne Again SHell\n"
            + " Bash is an sh-compatible command language interpreter.\n .\n more text\n\n"
            + "Package: oldpkg\nStatus: deinstall ok config-files\nVersion: 1.0-1\n\n"
            + "Package: libfoo1\nStatus: install ok installed\nSource: foo (1.2-3)\n"
            + "Architecture: all\nVersion: 1:1.2-3\nMaintainer: A <a@b>\n\n"
            + "Package: native\nStatus: install ok installed\nArchitecture: all\n"
            + "Version: 2024.1\nMaintainer: N <n@d>\nInstalled-Size: lots\n\n"
            + "Package: half\nStatus: install ok ins");
    Parsed<DebPackage> p = new LinuxPackages(root.root()).deb();
    assertEquals(List.of(
        new DebPackage("bash", "5.2.15-2+b7", null, 7171L, "amd64", "2+b7",
            "install ok installed", "Matthias Klose <doko@debian.org>", "shells", "required"),
        new DebPackage("libfoo1", "1:1.2-3", "foo (1.2-3)", null, "all", "3",
            "install ok installed", "A <a@b>", null, null),
        new DebPackage("native", "2024.1", null, null, "all", "", "install ok installed",
            "N <n@d>", null, null)), p.values());
    assertEquals(2, p.problems().size(), p.problems().toString());
    assertTrue(p.problems().get(1).contains("(half)"), p.problems().toString());
  }
}
