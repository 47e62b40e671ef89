package io.hostsql.jdbc.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.testing.Commands;
import io.hostsql.os.testing.QueryRows;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * apt_sources against APT's own reading of the same files ({@code apt-get indextargets -o
 * Dir=<fixture>}, and of this machine's /etc/apt), yum_sources against Python's configparser
 * (the INI reader yum is written with) over hand-written .repo files; malformed files give
 * the rows that parse and warnings.
 */
class PackageSourcesTest {
  @RegisterExtension
  final FixtureHost host = FixtureHost.withUsers();

  /** apt-get indextargets over a root; one line per distinct target of the format. */
  private static TreeSet<String> indexTargets(Path aptRoot, boolean releaseInfo, String format) {
    List<String> cmd = new ArrayList<>(List.of("apt-get", "indextargets"));
    if (aptRoot != null) {
      cmd.addAll(List.of("-o", "Dir=" + aptRoot, "-o",
          "Dir::State::status=" + aptRoot.resolve("var/lib/dpkg/status")));
    }
    if (!releaseInfo) {
      cmd.add("--no-release-info");
    }
    cmd.addAll(List.of("--format", format));
    TreeSet<String> out = new TreeSet<>();
    for (String line : Commands.run(cmd.toArray(String[]::new)).split("\n")) {
      if (!line.isBlank()) {
        out.add(line.replaceFirst("/\\|", "|"));
      }
    }
    return out;
  }

  private TreeSet<String> ours(String sql) throws Exception {
    TreeSet<String> out = new TreeSet<>();
    for (List<String> r : QueryRows.of(host.connection(), sql)) {
      out.add(String.join("|", r));
    }
    return out;
  }

  @Test
  void aptSourcesAreTheTargetsAptReadsFromTheSameFiles() throws Exception {
    host.root().write("var/lib/dpkg/status", "")
        .write("var/lib/apt/lists/partial/.keep", "")
        .write("var/cache/apt/archives/partial/.keep", "")
        .write("etc/apt/sources.list", "# main mirror\n"
            + "deb [arch=amd64 signed-by=/k.gpg] http://example.org/debian/ trixie main contrib"
            + " # trailing comment\n"
            + "deb-src [signed-by=/k.gpg] http://example.org/debian trixie main\n\n"
            + "deb [trusted=yes] file:/srv/repo ./\n")
        .write("etc/apt/sources.list.d/u.sources", "Types: deb deb-src\n"
            + "URIs: https://mirror.example.net/ubuntu\n  http://b.example.net/ubuntu/\n"
            + "Suites: noble noble-updates\nComponents: main\n universe\n"
            + "Signed-By: /k2.gpg\n\n# switched off\nTypes: deb\nURIs: http://off.example.net/x\n"
            + "Suites: s\nComponents: c\nEnabled: no\n")
        .write("etc/apt/sources.list.d/not-read.list.save", "deb http://saved.example/ x y\n")
        .write("var/lib/apt/lists/example.org_debian_dists_trixie_Release",
            "Origin: Example Org\nLabel: Example\nSuite: testing\nCodename: trixie\n"
                + "Version: 13.1\nDate: Sat, 01 Nov 2025 10:00:00 UTC\n"
                + "Architectures: amd64 arm64\nComponents: main contrib\nDescription: x\n"
                + "MD5Sum:\n d41d8cd98f00b204e9800998ecf8427e 0 main/binary-amd64/Packages\n")
        .write("var/lib/apt/lists/example.org_debian_dists_trixie_main_binary-amd64_Packages",
            "");
    Path r = host.root().root();
    assertEquals(indexTargets(r, false, "$(REPO_URI)|$(RELEASE)|$(TARGET_OF)"),
        ours("SELECT base_uri, suite, type FROM apt_sources"));
    assertEquals(11, QueryRows.of(host.connection(), "SELECT * FROM apt_sources").size());
    assertEquals(indexTargets(r, true, "$(REPO_URI)|$(RELEASE)|$(CODENAME)|$(ORIGIN)"
            + "|$(VERSION)"),
        ours("SELECT base_uri, suite, release, maintainer, version FROM apt_sources "
            + "WHERE release IS NOT NULL"));
    assertEquals(List.of(List.of("example.org/debian trixie", r.resolve("etc/apt/sources.list")
            .toString(), "http://example.org/debian", "trixie", "13.1", "Example Org",
            "main contrib", "amd64 arm64")),
        QueryRows.of(host.connection(),
            "SELECT * FROM osquery.apt_sources WHERE release IS NOT NULL"));
    assertEquals(List.of(List.of("main universe", "/srv/repo ./")),
        QueryRows.of(host.connection(),
            "SELECT DISTINCT source_components, '/srv/repo ./' FROM apt_sources "
            + "WHERE base_uri LIKE '%b.example.net%'"));
    assertEquals(List.of(List.of("/srv/repo ./", "")), QueryRows.of(host.connection(),
        "SELECT name, source_components FROM apt_sources WHERE base_uri = 'file:/srv/repo'"));
    assertEquals(List.of(), host.warnings("SELECT * FROM apt_sources"));
  }

