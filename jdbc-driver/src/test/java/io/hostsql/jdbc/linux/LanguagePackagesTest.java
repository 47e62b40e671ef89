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
 * python_packages against {@code importlib.metadata} (Debian's /usr/bin/python3) over the same
 * site directories, fixture and this machine's; npm_packages against {@code npm ls -g --all
 * --json} over a fixture prefix. Malformed metadata gives rows for what parses and warnings,
 * and a uid filter reads only that user's environments.
 */
class LanguagePackagesTest {
  private static final String IMPORTLIB = """
      import importlib.metadata as md, sys
      for site in sys.argv[1:]:
          for d in md.distributions(path=[site]):
              m = d.metadata
              vals = [m['Name'], m['Version'], m['Summary'], m['Author'] or m['Author-email'],
                      m['License'] or m['License-Expression']]
              print(site + '|' + '|'.join('' if v is None else v.replace('\\n', '\\\\n')
                                          for v in vals))
      """;
  @RegisterExtension
  final FixtureHost host = FixtureHost.withUsers(
      "root:x:0:0:root:/root:/bin/bash",
      "alice:x:1000:1000::/home/alice:/bin/bash",
      "nobody:x:65534:65534::/nonexistent:/usr/sbin/nologin");

  private static TreeSet<String> importlib(List<String> sites) {
    List<String> cmd = new ArrayList<>(List.of("/usr/bin/python3", "-c", IMPORTLIB));
    cmd.addAll(sites);
    TreeSet<String> out = new TreeSet<>();
    for (String line : Commands.run(cmd.toArray(String[]::new)).split("\n")) {
      if (!line.isBlank()) {
        out.add(line);
      }
    }
    return out;
  }

  private static TreeSet<String> ours(Connection c, String where) throws Exception {
    TreeSet<String> out = new TreeSet<>();
    for (List<String> r : QueryRows.of(c, "SELECT directory, name, version, summary, author, "
        + "license FROM osquery.python_packages " + where)) {
      out.add(String.join("|", r).replace("\n", "\\n"));
    }
    return out;
  }

  private static String metadata(String name, String version, String more) {
    return "Metadata-Version: 2.1\nName: " + name + "\nVersion: " + version + "\n" + more;
  }

  private void writePythonFixture() {
    host.root().write("usr/lib/python3/dist-packages/requests-2.28.1.dist-info/METADATA",
            metadata("requests", "2.28.1", "Summary: Python HTTP for Humans.\n"
                + "Author: Kenneth Reitz\nLicense: Apache 2.0\n\nLong: not a header\n"))
        .write("usr/lib/python3/dist-packages/PyGObject-3.42.2.egg-info/PKG-INFO",
            "Metadata-Version: 1.1\nName: PyGObject\nVersion: 3.42.2\n"
                + "Summary: Python bindings for GObject Introspection\n"
                + "Author-email: gnome@example.org\nLicense: GNU LGPL\n")
        .write("usr/lib/python3/dist-packages/six-1.16.0.egg-info",
            metadata("six", "1.16.0", "Summary: Python 2 and 3 compatibility utilities\n"))
        .write("usr/lib/python3/dist-packages/not_a_distribution/__init__.py", "")
        .write("usr/local/lib/python3.11/dist-packages/local_tool-0.1.dist-info/METADATA",
            metadata("local-tool", "0.1", "License-Expression: MIT\n"))
        .write("home/alice/.local/lib/python3.11/site-packages/httpie-3.2.dist-info/METADATA",
            metadata("httpie", "3.2", "Summary: HTTPie: human-friendly HTTP client\n"
                + "Author: Jakub Roztocil\n"))
        .write("home/alice/.pyenv/versions/3.12.1/lib/python3.12/site-packages/"
            + "pip-24.0.dist-info/METADATA", metadata("pip", "24.0", "License: MIT\n"))
        .write("home/alice/.virtualenvs/proj/lib/python3.11/site-packages/"
            + "flask-3.0.dist-info/METADATA", "Metadata-Version: 2.1\r\nName: Flask\r\n"
            + "Version: 3.0\r\nSummary: built on Windows, trailing space \r\n"
            + "License: BSD 3-Clause\r\n        \r\n        Copyright Pallets\r\n"
            + "          indented more\r\n\r\nbody\r\n");
  }

