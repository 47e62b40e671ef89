package io.hostsql.calcite.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.calcite.OsConnections;
import io.hostsql.calcite.OsSchema;
import io.hostsql.os.files.FileDigests;
import io.hostsql.os.linux.ProcFs;
import io.hostsql.os.testing.Commands;
import java.io.RandomAccessFile;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.calcite.jdbc.CalciteConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * files and file_hashes against find, stat and the coreutils digests, on a fixture tree this
 * test builds: links (dangling, a loop, one to a directory above), a hard link, a FIFO, a
 * socket, an empty file, names with spaces, a newline and bytes that are not UTF-8.
 */
class FilesTablesTest {
  @TempDir
  static Path tmp;
  static Path root;
  static ServerSocketChannel socket;
  static Connection c;

  @BeforeAll
  static void build() throws Exception {
    root = Files.createDirectory(tmp.resolve("tree"));
    Files.writeString(root.resolve("a.txt"), "hello\n");
    Files.createFile(root.resolve("empty"));
    Files.writeString(root.resolve("with space"), "x");
    Files.writeString(root.resolve("new\nline"), "y");
    Files.writeString(root.resolve(".hidden"), "h");
    Files.createLink(root.resolve("hard"), root.resolve("a.txt"));
    Files.createSymbolicLink(root.resolve("link"), Path.of("a.txt"));
    Files.createSymbolicLink(root.resolve("dangling"), Path.of("no-such-file"));
    Files.createSymbolicLink(root.resolve("loop1"), Path.of("loop2"));
    Files.createSymbolicLink(root.resolve("loop2"), Path.of("loop1"));
    Path sub = Files.createDirectories(root.resolve("sub/deep"));
    Files.writeString(sub.resolve("f"), "deep");
    Files.writeString(root.resolve("sub/.dot"), "dot");
    Files.createSymbolicLink(root.resolve("sub/up"), Path.of(".."));
    Commands.run("mkfifo", root.resolve("fifo").toString());
    socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    socket.bind(UnixDomainSocketAddress.of(root.resolve("sock")));
    Commands.run("sh", "-c", "touch \"$1/$(printf 'bad\\377name')\"", "sh", root.toString());
    c = LinuxConnections.open(ProcFs.system());
    io.hostsql.calcite.osquery.OsqueryViews.register(
        c.unwrap(CalciteConnection.class).getRootSchema());
  }

  @AfterAll
  static void close() throws Exception {
    socket.close();
    c.close();
  }

  private static OsSchema schema() throws SQLException {
    return c.unwrap(CalciteConnection.class).getRootSchema().getSubSchema(OsSchema.NAME)
        .unwrap(OsSchema.class);
  }

  private static List<List<Object>> rows(String sql, Object... params) throws SQLException {
    return OsConnections.rows(c, sql, params);
  }

  private static String q(Path p) {
    return p.toString().replace("'", "''");
  }

  /** find's records, NUL-separated fields of '\0'-terminated records. */
  private static List<String[]> find(String... args) {
    List<String> cmd = new ArrayList<>(List.of("find"));
    cmd.addAll(List.of(args));
    String out = Commands.run(cmd.toArray(new String[0]));
    List<String[]> records = new ArrayList<>();
    for (String rec : out.split("\0\0", -1)) {
      if (!rec.isEmpty()) {
        records.add(rec.split("\0", -1));
      }
    }
    return records;
  }

  @Test
  void recursivePatternFindsWhatFindFindsAsOsqueryMarksIt() throws Exception {
    // find lists every entry without following links; osquery's glob (the first level)
    // skips names starting with '.', and marks what is a directory, links followed, with '/'.
    TreeSet<String> expected = new TreeSet<>();
    for (String[] r : find(root.toString(), "-mindepth", "1", "-printf", "%p\\0%d\\0%Y\\0\\0")) {
      String name = r[0].substring(r[0].lastIndexOf('/') + 1);
      if (r[1].equals("1") && name.startsWith(".")) {
        continue;
      }
      expected.add(r[2].equals("d") ? r[0] + "/" : r[0]);
    }
    // find does not enter a link to a directory (sub/up -> ..); nor does the walk, which
    // lists the link itself, marked as a directory.
    TreeSet<String> actual = new TreeSet<>();
    for (List<Object> r : rows("SELECT path FROM files WHERE path LIKE '" + q(root) + "/%%'")) {
      actual.add((String) r.get(0));
    }
    assertEquals(expected, actual);
    assertTrue(actual.contains(root + "/bad\uFFFDname"), actual.toString());
    assertTrue(actual.contains(root + "/sub/.dot") && actual.contains(root + "/sub/up/"));
  }