  @Test
  void thisMachinesAptSourcesAreWhatAptReads() throws Exception {
    try (Connection live = DriverManager.getConnection("jdbc:hostsql:")) {
      TreeSet<String> ours = new TreeSet<>();
      for (List<String> row : QueryRows.of(live,
          "SELECT base_uri, suite, type FROM apt_sources")) {
        ours.add(String.join("|", row));
      }
      assertEquals(indexTargets(null, false, "$(REPO_URI)|$(RELEASE)|$(TARGET_OF)"), ours);
      TreeSet<String> released = new TreeSet<>();
      for (List<String> row : QueryRows.of(live, "SELECT base_uri, suite, release, "
          + "maintainer, version FROM apt_sources WHERE release IS NOT NULL")) {
        released.add(String.join("|", row));
      }
      assertEquals(indexTargets(null, true, "$(REPO_URI)|$(RELEASE)|$(CODENAME)|$(ORIGIN)"
          + "|$(VERSION)"), released);
    }
  }

  @Test
  void malformedAptEntriesAreWarningsAndTheRestAreRows() throws Exception {
    host.root().write("etc/apt/sources.list", "deb http://ok.example/debian stable main\n"
            + "deb http://no-suite.example/debian\n"
            + "rpm http://old.example/ x y\n"
            + "deb not-a-uri stable main\n"
            + "deb http://no-components.example/debian stable\n")
        .write("etc/apt/sources.list.d/bad.sources", "Types: deb\nURIs: http://a.example/\n"
            + "Components: main\n\nthis line has no colon\nTypes: deb\nURIs: http://b.example/\n"
            + "Suites: b\nComponents: main\n")
        .writeBytes("etc/apt/sources.list.d/binary.list", new byte[] {'d', 'e', 'b', 0, 1});
    assertEquals(List.of(List.of("http://ok.example/debian", "stable"),
            List.of("http://b.example", "b")),
        QueryRows.of(host.connection(), "SELECT base_uri, suite FROM apt_sources"));
    List<String> w = host.warnings("SELECT * FROM apt_sources");
    String all = String.join("\n", w);
    assertEquals(7, w.size(), all);
    for (String expected : List.of("sources.list line 2: no URI and suite",
        "sources.list line 3: not a deb or deb-src entry", "line 4: not a URI",
        "line 5: suite stable without components", "bad.sources stanza at line 1: no Types",
        "bad.sources line 5: not a field", "binary.list: not a text file")) {
      assertTrue(all.contains(expected), expected + " in " + all);
    }
  }

