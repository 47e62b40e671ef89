package io.hostsql.jdbc.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.testing.QueryRows;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * portage_packages and portage_use over a /var/db/pkg tree written by hand after Gentoo's
 * documented layout (one directory per CATEGORY/PF, one file per variable) and a world file;
 * a package being merged is left out, a malformed value is a warning.
 */
class PortageTablesTest {
  @RegisterExtension
  final FixtureHost host = FixtureHost.withUsers();

  @Test
  void installedPackagesAndTheirUseFlags() throws Exception {
    String db = "var/db/pkg/";
    host.root().write(db + "sys-apps/portage-3.0.63-r1/SLOT", "0\n")
        .write(db + "sys-apps/portage-3.0.63-r1/BUILD_TIME", "1712345678\n")
        .write(db + "sys-apps/portage-3.0.63-r1/repository", "gentoo\n")
        .write(db + "sys-apps/portage-3.0.63-r1/EAPI", "8\n")
        .write(db + "sys-apps/portage-3.0.63-r1/SIZE", "12345678\n")
        .write(db + "sys-apps/portage-3.0.63-r1/USE", "amd64 elibc_glibc ipc native-extensions"
            + " xattr\n")
        .write(db + "dev-lang/python-3.12.3/SLOT", "3.12/3.12\n")
        .write(db + "dev-lang/python-3.12.3/EAPI", "eight\n")
        .write(db + "dev-lang/python-3.12.3/USE", "\n")
        .write(db + "x11-libs/gtk+-3.24.41/SLOT", "3\n")
        .write(db + "x11-libs/gtk+-3.24.41/USE", "X wayland\n")
        .write(db + "sys-apps/-MERGING-coreutils-9.5/SLOT", "0\n")
        .write("var/lib/portage/world", "dev-lang/python:3.12\nx11-libs/gtk+\n");
    Path r = host.root().root();
    assertEquals(List.of(
            List.of("dev-lang/python", "3.12.3", "3.12/3.12", "0", "", "0", "0", "1"),
            List.of("sys-apps/portage", "3.0.63-r1", "0", "1712345678", "gentoo", "8",
                "12345678", "0"),
            List.of("x11-libs/gtk+", "3.24.41", "3", "0", "", "0", "0", "1")),
        QueryRows.of(host.connection(), "SELECT * FROM osquery.portage_packages ORDER BY package"));
    assertEquals(List.of(
            List.of("sys-apps/portage", "3.0.63-r1", "amd64"),
            List.of("sys-apps/portage", "3.0.63-r1", "elibc_glibc"),
            List.of("sys-apps/portage", "3.0.63-r1", "ipc"),
            List.of("sys-apps/portage", "3.0.63-r1", "native-extensions"),
            List.of("sys-apps/portage", "3.0.63-r1", "xattr"),
            List.of("x11-libs/gtk+", "3.24.41", "X"),
            List.of("x11-libs/gtk+", "3.24.41", "wayland")),
        QueryRows.of(host.connection(),
            "SELECT * FROM osquery.portage_use ORDER BY package, \"use\""));
    List<String> w = host.warnings("SELECT * FROM portage_packages");
    assertEquals(1, w.size(), w.toString());
    assertTrue(w.get(0).contains(r.resolve(db + "dev-lang/python-3.12.3/EAPI")
        + ": not a number: eight"), w.get(0));
    assertEquals(List.of(), host.warnings("SELECT * FROM portage_use"));
  }
}