  @Test
  void aRecursiveWalkGivesByteOrderWithoutDuplicates() throws Exception {
    // Names that sort around '/' ('-' and '.' below it, '0' above, bytes above 0x7f last):
    // osquery's std::set puts "lib-x" before "lib/" and "lib/..." before "lib0".
    Path order = Files.createDirectory(tmp.resolve("order"));
    for (String d : List.of("lib/b", "lib/b-", "lib-x", "Z/z")) {
      Files.createDirectories(order.resolve(d));
    }
    for (String f : List.of("lib.x", "lib0", "lib x", "lib/a", "lib/b/c", "lib/b-/d",
        "lib-x/e", "a")) {
      Files.writeString(order.resolve(f), f);
    }
    // "\u00e9t\u00e9" in UTF-8, made by the shell whatever the JVM's file name encoding.
    Commands.run("sh", "-c", "d=\"$1/$(printf '\\303\\251t\\303\\251')\"; mkdir \"$d\" && touch "
        + "\"$d/f\"", "sh", order.toString());
    Files.createSymbolicLink(order.resolve("ln"), Path.of("lib"));
    // find marks what is a directory, links followed (-xtype d), as glob's GLOB_MARK; sort
    // in the C locale orders by bytes.
    String sorted = Commands.run("sh", "-c", "find \"$1\" -mindepth 1 \\( -xtype d -printf "
        + "'%p/\\0' \\) -o -printf '%p\\0' | LC_ALL=C sort -z", "sh", order.toString());
    List<String> expected = List.of(sorted.split("\0"));
    List<String> actual = new ArrayList<>();
    // Two patterns, the second's paths all among the first's: each path once.
    for (List<Object> r : rows("SELECT path FROM files WHERE path LIKE '" + q(order)
        + "/%%' OR path LIKE '" + q(order) + "/lib/%%'")) {
      actual.add((String) r.get(0));
    }
    assertEquals(expected, actual);
  }

  @Test
  void aWalkLongerThanWhatTheCallerReadsKeepsFindsOrder() throws Exception {
    // 40 directories of 100 files: past the paths read on the caller's thread, the rest come
    // from the walk's helper thread (io.hostsql.os.files.ReadAhead), in the same order.
    Path big = Files.createDirectory(tmp.resolve("long"));
    for (int d = 0; d < 40; d++) {
      Path dir = Files.createDirectory(big.resolve("d" + d));
      for (int f = 0; f < 100; f++) {
        Files.createFile(dir.resolve("f" + f));
      }
    }
    String sorted = Commands.run("sh", "-c", "find \"$1\" -mindepth 1 \\( -type d -printf "
        + "'%p/\\0' \\) -o -printf '%p\\0' | LC_ALL=C sort -z", "sh", big.toString());
    List<String> actual = new ArrayList<>();
    for (List<Object> r : rows("SELECT path FROM files WHERE path LIKE '" + q(big) + "/%%'")) {
      actual.add((String) r.get(0));
    }
    assertEquals(List.of(sorted.split("\0")), actual);
    assertEquals(4040, actual.size());
  }

  @Test
  void aLimitStopsTheWalk() throws Exception {
    // Rows come as directories are read: the first two paths below root (a.txt and the
    // badly encoded name) need root's listing only, not sub's or sub/deep's.
    List<String> listed = new CopyOnWriteArrayList<>();
    schema().fileTree().setListingListener(listed::add);
    try {
      assertEquals(2, rows("SELECT path FROM files WHERE path LIKE '" + q(root)
          + "/%%' LIMIT 2").size());
      assertEquals(List.of(root.toString()), listed);
    } finally {
      schema().fileTree().setListingListener(null);
    }
  }

