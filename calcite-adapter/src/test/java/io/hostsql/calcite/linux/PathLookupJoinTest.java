package io.hostsql.calcite.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.calcite.OsConnections;
import io.hostsql.calcite.OsSchema;
import io.hostsql.os.files.FileDigests;
import io.hostsql.os.linux.ProcFs;
import io.hostsql.os.testing.Commands;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.calcite.jdbc.CalciteConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A path handed to the file tables by a join, as osquery's packs write it ({@code processes
 * JOIN hash ON p.path = h.path}, {@code USING (path)}, a list of paths joined to {@code file}):
 * each path the driving side gives is read alone, no directory is listed, and the rows agree
 * with /proc/PID/exe, sha256sum and stat.
 */
class PathLookupJoinTest {
  @TempDir
  static Path tmp;
  static Connection c;
  static Process child;
  static Path exe;

  @BeforeAll
  static void open() throws Exception {
    // A process whose executable no other process has: its row must carry that file's digest.
    exe = tmp.resolve("lookup sleeper");
    Files.copy(Path.of("/bin/sleep"), exe);
    exe.toFile().setExecutable(true);
    child = new ProcessBuilder(exe.toString(), "600").start();
    c = LinuxConnections.openWithOsquery(ProcFs.system());
  }

  @AfterAll
  static void close() throws Exception {
    child.destroy();
    child.waitFor();
    c.close();
  }

  private static OsSchema schema() throws SQLException {
    return c.unwrap(CalciteConnection.class).getRootSchema().getSubSchema(OsSchema.NAME)
        .unwrap(OsSchema.class);
  }