  @Test
  void pythonPackagesAreWhatImportlibFindsInEachSiteDirectory() throws Exception {
    writePythonFixture();
    Path r = host.root().root();
    List<String> system = List.of(r.resolve("usr/local/lib/python3.11/dist-packages")
        .toString(), r.resolve("usr/lib/python3/dist-packages").toString());
    List<String> alice = List.of(r.resolve("home/alice/.local/lib/python3.11/site-packages")
            .toString(),
        r.resolve("home/alice/.pyenv/versions/3.12.1/lib/python3.12/site-packages").toString(),
        r.resolve("home/alice/.virtualenvs/proj/lib/python3.11/site-packages").toString());
    List<String> all = new ArrayList<>(system);
    all.addAll(alice);
    TreeSet<String> expected = importlib(all);
    assertEquals(7, expected.size(), expected.toString());
    assertEquals(expected, ours(host.connection(), ""));
    assertEquals(importlib(alice), ours(host.connection(), "WHERE uid = 1000"));
    assertEquals(importlib(system), ours(host.connection(), "WHERE uid = 0"));
    assertEquals(importlib(List.of(alice.get(1))),
        ours(host.connection(), "WHERE directory = '" + alice.get(1) + "'"));
    assertEquals(List.of(List.of(r.resolve("usr/lib/python3/dist-packages/six-1.16.0.egg-info")
            .toString(), "0")),
        QueryRows.of(host.connection(),
            "SELECT path, uid FROM osquery.python_packages WHERE name = 'six'"));
    assertEquals(List.of(), host.warnings("SELECT * FROM python_packages"));
  }

  @Test
  void thisMachinesSystemSitePackagesAreWhatImportlibFinds() throws Exception {
    try (Connection live = DriverManager.getConnection("jdbc:hostsql:")) {
      TreeSet<String> dirs = new TreeSet<>();
      for (List<String> row : QueryRows.of(live,
          "SELECT DISTINCT directory FROM python_packages WHERE uid = 0")) {
        dirs.add(row.get(0));
      }
      assertTrue(dirs.contains("/usr/lib/python3/dist-packages"), "python3 is installed: "
          + dirs);
      TreeSet<String> expected = importlib(new ArrayList<>(dirs));
      TreeSet<String> ours = ours(live, "WHERE uid = 0");
      TreeSet<String> missing = new TreeSet<>(expected);
      missing.removeAll(ours);
      TreeSet<String> extra = new TreeSet<>(ours);
      extra.removeAll(expected);
      assertEquals(List.of(), new ArrayList<>(missing).subList(0, Math.min(3, missing.size())),
          "importlib's, not ours; ours, not importlib's: " + extra);
      assertEquals(expected.size(), ours.size());
    }
  }

  @Test
  void malformedMetadataGivesWhatParsesAndWarnings() throws Exception {
    StringBuilder big = new StringBuilder(metadata("big", "1.0", "Summary: ten megabytes\n\n"));
    while (big.length() < 10 << 20) {
      big.append("A long description line that goes on and on.\n");
    }
    String site = "usr/lib/python3/dist-packages/";
    host.root().write(site + "trunc-1.0.dist-info/METADATA",
        "Metadata-Version: 2.1\nName: trunc\nVers")
        .write(site + "big-1.0.dist-info/METADATA", big.toString())
        .write(site + "empty-1.0.dist-info/RECORD", "")
        .writeBytes(site + "bin-1.0.dist-info/METADATA", new byte[] {'N', 0, 1, 2})
        .write("home/alice/.local/lib/python3.11/site-packages/ok-1.dist-info/METADATA",
            metadata("ok", "1", ""));
    assertEquals(List.of(List.of("big", "1.0", "ten megabytes"), List.of("ok", "1", ""),
            List.of("trunc", "", "")),
        QueryRows.of(host.connection(),
            "SELECT name, version, summary FROM osquery.python_packages "
            + "ORDER BY name"));
    String w = String.join("\n", host.warnings("SELECT * FROM python_packages"));
    for (String expected : List.of("trunc-1.0.dist-info/METADATA line 3: not a metadata field",
        "trunc-1.0.dist-info/METADATA: no Version", "empty-1.0.dist-info/METADATA: missing",
        "bin-1.0.dist-info/METADATA: not a text file")) {
      assertTrue(w.contains(expected), expected + " in " + w);
    }
    assertEquals(4, w.split("\n").length, w);
    // Alice's environments alone: root's broken system files are not read.
    assertEquals(List.of(), host.warnings("SELECT * FROM python_packages WHERE uid = 1000"));
  }