  @Test
  void columnsAgreeWithStat() throws Exception {
    // stat -L follows links as osquery's file table does; a link that cannot be followed is
    // described by stat without -L. %F names the type in words; osquery's names are mapped.
    Map<String, String> typeNames = Map.of("regular file", "regular", "regular empty file",
        "regular", "directory", "directory", "symbolic link", "symlink", "fifo", "fifo",
        "socket", "socket", "character special file", "character",
        "block special file", "block");
    List<List<Object>> rows = rows("SELECT path, inode, uid, gid, mode, device, size, "
        + "block_size, atime, mtime, ctime, hard_links, symlink, type, symlink_target_path, "
        + "filename, directory, btime FROM files WHERE directory = '" + q(root) + "'");
    assertEquals(find(root.toString(), "-mindepth", "1", "-maxdepth", "1", "-printf",
        "%p\\0\\0").size(), rows.size());
    int checked = 0;
    for (List<Object> r : rows) {
      String path = (String) r.get(0);
      if (path.contains("\uFFFD")) {
        continue;  // stat cannot be handed that name through Java
      }
      String fmt = "%i\n%u\n%g\n%04a\n%r\n%s\n%o\n%X\n%Y\n%Z\n%h\n%F\n%W";
      Commands.Result followed = Commands.runAllowingFailure("stat", "-L", "--printf", fmt,
          path);
      boolean broken = followed.exitCode() != 0;
      String[] s = (broken ? Commands.run("stat", "--printf", fmt, path) : followed.stdout())
          .split("\n", -1);
      String link = Files.isSymbolicLink(Path.of(path))
          ? Files.readSymbolicLink(Path.of(path)).toString() : null;
      List<Object> expected = List.of(path, Long.valueOf(s[0]), Long.valueOf(s[1]),
          Long.valueOf(s[2]), s[3], Long.valueOf(s[4]), Long.valueOf(s[5]),
          Integer.valueOf(s[6]), Long.valueOf(s[7]), Long.valueOf(s[8]), Long.valueOf(s[9]),
          Integer.valueOf(s[10]), link != null ? 1 : 0,
          broken ? (path.endsWith("dangling") ? "unknown" : "error") : typeNames.get(s[11]),
          String.valueOf(link), path.substring(path.lastIndexOf('/') + 1), root.toString(),
          Long.valueOf(s[12]));
      List<Object> actual = new ArrayList<>(r);
      actual.set(14, String.valueOf(actual.get(14)));
      if (broken) {
        // Reading a link's text (the query's readlink, then stat's) sets the link's atime.
        actual.set(8, expected.get(8));
      }
      assertEquals(expected, actual, path);
      checked++;
    }
    assertEquals(rows.size() - 1, checked);
  }

  @Test
  void aPathIsStatedAsGivenAndItsParentIsTheDirectory() throws Exception {
    String a = root + "/a.txt";
    assertEquals(List.of(List.of(a, root.toString(), "a.txt", 6L)),
        rows("SELECT path, directory, filename, size FROM files WHERE path = ?", a));
    // Sorted and deduplicated as osquery's std::set of paths; a missing path gives no row.
    assertEquals(List.of(List.of(a, 6L), List.of(root + "/empty", 0L)),
        rows("SELECT path, size FROM files WHERE path IN ('" + a + "', '" + root + "/empty', '"
            + root + "/missing')"));
    // osquery's view: btime 0 on Linux, the rest as os.files.
    assertEquals(List.of(List.of(a, 0L, "0644")), rows("SELECT path, btime, mode FROM "
        + "osquery.file WHERE path = '" + a + "'").stream().map(r -> List.of(r.get(0),
            r.get(1), "0" + r.get(2).toString().substring(1))).toList());
  }

  @Test
  void onlyTheDirectoriesAPatternNeedsAreListed() throws Exception {
    List<String> listed = new CopyOnWriteArrayList<>();
    schema().fileTree().setListingListener(listed::add);
    try {
      rows("SELECT path FROM files WHERE path LIKE '/etc/%'");
      assertEquals(List.of("/"), listedAbove(listed, "/"));
      assertEquals(List.of("/etc"), listed);
      listed.clear();
      rows("SELECT count(*) FROM files WHERE path = '/etc/passwd'");
      assertEquals(List.of(), listed);
      rows("SELECT count(*) FROM files WHERE directory = '" + q(root) + "'");
      assertEquals(List.of(root.toString()), listed);
      listed.clear();
      rows("SELECT count(*) FROM files WHERE path LIKE '" + q(root) + "/sub/%%'");
      assertEquals(new TreeSet<>(List.of(root + "/sub", root + "/sub/deep")),
          new TreeSet<>(listed));
    } finally {
      schema().fileTree().setListingListener(null);
    }
  }

  private static List<String> listedAbove(List<String> listed, String root) {
    return listed.stream().filter(root::equals).toList().isEmpty() ? List.of("/") : List.of();
  }

  @Test
  void aQueryWithoutAPathOrDirectoryConstraintFailsAtOnce() {
    for (String sql : new String[] {"SELECT * FROM files", "SELECT * FROM files WHERE size > 0",
        "SELECT md5 FROM file_hashes WHERE path = '/etc/passwd' OR size > 0".replace(
            " OR size > 0", " OR md5 = ''"), "SELECT * FROM osquery.file"}) {
      SQLException e = assertThrows(SQLException.class, () -> rows(sql));
      String m = messages(e);
      assertTrue(m.contains("needs a constraint naming the files") && m.contains("path ="),
          sql + ": " + m);
    }
  }