  /** Each process's executable as /proc/PID/exe links to it, for processes that have one. */
  private static Map<Long, String> exes() throws IOException {
    Map<Long, String> out = new TreeMap<>();
    try (var dirs = Files.list(Path.of("/proc"))) {
      for (Path d : dirs.toList()) {
        String name = d.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit)) {
          continue;
        }
        try {
          out.put(Long.parseLong(name), Files.readSymbolicLink(d.resolve("exe")).toString());
        } catch (IOException e) {
          // a kernel thread, a process gone, or one this user may not look at
        }
      }
    }
    return out;
  }

  /** The query's rows, with the directories listed and the files digested while it ran. */
  private record Run(List<List<Object>> rows, List<String> listed, List<String> digested) {
  }

  private static Run run(String sql, Object... params) throws SQLException {
    List<String> listed = new CopyOnWriteArrayList<>();
    List<String> digested = new CopyOnWriteArrayList<>();
    schema().fileTree().setListingListener(listed::add);
    FileDigests.setReadListener(digested::add);
    try {
      return new Run(OsConnections.rows(c, sql, params), listed, digested);
    } finally {
      schema().fileTree().setListingListener(null);
      FileDigests.setReadListener(null);
    }
  }

  @Test
  void processesJoinHashOnPathDigestsEachExecutableOnceAndListsNoDirectory() throws Exception {
    Map<Long, String> before = exes();
    Set<String> digestedBefore = new TreeSet<>();
    for (String sql : new String[] {
        "SELECT p.pid, h.path, h.sha256 FROM osquery.processes p JOIN osquery.hash h "
            + "ON p.path = h.path",
        "SELECT p.pid, path, h.sha256 FROM osquery.processes p JOIN osquery.hash h "
            + "USING (path);"}) {
      Run r = run(sql);
      Map<Long, String> after = exes();
      assertEquals(List.of(), r.listed(), sql + ": no directory is listed");
      Map<String, String> sha = new HashMap<>();
      Map<Long, String> got = new TreeMap<>();
      for (List<Object> row : r.rows()) {
        got.put((Long) row.get(0), (String) row.get(1));
        sha.put((String) row.get(1), (String) row.get(2));
      }
      // Every executable digested once, though many processes share one; the second query
      // finds the digests in the connection's cache.
      assertEquals(new TreeSet<>(r.digested()).size(), r.digested().size(), sql);
      assertTrue(sha.keySet().containsAll(r.digested()), sql);
      if (digestedBefore.isEmpty()) {
        assertEquals(new TreeSet<>(sha.keySet()), new TreeSet<>(r.digested()), sql);
      }
      digestedBefore.addAll(r.digested());
      List<String> paths = new ArrayList<>(sha.keySet());
      List<String> cmd = new ArrayList<>(List.of("sha256sum", "--"));
      cmd.addAll(paths);
      Map<String, String> expected = new HashMap<>();
      for (String line : Commands.run(cmd.toArray(new String[0])).split("\n")) {
        String[] f = line.split("  ", 2);
        expected.put(f[1], f[0]);
      }
      assertEquals(expected, sha, sql);
      // The processes alive throughout, with the same executable before and after, are the
      // join's rows, less those whose executable is gone (" (deleted)").
      Map<Long, String> expectedRows = new TreeMap<>();
      for (Map.Entry<Long, String> e : before.entrySet()) {
        if (e.getValue().equals(after.get(e.getKey()))
            && Files.isRegularFile(Path.of(e.getValue()))) {
          expectedRows.put(e.getKey(), e.getValue());
        }
      }
      Set<Long> steady = expectedRows.keySet();
      Map<Long, String> gotSteady = new TreeMap<>(got);
      gotSteady.keySet().retainAll(steady);
      assertEquals(expectedRows, gotSteady, sql);
      assertEquals(exe.toString(), got.get(child.pid()), sql);
      assertTrue(steady.size() > 3, steady.toString());
      before = after;
    }
  }

  private static String text(Path p) {
    return "CAST('" + p.toString().replace("'", "''") + "' AS VARCHAR)";
  }

  @Test
  void aListOfPathsJoinedToFileIsStatedPathByPath() throws Exception {
    Path a = Files.writeString(tmp.resolve("a"), "12345");
    Path b = Files.writeString(tmp.resolve("b b"), "1234567");
    // VARCHAR literals: Calcite pads a VALUES list of CHAR literals to the longest.
    String sql = "SELECT v.p, f.size, f.inode, f.type FROM (VALUES (" + text(a) + "), ("
        + text(b) + "), (" + text(tmp.resolve("missing")) + "), (" + text(tmp) + ")) AS v(p) "
        + "JOIN osquery.file f ON f.path = v.p ORDER BY v.p";
    Run r = run(sql);
    assertEquals(List.of(), r.listed());
    List<List<Object>> expected = new ArrayList<>();
    for (Path p : new Path[] {tmp, a, b}) {
      String[] st = Commands.run("stat", "-c", "%s %i %F", p.toString()).trim().split(" ", 3);
      expected.add(List.of(p.toString(), Long.parseLong(st[0]), Long.parseLong(st[1]),
          st[2].equals("directory") ? "directory" : "regular"));
    }
    expected.sort((x, y) -> ((String) x.get(0)).compareTo((String) y.get(0)));
    assertEquals(expected, r.rows());
    // A LEFT JOIN keeps the path that names nothing, and a semi join reads the listed paths.
    Run left = run("SELECT v.p, f.size FROM (VALUES (" + text(a) + "), ("
        + text(tmp.resolve("missing")) + ")) AS v(p) LEFT JOIN osquery.file f ON f.path = v.p "
        + "ORDER BY v.p");
    assertEquals(List.of(List.of(a.toString(), 5L), java.util.Arrays.asList(tmp + "/missing",
        null)), left.rows());
    Run semi = run("SELECT path, size FROM osquery.file WHERE path IN (SELECT p FROM (VALUES ("
        + text(b) + "), (" + text(tmp.resolve("missing")) + ")) AS v(p))");
    assertEquals(List.of(List.of(b.toString(), 7L)), semi.rows());
    assertEquals(List.of(), semi.listed());
  }

  @Test
  void withoutAPathFromTheJoinTheQueryIsStillRefused() {
    SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
        () -> OsConnections.rows(c, "SELECT p.pid FROM osquery.processes p JOIN osquery.hash h "
            + "ON p.name = h.directory"));
    assertTrue(FilesTablesTest.messages(e).contains("needs a constraint naming the files"),
        FilesTablesTest.messages(e));
  }
}