  /** section|option|value of every option of the files, as Python's configparser reads them. */
  private static TreeSet<String> configparser(Path... files) {
    List<String> cmd = new ArrayList<>(List.of("/usr/bin/python3", "-c", """
        import configparser, sys
        for f in sys.argv[1:]:
            p = configparser.RawConfigParser(strict=False)
            p.read(f)
            for s in p.sections():
                for k, v in p.items(s):
                    print(s + '|' + k + '|' + v.replace('\\n', '\\\\n'))
        """));
    for (Path f : files) {
      cmd.add(f.toString());
    }
    TreeSet<String> out = new TreeSet<>();
    for (String line : Commands.run(cmd.toArray(String[]::new)).split("\n")) {
      if (!line.isBlank() && !line.startsWith("main|")) {
        out.add(line);
      }
    }
    return out;
  }

  @Test
  void yumSourcesAreWhatConfigparserReads() throws Exception {
    host.root().write("etc/yum.conf",
        "[main]\ngpgcheck=1\nreposdir=/etc/yum.repos.d, /etc/extra.d\n\n"
            + "[inline]\nname=In yum.conf\nbaseurl=http://inline.example/$basearch\n")
        .write("etc/yum.repos.d/fedora.repo", "# Fedora\n[fedora]\nname=Fedora $releasever\n"
            + "metalink=https://mirrors.fedoraproject.org/metalink?repo=fedora-$releasever\n"
            + "enabled=1\ngpgcheck = 1\ngpgkey=file:///etc/pki/rpm-gpg/RPM-GPG-KEY-fedora\n\n"
            + "[fedora-source]\nname: Fedora Source\nbaseurl=http://a.example/src/\n"
            + "  http://b.example/src/\nenabled=0\n; a comment\n")
        .write("etc/extra.d/epel.repo", "[epel]\nname=EPEL\n"
            + "mirrorlist=https://mirrors.example/epel\nenabled=1\n")
        .write("etc/yum.repos.d/ignored.txt", "[not-a-repo]\nname=x\n");
    Path r = host.root().root();
    TreeSet<String> ours = new TreeSet<>();
    String[] cols = {"name", "baseurl", "mirrorlist", "metalink", "enabled", "gpgcheck",
        "gpgkey"};
    for (List<String> row : QueryRows.of(host.connection(), "SELECT id, " + String.join(", ", cols)
        + " FROM yum_sources")) {
      for (int i = 0; i < cols.length; i++) {
        if (row.get(i + 1) != null) {
          ours.add(row.get(0) + "|" + cols[i] + "|" + row.get(i + 1).replace("\n", "\\n"));
        }
      }
    }
    assertEquals(configparser(r.resolve("etc/yum.conf"),
        r.resolve("etc/yum.repos.d/fedora.repo"), r.resolve("etc/extra.d/epel.repo")), ours);
    assertEquals(List.of(
            List.of("EPEL", r.resolve("etc/extra.d/epel.repo").toString(), "1", ""),
            List.of("In yum.conf", r.resolve("etc/yum.conf").toString(), "", ""),
            List.of("Fedora $releasever", r.resolve("etc/yum.repos.d/fedora.repo").toString(),
                "1", "1"),
            List.of("Fedora Source", r.resolve("etc/yum.repos.d/fedora.repo").toString(), "0",
                "")),
        QueryRows.of(host.connection(),
            "SELECT name, source, enabled, gpgcheck FROM osquery.yum_sources"
            + " ORDER BY source, name"));
    assertEquals(List.of(), host.warnings("SELECT * FROM yum_sources"));
  }

  @Test
  void malformedRepoFilesAreWarningsAndTheRestAreRows() throws Exception {
    host.root().write("etc/yum.repos.d/a.repo", "name=before any section\n[ok]\nname=OK\n"
            + "this is not a setting\n")
        .writeBytes("etc/yum.repos.d/b.repo", new byte[] {'[', 'x', ']', 0});
    assertEquals(List.of(List.of("ok", "OK")),
        QueryRows.of(host.connection(), "SELECT id, name FROM yum_sources"));
    String all = String.join("\n", host.warnings("SELECT * FROM yum_sources"));
    assertTrue(all.contains("a.repo line 1: a setting outside a [section]"), all);
    assertTrue(all.contains("a.repo line 4: not a setting"), all);
    assertTrue(all.contains("b.repo: not a text file"), all);
  }
}
