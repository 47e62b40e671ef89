package io.hostsql.os.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hostsql.os.testing.FixtureProc;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RpmDbPath over hand-written macro files after rpm's syntax ({@code %name body}, later files
 * winning): plain macros expand, anything rpm would have to run does not, and a loop of
 * definitions ends in the defaults.
 */
class RpmDbPathTest {
  @TempDir
  Path dir;

  private List<Path> candidates(String macros) {
    FixtureProc root = new FixtureProc(dir).write("usr/lib/rpm/macros", macros);
    List<String> problems = new ArrayList<>();
    List<Path> out = RpmDbPath.candidates(root.root(), problems);
    assertEquals(List.of(), problems);
    return out;
  }

  private List<Path> defaults() {
    return List.of(dir.resolve("usr/lib/sysimage/rpm"), dir.resolve("var/lib/rpm"));
  }

  @Test
  void plainMacrosExpand() {
    assertEquals(List.of(dir.resolve("srv/rpm/db")), candidates(
        "%_srv /srv\n%_dbpath\t%{_srv}/%{?_nothing}rpm/%dbname\n%dbname db\n"));
    assertEquals(List.of(dir.resolve("var/lib/rpm")), candidates(
        "# comment\n%_var /var\n%_dbpath %{_var}/lib/rpm\n"));
  }

  @Test
  void whatRpmWouldRunOrCannotResolveGivesTheDefaults() {
    assertEquals(defaults(), candidates("%_dbpath %{lua: print('/x')}\n"));
    assertEquals(defaults(), candidates("%_dbpath %{_undefined}/rpm\n"));
    assertEquals(defaults(), candidates("%_dbpath %{_a}\n%_a %{_b}\n%_b %{_a}\n"));
    assertEquals(defaults(), candidates("%_dbpath relative/rpm\n"));
    assertEquals(defaults(), candidates("%_dbpath /a\\\n"));
  }

  @Test
  void debiansPerUserDatabaseIsRoots() {
    new FixtureProc(dir).write("etc/passwd", "root:x:0:0:root:/var/admin:/bin/sh\n");
    List<Path> expected = new ArrayList<>(List.of(dir.resolve("var/admin/.rpmdb")));
    expected.addAll(defaults());
    assertEquals(expected, candidates("%_dbpath\t\t%(bash -c 'echo ~/.rpmdb')\n"));
  }
}
