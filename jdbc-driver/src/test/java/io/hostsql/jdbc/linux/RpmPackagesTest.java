package io.hostsql.jdbc.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.testing.Commands;
import io.hostsql.os.testing.FixtureProc;
import io.hostsql.os.testing.QueryRows;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rpm_packages against rpm itself (Debian's rpm package): two small packages the test builds
 * with rpmbuild are installed with {@code rpm --root} into a fixture root (never the machine's
 * database), and every column of every row is compared with what {@code rpm -qa --qf} prints
 * from the same database. Headers written by hand into that database with sqlite3 (cut short,
 * an entry past the data, a wrong type, a string without its NUL) give warnings and the rows
 * that can be read.
 */
class RpmPackagesTest {
  /** The columns of osquery's view, as rpm's query format prints the tags they come from. */
  private static final String QF = "%{NAME}\\t%{VERSION}\\t%{RELEASE}\\t%{SOURCERPM}\\t"
      + "%{LONGSIZE}\\t%{SHA1HEADER}\\t%{ARCH}\\t%|EPOCH?{%{EPOCH}}:{NULL}|\\t%{INSTALLTIME}\\t"
      + "%|VENDOR?{%{VENDOR}}:{}|\\t%{GROUP}\\n";
  private static final String SELECT = "SELECT name, version, release, source, size, sha1, "
      + "arch, epoch, install_time, vendor, package_group FROM osquery.rpm_packages";

  @TempDir
  static Path built;
  private static Path probe;
  private static Path bare;

  @TempDir
  Path dir;
  private FixtureProc root;
  private Connection c;

  @BeforeAll
  static void buildPackages() throws Exception {
    probe = build("hostsql-probe", """
        Version: 1.2.3
        Release: 4.fixture
        Epoch: 7
        Group: Applications/System
        Vendor: hostsql tests
        """, "hello\n");
    bare = build("hostsql-bare", "Version: 0.9\nRelease: 1\n", "x".repeat(5000));
  }

  /** rpmbuild -bb of a noarch package with one file of the given content. */
  private static Path build(String name, String tags, String content) throws Exception {
    Path top = built.resolve(name);
    Files.createDirectories(top.resolve("SPECS"));
    Files.createDirectories(top.resolve("tmp"));
    Path spec = top.resolve("SPECS/" + name + ".spec");
    Files.writeString(spec, "Name: " + name + "\n" + tags + """
        Summary: A package hostsql's tests install into a fixture root
        License: MIT
        BuildArch: noarch

        %description
        Installed only below a test's temporary directory.

        %install
        mkdir -p %{buildroot}/opt/NAME
        printf '%s' 'CONTENT' > %{buildroot}/opt/NAME/file

        %files
        /opt/NAME/file
        """.replace("NAME", name).replace("CONTENT", content));
    // rpmbuild opens a database to check build dependencies: its own, not the user's ~/.rpmdb.
    Commands.run("rpmbuild", "--quiet", "--define", "_topdir " + top, "--define",
        "_tmppath " + top.resolve("tmp"), "--define", "_dbpath " + top.resolve("db"), "-bb",
        spec.toString());
    try (var s = Files.walk(top.resolve("RPMS"))) {
      return s.filter(p -> p.toString().endsWith(".rpm")).findFirst().orElseThrow();
    }
  }

  @BeforeEach
  void setUp() throws Exception {
    FixtureProc proc = new FixtureProc(dir.resolve("proc"));
    root = new FixtureProc(proc.root().resolve("rootfs"))
        .write("etc/passwd", "root:x:0:0:root:/home/admin:/bin/bash\n");
    c = FixtureConnections.over(proc.root());
  }

  @AfterEach
  void tearDown() throws Exception {
    c.close();
  }

  /** rpm -i --root of the packages into a database directory of the fixture root. */
  private void install(String dbpath, Path... packages) {
    List<String> cmd = new ArrayList<>(List.of("rpm", "--root", root.root().toString(),
        "--dbpath", dbpath, "-i", "--nodeps", "--noscripts"));
    for (Path p : packages) {
      cmd.add(p.toString());
    }
    Commands.run(cmd.toArray(String[]::new));
  }

  private List<String> rpmQa(String dbpath, String... query) {
    List<String> cmd = new ArrayList<>(List.of("rpm", "--root", root.root().toString(),
        "--dbpath", dbpath, "--qf", QF));
    cmd.addAll(List.of(query.length == 0 ? new String[] {"-qa"} : query));
    List<String> out = new ArrayList<>(List.of(Commands.run(cmd.toArray(String[]::new))
        .split("\n")));
    out.sort(null);
    return out;
  }

  private List<String> ours(String where) throws Exception {
    List<String> out = new ArrayList<>();
    for (List<String> r : QueryRows.of(c, SELECT + " " + where)) {
      out.add(String.join("\t", r.stream().map(v -> v == null ? "NULL" : v).toList()));
    }
    out.sort(null);
    return out;
  }

  private List<String> warnings(String sql) throws Exception {
    return FixtureConnections.warnings(c, sql);
  }

  @Test
  void everyColumnOfEveryPackageIsWhatRpmQueries() throws Exception {
    install("/var/lib/rpm", probe, bare);
    List<String> expected = rpmQa("/var/lib/rpm");
    assertEquals(2, expected.size(), expected.toString());
    assertTrue(expected.get(1).contains("\t7\t"), expected.get(1)); // the probe's epoch
    assertTrue(expected.get(0).contains("\tNULL\t"), expected.get(0)); // no epoch
    assertEquals(expected, ours(""));
    assertEquals(rpmQa("/var/lib/rpm", "-q", "hostsql-bare"),
        ours("WHERE name = 'hostsql-bare'"));
    assertEquals(List.of(), ours("WHERE name = 'no-such-package'"));
    assertEquals(List.of(List.of(root.root().resolve("var/lib/rpm/rpmdb.sqlite").toString())),
        QueryRows.of(c, "SELECT DISTINCT database FROM rpm_packages"));
    assertEquals(List.of(), warnings("SELECT * FROM rpm_packages"));
  }

  @Test
  void theDbpathMacroNamesTheDatabase() throws Exception {
    install("/usr/lib/sysimage/rpm", probe);
    install("/var/lib/rpm", bare);
    root.write("usr/lib/rpm/macros", "%_usr\t\t\t/usr\n%_var\t\t\t/var\n"
        + "%_dbpath\t\t%{_var}/lib/rpm\n");
    assertEquals(rpmQa("/var/lib/rpm"), ours(""));
    // A later file wins, as in rpm: a distribution's macros.d, then /etc/rpm.
    root.write("usr/lib/rpm/macros.d/macros.dbpath", "%_dbpath %{_usr}/lib/sysimage/rpm\n");
    assertEquals(rpmQa("/usr/lib/sysimage/rpm"), ours(""));
    root.write("etc/rpm/macros", "# the administrator's\n%_dbpath /var/lib/rpm\n");
    assertEquals(rpmQa("/var/lib/rpm"), ours(""));
    // Debian's rpm: a shell expression for each user's ~/.rpmdb, never run; root's is read.
    Files.delete(root.root().resolve("etc/rpm/macros"));
    Files.delete(root.root().resolve("usr/lib/rpm/macros.d/macros.dbpath"));
    root.write("usr/lib/rpm/macros", "%_dbpath\t\t%(bash -c 'echo ~/.rpmdb')\n");
    install("/home/admin/.rpmdb", probe, bare);
    assertEquals(rpmQa("/home/admin/.rpmdb"), ours(""));
    assertEquals(List.of(), warnings("SELECT * FROM rpm_packages"));
  }

  @Test
  void noDatabaseIsNoRowsAndNoWarning() throws Exception {
    Files.createDirectories(root.root().resolve("var/lib/rpm"));
    assertEquals(List.of(), ours(""));
    assertEquals(List.of(), warnings("SELECT * FROM rpm_packages"));
  }

  @Test
  void berkeleyDbAloneIsAWarning() throws Exception {
    root.writeBytes("var/lib/rpm/Packages", new byte[4096]);
    assertEquals(List.of(), ours(""));
    List<String> w = warnings("SELECT * FROM rpm_packages");
    assertEquals(1, w.size(), w.toString());
    assertTrue(w.get(0).contains("Berkeley DB") && w.get(0).contains("var/lib/rpm"), w.get(0));
  }

  @Test
  void aFileThatIsNotADatabaseIsAWarning() throws Exception {
    root.write("var/lib/rpm/rpmdb.sqlite", "not a database, though named like one\n");
    assertEquals(List.of(), ours(""));
    List<String> w = warnings("SELECT * FROM rpm_packages");
    assertEquals(1, w.size(), w.toString());
    assertTrue(w.get(0).contains("rpmdb.sqlite: cannot be read"), w.get(0));
  }

  @Test
  void damagedHeadersAreWarningsBesideTheRowsThatRead() throws Exception {
    install("/var/lib/rpm", probe);
    List<String> good = rpmQa("/var/lib/rpm");
    Path db = root.root().resolve("var/lib/rpm/rpmdb.sqlite");
    byte[] pastData = header(new int[][] {{1000, 6, 0, 1}, {1001, 6, 900, 1}}, "past\0");
    byte[] wrongType = header(new int[][] {{1000, 4, 0, 1}, {1001, 6, 4, 1}}, "\0\0\0\1v1\0");
    byte[] noNul = header(new int[][] {{1000, 6, 0, 1}, {1001, 6, 6, 1}}, "nonul\0v2");
    byte[] misaligned = header(new int[][] {{1000, 6, 0, 1}, {1003, 4, 2, 1}},
        "m\0\0\0\0\0\0\7");
    byte[] cut = java.util.Arrays.copyOf(header(new int[][] {{1000, 6, 0, 1}}, "cut\0"), 20);
    byte[] tiny = {0, 0, 0};
    byte[] hugeIndex = {0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0, 0, 0, 0};
    byte[] bigEpoch = header(new int[][] {{1000, 6, 0, 1}, {1003, 4, 4, 1}},
        "big\0\u00ff\u00ff\u00ff\u00ff");
    StringBuilder sql = new StringBuilder("BEGIN;");
    for (byte[] b : List.of(pastData, wrongType, noNul, misaligned, cut, tiny, hugeIndex,
        bigEpoch)) {
      sql.append("INSERT INTO Packages(blob) VALUES (X'")
          .append(HexFormat.of().formatHex(b)).append("');");
    }
    Commands.run("sqlite3", db.toString(), sql.append("COMMIT;").toString());
    List<String> expected = new ArrayList<>(good);
    // osquery's view: '' for a text tag that could not be read, NULL for a number.
    for (String name : List.of("past", "", "nonul", "m", "big")) {
      expected.add(name + (name.isEmpty() ? "\tv1" : "\t") + "\t\t\tNULL\t\t\tNULL\tNULL\t\t");
    }
    expected.sort(null);
    assertEquals(expected, ours(""));
    // name = 'x' goes through rpm's Name index, as rpm -q does: headers written past rpm are
    // not in it; a filter the index cannot answer reads every header.
    assertEquals(List.of(), QueryRows.of(c, "SELECT name FROM rpm_packages WHERE name = 'past'"));
    assertEquals(List.of(List.of("past")),
        QueryRows.of(c, "SELECT name FROM rpm_packages WHERE name LIKE 'pas%'"));
    // An unsigned 32-bit EPOCH past osquery's INTEGER: NULL in the view (above), whole here.
    assertEquals(List.of(List.of("4294967295")),
        QueryRows.of(c, "SELECT epoch FROM rpm_packages WHERE name LIKE 'big'"));
    List<String> w = warnings("SELECT * FROM rpm_packages");
    String all = String.join("\n", w);
    assertEquals(7, w.size(), all);
    String at = db + " package ";
    assertTrue(all.contains(at + "2: VERSION: string at 900 outside the 5 data bytes"), all);
    assertTrue(all.contains(at + "3: NAME: type 4 where a string was expected"), all);
    assertTrue(all.contains(at + "4: VERSION: string at 6 runs past the data without its NUL"),
        all);
    assertTrue(all.contains(at + "5: EPOCH: number at 2 not aligned to 4 bytes"), all);
    assertTrue(all.contains(at + "6: header cut short"), all);
    assertTrue(all.contains(at + "7: header of 3 bytes, too short"), all);
    assertTrue(all.contains(at + "8: not an rpm header (2147483647 index entries"), all);
  }

  @Test
  void aDatabaseWithoutRpmsNameIndexIsReadWhole() throws Exception {
    Path db = root.root().resolve("var/lib/rpm/rpmdb.sqlite");
    Files.createDirectories(db.getParent());
    byte[] solo = header(new int[][] {{1000, 6, 0, 1}, {1001, 6, 5, 1}, {1002, 6, 7, 1}},
        "solo\0" + "1\0" + "2\0");
    Commands.run("sqlite3", db.toString(), "CREATE TABLE Packages (hnum INTEGER PRIMARY KEY "
        + "AUTOINCREMENT, blob BLOB NOT NULL); INSERT INTO Packages(blob) VALUES (X'"
        + HexFormat.of().formatHex(solo) + "');");
    assertEquals(List.of("solo\t1\t2\t\tNULL\t\t\tNULL\tNULL\t\t"),
        ours("WHERE name = 'solo'"));
    assertEquals(List.of(), warnings("SELECT * FROM rpm_packages WHERE name = 'solo'"));
  }

  /** A header blob as rpm stores it: entry and data counts, the entries, the data store. */
  private static byte[] header(int[][] entries, String data) {
    byte[] store = data.getBytes(StandardCharsets.ISO_8859_1);
    ByteBuffer b = ByteBuffer.allocate(8 + 16 * entries.length);
    b.putInt(entries.length).putInt(store.length);
    for (int[] e : entries) {
      b.putInt(e[0]).putInt(e[1]).putInt(e[2]).putInt(e[3]);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(b.array());
    out.writeBytes(store);
    return out.toByteArray();
  }
}