  /** name@version:depth of every package npm ls -g --all lists for a prefix. */
  private static TreeSet<String> npmLs(Path prefix) {
    String json = Commands.run("npm", "ls", "-g", "--all", "--json", "--prefix",
        prefix.toString());
    String script = """
        import json, sys
        def walk(deps, depth):
            for name, d in (deps or {}).items():
                print(name + '@' + d.get('version', '') + ':' + str(depth))
                walk(d.get('dependencies'), depth + 1)
        walk(json.loads(sys.stdin.read()).get('dependencies'), 0)
        """;
    TreeSet<String> out = new TreeSet<>();
    ProcessBuilder pb = new ProcessBuilder("/usr/bin/python3", "-c", script);
    try {
      java.lang.Process p = pb.start();
      p.getOutputStream().write(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      p.getOutputStream().close();
      for (String line : new String(p.getInputStream().readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          out.add(line);
        }
      }
      assertEquals(0, p.waitFor());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    return out;
  }

  @Test
  void npmPackagesAreWhatNpmListsForTheSamePrefix() throws Exception {
    String nm = "usr/lib/node_modules/";
    host.root().write(nm + "a/package.json", "{\"name\":\"a\",\"version\":\"1.0.0\","
            + "\"author\":{\"name\":\"Ann\",\"email\":\"a@example.org\"},"
            + "\"license\":{\"type\":\"MIT\",\"url\":\"https://example.org/mit\"},"
            + "\"dependencies\":{\"c\":\"^2.0.0\"}}")
        .write(nm + "a/node_modules/c/package.json", "{\"name\":\"c\",\"version\":\"2.1.0\","
            + "\"license\":\"MIT\",\"homepage\":\"https://c.example\","
            + "\"dependencies\":{\"d\":\"1\"}}")
        .write(nm + "a/node_modules/c/node_modules/d/package.json",
            "{\"name\":\"d\",\"version\":\"1.0.1\"}")
        .write(nm + "@sc/b/package.json", "{\"name\":\"@sc/b\",\"version\":\"0.3.0\","
            + "\"description\":\"bee\",\"author\":\"Bo <b@example.org>\"}")
        .write(nm + ".bin/.keep", "");
    TreeSet<String> ours = new TreeSet<>();
    for (List<String> row : QueryRows.of(host.connection(), "SELECT name, version, depth "
        + "FROM osquery.npm_packages")) {
      ours.add(row.get(0) + "@" + row.get(1) + ":" + row.get(2));
    }
    assertEquals(npmLs(host.root().root().resolve("usr")), ours);
    Path lib = host.root().root().resolve("usr/lib");
    assertEquals(List.of(
            List.of("@sc/b", "bee", "Bo <b@example.org>", "", "", lib.toString()),
            List.of("a", "", "Ann", "https://example.org/mit", "", lib.toString()),
            List.of("c", "", "", "MIT", "https://c.example", lib.toString())),
        QueryRows.of(host.connection(),
            "SELECT name, description, author, license, homepage, directory "
            + "FROM osquery.npm_packages WHERE depth < 2 ORDER BY name"));
    assertEquals(List.of(), host.warnings("SELECT * FROM npm_packages"));
  }

  @Test
  void malformedPackageJsonIsAWarningAndUserTreesFollowTheUidFilter() throws Exception {
    host.root().write("usr/lib/node_modules/broken/package.json", "{\"name\": \"broken\", ")
        .write("usr/lib/node_modules/array/package.json", "[1, 2]")
        .write("usr/lib/node_modules/ok/package.json", "{\"name\":\"ok\",\"version\":\"1\"}")
        .write("home/alice/.nvm/versions/node/v20.1.0/lib/node_modules/tsc/package.json",
            "{\"name\":\"typescript\",\"version\":\"5.4.0\"}");
    Path broken = host.root().root().resolve("usr/lib/node_modules/broken/package.json");
    assertEquals(List.of(List.of("", broken.toString()), List.of("ok", host.root().root()
            .resolve("usr/lib/node_modules/ok/package.json").toString())),
        QueryRows.of(host.connection(),
            "SELECT name, path FROM osquery.npm_packages WHERE path NOT LIKE "
            + "'%array%' AND path NOT LIKE '%home%' ORDER BY path"));
    String w = String.join("\n", host.warnings("SELECT * FROM npm_packages"));
    assertTrue(w.contains(broken + ": not JSON"), w);
    assertTrue(w.contains("array/package.json: not a JSON object"), w);
    assertEquals(List.of(List.of("typescript", "1000", host.root().root()
            .resolve("home/alice/.nvm/versions/node/v20.1.0/lib").toString())),
        QueryRows.of(host.connection(),
            "SELECT name, uid, directory FROM npm_packages WHERE uid = 1000"));
    assertEquals(List.of(), host.warnings("SELECT * FROM npm_packages WHERE uid = 1000"));
  }
}