  @Test
  void filesThatVanishWhileBeingReadDropOut() throws Exception {
    Path v = Files.createDirectory(tmp.resolve("vanishing"));
    for (int i = 0; i < 50; i++) {
      Files.writeString(v.resolve("f" + i), "x");
    }
    int n = 0;
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT path, size FROM files WHERE directory = '"
             + q(v) + "'")) {
      assertTrue(rs.next());
      n++;
      try (var list = Files.list(v)) {
        for (Path p : list.toList()) {
          if (!p.toString().equals(rs.getString(1))) {
            Files.delete(p);
          }
        }
      }
      while (rs.next()) {
        n++;
      }
    }
    assertTrue(n < 50, n + " rows");
  }

  @Test
  void aHundredThousandFilesInOneDirectory() throws Exception {
    Path big = Files.createDirectory(tmp.resolve("big"));
    for (int i = 0; i < 100_000; i++) {
      Files.createFile(big.resolve("f" + i));
    }
    assertEquals(List.of(List.of(100_000L)),
        rows("SELECT count(*) FROM files WHERE directory = '" + q(big) + "'"));
    assertEquals(List.of(List.of(100_000L, 0L)),
        rows("SELECT count(*), sum(size) FROM files WHERE path LIKE '" + q(big) + "/%'"));
    assertEquals(List.of(List.of(big + "/f99999")),
        rows("SELECT path FROM files WHERE path LIKE '" + q(big) + "/%' AND filename = "
            + "'f99999'"));
  }

  @Test
  void hashesAgreeWithCoreutilsAndAreComputedOncePerVersion() throws Exception {
    Path h = Files.createDirectory(tmp.resolve("hashes"));
    Random random = new Random(18);
    List<Path> files = new ArrayList<>();
    for (int size : new int[] {0, 1, 65535, 65536, 65537}) {
      byte[] b = new byte[size];
      random.nextBytes(b);
      files.add(Files.write(h.resolve("r" + size), b));
    }
    Path sparse = h.resolve("sparse");
    try (RandomAccessFile f = new RandomAccessFile(sparse.toFile(), "rw")) {
      f.setLength(1L << 30);
      f.seek(123_456_789);
      f.write("not all zeros".getBytes(StandardCharsets.US_ASCII));
    }
    files.add(sparse);
    Map<String, List<Object>> expected = new TreeMap<>();
    for (Path p : files) {
      expected.put(p.toString(), new ArrayList<>(List.of(p.toString())));
    }
    for (String tool : new String[] {"md5sum", "sha1sum", "sha256sum"}) {
      List<String> cmd = new ArrayList<>(List.of(tool));
      files.forEach(p -> cmd.add(p.toString()));
      for (String line : Commands.run(cmd.toArray(new String[0])).split("\n")) {
        String[] f = line.split("  ", 2);
        expected.get(f[1]).add(f[0]);
      }
    }
    List<String> reads = new CopyOnWriteArrayList<>();
    FileDigests.setReadListener(reads::add);
    try {
      String sql = "SELECT path, md5, sha1, sha256 FROM file_hashes WHERE directory = '"
          + q(h) + "' ORDER BY path";
      assertEquals(new ArrayList<>(expected.values()), rows(sql));
      assertEquals(files.size(), reads.size());
      assertEquals(new ArrayList<>(expected.values()), rows(sql));
      assertEquals(files.size(), reads.size(), "a second query reads nothing again");
      Files.writeString(files.get(1), "changed");
      assertEquals(List.of(List.of(Commands.run("sha256sum", files.get(1).toString())
          .split(" ")[0])), rows("SELECT sha256 FROM osquery.hash WHERE path = '"
              + files.get(1) + "'"));
      assertEquals(files.size() + 1, reads.size());
      reads.clear();
      rows("SELECT path, directory FROM file_hashes WHERE directory = '" + q(h) + "'");
      assertEquals(List.of(), reads, "no digest selected, no file read");
    } finally {
      FileDigests.setReadListener(null);
    }
  }

  @Test
  void hashSkipsWhatIsNotARegularFileAndFollowsLinks() throws Exception {
    List<List<Object>> rows = rows("SELECT path FROM file_hashes WHERE directory = '" + q(root)
        + "' ORDER BY path");
    List<String> paths = rows.stream().map(r -> (String) r.get(0)).toList();
    assertTrue(paths.contains(root + "/link") && paths.contains(root + "/a.txt"), paths.toString());
    for (String no : new String[] {"/fifo", "/sock", "/sub", "/dangling", "/loop1"}) {
      assertFalse(paths.contains(root + no), no);
    }
    String sha = Commands.run("sha256sum", root + "/a.txt").split(" ")[0];
    assertEquals(List.of(List.of(sha)), rows("SELECT sha256 FROM file_hashes WHERE path = '"
        + root + "/link'"));
  }

  static String messages(Throwable e) {
    StringBuilder b = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      b.append(t.getMessage()).append('\n');
    }
    return b.toString();
  }

}
