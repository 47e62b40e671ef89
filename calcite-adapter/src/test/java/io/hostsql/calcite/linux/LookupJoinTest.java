package io.hostsql.calcite.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.calcite.OsConnections;
import io.hostsql.os.linux.ProcFs;
import io.hostsql.os.testing.LiveBounds;
import io.hostsql.os.testing.QueryRows;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Joins on pid planned as lookups: the same rows as the plain plan, and only the driving
 * side's processes read.
 */
class LookupJoinTest {
  private static final long SELF = ProcessHandle.current().pid();
  private static final List<java.lang.Process> CHILDREN = new ArrayList<>();

  /**
   * The command name of the one child the name-filtered join must find; with this JVM's pid in
   * it (14 characters at most, under comm's 15), as other builds may run this test at once.
   */
  private static final String NEEDLE = "lkpneedle" + SELF % 100_000;

  /**
   * 200 quiet children, each with two files open, so the joins have stable rows to find; the
   * first runs a copy of sleep named {@link #NEEDLE}, so exactly one process has that name.
   * They sleep 900 s: on a loaded machine this class has taken over two minutes.
   */
  @org.junit.jupiter.api.io.TempDir
  static java.nio.file.Path dir;

  @BeforeAll
  static void spawn() throws Exception {
    java.nio.file.Path needle = dir.resolve(NEEDLE);
    java.nio.file.Files.copy(java.nio.file.Path.of(sleepBinary()), needle);
    needle.toFile().setExecutable(true);
    for (int i = 0; i < 200; i++) {
      String sleep = i == 0 ? needle.toString() : "sleep";
      CHILDREN.add(new ProcessBuilder("sh", "-c",
          "exec 3</etc/hostname 4</etc/passwd; exec " + sleep + " 900").start());
    }
    // The files open before the exec, so a child is ready once its name is no longer sh.
    for (int c = 0; c < CHILDREN.size(); c++) {
      java.nio.file.Path comm = java.nio.file.Path.of("/proc/" + CHILDREN.get(c).pid(), "comm");
      String want = c == 0 ? NEEDLE : "sleep";
      for (int i = 0; i < 500 && !java.nio.file.Files.readString(comm).strip().equals(want);
          i++) {
        Thread.sleep(10);
      }
    }
  }

  private static String sleepBinary() {
    for (String p : new String[] {"/usr/bin/sleep", "/bin/sleep"}) {
      if (new java.io.File(p).canExecute()) {
        return p;
      }
    }
    throw new IllegalStateException("sleep not found: apt-get install -y coreutils");
  }

  @AfterAll
  static void reap() throws InterruptedException {
    for (java.lang.Process p : CHILDREN) {
      p.destroyForcibly();
      p.waitFor();
    }
  }

  /** The rows as "a|b|" lines, sorted: the two plans may return them in any order. */
  private static List<String> rows(Connection c, String sql) throws Exception {
    List<String> out = new ArrayList<>(QueryRows.joined(c, sql));
    Collections.sort(out);
    return out;
  }

  private static String plan(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("EXPLAIN PLAN FOR " + sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** Joins over the children (stable while the test runs), each run with and without lookups. */
  private static final List<String> CORPUS = List.of(
      "SELECT p.pid, f.fd, f.path FROM processes p JOIN process_open_files f ON f.pid = p.pid "
          + "WHERE p.ppid = " + SELF,
      "SELECT p.pid, f.path FROM processes p JOIN process_open_files f USING (pid) "
          + "WHERE p.ppid = " + SELF + " AND f.fd = 4",
      "SELECT count(*) FROM processes p JOIN process_open_files f ON f.pid = p.pid "
          + "WHERE p.ppid = " + SELF + " AND p.name = 'sleep'",
      "SELECT p.pid, a.idx, a.arg FROM processes p JOIN process_args a ON a.pid = p.pid "
          + "WHERE p.ppid = " + SELF,
      "SELECT p.pid, pp.pid, pp.name FROM processes p JOIN processes pp ON pp.pid = p.ppid "
          + "WHERE p.ppid = " + SELF,
      "SELECT p.pid, r.soft FROM processes p JOIN process_rlimits r ON r.pid = p.pid "
          + "WHERE p.ppid = " + SELF + " AND r.resource = 'nofile'",
      "SELECT p.pid, t.tid FROM processes p JOIN process_threads t ON t.pid = p.pid "
          + "WHERE p.ppid = " + SELF,
      "SELECT p.pid, a.ancestor_pid, a.depth FROM processes p JOIN process_ancestors a "
          + "ON a.pid = p.pid WHERE p.ppid = " + SELF + " AND a.depth = 1",
      "SELECT p.pid, f.path FROM processes p LEFT JOIN process_open_files f "
          + "ON f.pid = p.pid AND f.fd = 3 WHERE p.ppid = " + SELF,
      "SELECT pid FROM processes WHERE ppid = " + SELF + " AND pid IN "
          + "(SELECT pid FROM process_open_files WHERE path = '/etc/passwd')",
      "SELECT p.pid FROM processes p WHERE p.ppid = " + SELF + " AND EXISTS "
          + "(SELECT 1 FROM process_open_files f WHERE f.pid = p.pid AND f.fd = 3)",
      "SELECT p.name, count(*) FROM processes p JOIN process_open_files f ON f.pid = p.pid "
          + "WHERE p.ppid = " + SELF + " GROUP BY p.name");

  @Test
  void lookupsAndPlainPlansGiveTheSameRows() throws Exception {
    ProcFs fs = ProcFs.system();
    try (Connection on = LinuxConnections.open(fs, true);
         Connection off = LinuxConnections.open(fs, false)) {
      int lookups = 0;
      for (String sql : CORPUS) {
        List<String> a = rows(on, sql);
        List<String> b = rows(off, sql);
        assertEquals(b, a, sql);
        assertTrue(!a.isEmpty(), "the corpus finds the children: " + sql);
        assertTrue(!plan(off, sql).contains("OsLookupJoin"), sql);
        if (plan(on, sql).contains("OsLookupJoin")) {
          lookups++;
        }
      }
      assertEquals(CORPUS.size(), lookups, "every corpus query has a filtered driving side");
    }
  }

  @Test
  void orBranchesGiveTheSameRowsWhetherOrNotTheirColumnsAreSelected() throws Exception {
    // Selecting cmdline forces it to be read for every row; selecting only pid lets a row that
    // the name decides leave it unread. The rows must not differ.
    String[] conditions = {
        "name = 'sleep' OR cmdline LIKE '%" + NEEDLE + "%'",
        "name = '" + NEEDLE + "' OR cmdline NOT LIKE '%900%'"};
    int[] expected = {CHILDREN.size(), 1};
    try (Connection c = LinuxConnections.open(ProcFs.system(), true)) {
      for (int i = 0; i < conditions.length; i++) {
        String where = " FROM processes WHERE ppid = " + SELF + " AND (" + conditions[i] + ")";
        List<String> lazy = rows(c, "SELECT pid" + where);
        List<String> eager = new ArrayList<>();
        for (String r : rows(c, "SELECT pid, cmdline" + where)) {
          eager.add(r.substring(0, r.indexOf('|') + 1));
        }
        Collections.sort(eager);
        assertTrue(plan(c, "SELECT pid" + where).contains("filterOnly"), conditions[i]);
        assertEquals(eager, lazy, conditions[i]);
        assertEquals(expected[i], lazy.size(), conditions[i]);
      }
    }
  }

  @Test
  void filteredJoinReadsOnlyTheMatchingProcessesDescriptors() throws Exception {
    ProcFs fs = new ProcFs(java.nio.file.Path.of("/proc"));
    List<String> opened = Collections.synchronizedList(new ArrayList<>());
    long child = CHILDREN.get(0).pid();
    try (Connection c = LinuxConnections.open(fs, true)) {
      String sql = "SELECT p.name, f.path FROM processes p JOIN process_open_files f "
          + "ON f.pid = p.pid WHERE p.name = '" + NEEDLE + "'";
      assertTrue(plan(c, sql).contains("OsLookupJoin"), plan(c, sql));
      List<String> got = recordingOpens(fs, opened, () -> rows(c, sql));
      assertEquals(List.of(NEEDLE + "|/etc/hostname|", NEEDLE + "|/etc/passwd|"), got);
      Set<String> fdPids = new TreeSet<>();
      for (String path : opened) {
        if (path.contains("/fd")) {
          fdPids.add(path.substring(0, path.indexOf('/')));
        }
      }
      assertEquals(Set.of(Long.toString(child)), fdPids, "descriptors read: " + fdPids);
    }
  }

  /**
   * osquery's views widen pid to BIGINT: a join through them is still a lookup (the cast keeps
   * every key), gives the rows the hash join gives, and reads the cmdline of the driving
   * side's processes only. Then incident-response's logged_in_users query, planned as a
   * lookup: it reads no process's cmdline for the sessions utmp does not name.
   */
  @Test
  void joinThroughOsqueryViewsWidenedPidIsALookup() throws Exception {
    ProcFs fs = new ProcFs(java.nio.file.Path.of("/proc"));
    List<String> opened = Collections.synchronizedList(new ArrayList<>());
    try (Connection on = LinuxConnections.open(fs, true);
         Connection off = LinuxConnections.open(fs, false)) {
      for (Connection c : List.of(on, off)) {
        io.hostsql.calcite.osquery.OsqueryViews.register(
            c.unwrap(org.apache.calcite.jdbc.CalciteConnection.class).getRootSchema());
      }
      String sql = "SELECT c.pid, p.name, p.cmdline FROM (SELECT pid FROM os.processes "
          + "WHERE ppid = " + SELF + ") c, osquery.processes p WHERE c.pid = p.pid";
      assertTrue(plan(on, sql).contains("OsLookupJoin"), plan(on, sql));
      assertTrue(!plan(off, sql).contains("OsLookupJoin"), plan(off, sql));
      List<String> got = recordingOpens(fs, opened, () -> rows(on, sql));
      assertEquals(rows(off, sql), got);
      // Each child by its pid and the name it was started under, which the test knows.
      Set<String> want = new TreeSet<>();
      Set<String> named = new TreeSet<>();
      for (java.lang.Process child : CHILDREN) {
        want.add(child.pid() + "|" + (child == CHILDREN.get(0) ? NEEDLE : "sleep"));
      }
      for (String row : got) {
        named.add(row.substring(0, row.indexOf('|', row.indexOf('|') + 1)));
      }
      assertEquals(want, named);
      Set<String> cmdlines = new TreeSet<>();
      for (String path : opened) {
        if (path.endsWith("/cmdline")) {
          cmdlines.add(path.substring(0, path.indexOf('/')));
        }
      }
      Set<String> children = new TreeSet<>();
      CHILDREN.forEach(ch -> children.add(Long.toString(ch.pid())));
      assertEquals(children, cmdlines, "cmdline read only for the children");

      String ir = "select liu.*, p.name, p.cmdline, p.cwd, p.root from logged_in_users liu, "
          + "processes p where liu.pid = p.pid";
      on.unwrap(org.apache.calcite.jdbc.CalciteConnection.class).setSchema("osquery");
      off.unwrap(org.apache.calcite.jdbc.CalciteConnection.class).setSchema("osquery");
      assertTrue(plan(on, ir).contains("OsLookupJoin"), plan(on, ir));
      opened.clear();
      List<String> sessions = recordingOpens(fs, opened, () -> rows(on, ir));
      assertEquals(rows(off, ir), sessions);
      Set<String> read = new TreeSet<>();
      for (String path : opened) {
        if (path.endsWith("/cmdline")) {
          read.add(path.substring(0, path.indexOf('/')));
        }
      }
      Set<String> sessionPids = new TreeSet<>();
      for (List<Object> u : OsConnections.rows(on, "SELECT pid FROM logged_in_users")) {
        sessionPids.add(String.valueOf(u.get(0)));
      }
      assertTrue(sessionPids.containsAll(read), "cmdline read for " + read
          + ", sessions " + sessionPids);
    }
  }

  /**
   * The live /proc, once the BPF walks have loaded: the tests below prove what they save,
   * and would otherwise pass on the /proc fallback.
   */
  private static ProcFs liveProcFsWithWalks() {
    io.hostsql.os.testing.Privileges.assumeBpfIterators();
    assertTrue(io.hostsql.os.linux.TaskIterators.available(),
        "BPF task iterators: " + io.hostsql.os.linux.TaskIterators.unavailableReason());
    return new ProcFs(java.nio.file.Path.of("/proc"));
  }

  /**
   * A name equality reads only the processes that may have that name (the BPF walk of every
   * comm picks them), and finds the same ones /proc's comm files name.
   */
  @Test
  void nameFilterReadsOnlyTheProcessesThatMayHaveTheName() throws Exception {
    ProcFs fs = liveProcFsWithWalks();
    List<String> opened = Collections.synchronizedList(new ArrayList<>());
    try (Connection c = LinuxConnections.open(fs, true)) {
      Set<String> listedBefore = pidsNamed(null);
      List<String> needle = recordingOpens(fs, opened,
          () -> rows(c, "SELECT pid FROM processes WHERE name = '" + NEEDLE + "'"));
      assertEquals(List.of(CHILDREN.get(0).pid() + "|"), needle);
      Set<String> statRead = new TreeSet<>();
      for (String path : opened) {
        // A process started after the walk is read from /proc, as the walk did not see it: on
        // a busy machine there may be many, so only those listed before the query count.
        if (path.endsWith("/stat")
            && listedBefore.contains(path.substring(0, path.indexOf('/')))) {
          statRead.add(path);
        }
      }
      assertTrue(statRead.contains(CHILDREN.get(0).pid() + "/stat"), statRead.toString());
      assertTrue(statRead.size() <= 3, "stat read for " + statRead);

      // Other processes named sleep start and exit meanwhile: /proc is counted just before
      // and just after, and hostsql's count must lie between the two.
      LiveBounds.retried(5, () -> {
        int before = pidsNamed("sleep").size();
        List<String> count = rows(c, "SELECT count(*) FROM processes WHERE name = 'sleep'");
        int after = pidsNamed("sleep").size();
        assertEquals(1, count.size());
        LiveBounds.within(before, after, Long.parseLong(count.get(0).replace("|", "")), 0,
            "processes named sleep");
      });
    }
  }

  /** The pids /proc lists whose comm is {@code name} (all when null). */
  private static Set<String> pidsNamed(String name) {
    Set<String> out = new TreeSet<>();
    for (String e : new java.io.File("/proc").list()) {
      try {
        if (e.chars().allMatch(Character::isDigit) && (name == null || java.nio.file.Files
            .readString(java.nio.file.Path.of("/proc", e, "comm")).strip().equals(name))) {
          out.add(e);
        }
      } catch (java.io.IOException gone) {
        // exited meanwhile
      }
    }
    return out;
  }

  /**
   * A listing of pid, ppid, name and rss takes pid, ppid and name from the kernel walk (no stat
   * file opened for a process whose comm is its whole name) and rss from statm, and agrees
   * with ps on every process both list.
   */
  @Test
  void listingTakesPpidAndNameFromTheWalkAndAgreesWithPs() throws Exception {
    ProcFs fs = liveProcFsWithWalks();
    List<String> opened = Collections.synchronizedList(new ArrayList<>());
    try (Connection c = LinuxConnections.open(fs, true)) {
      List<List<String>> rows = recordingOpens(fs, opened,
          () -> QueryRows.of(c, "SELECT pid, ppid, name, rss FROM processes"));
      Map<String, String[]> ps = new HashMap<>();
      for (String line : io.hostsql.os.testing.Commands.run("ps", "-e", "-o", "pid=,ppid=,rss=,comm=")
          .split("\n")) {
        String[] f = line.trim().split("\\s+", 4);
        ps.put(f[0], f);
      }
      int compared = 0;
      List<String> renamed = new ArrayList<>();
      for (List<String> r : rows) {
        String[] p = ps.get(r.get(0));
        if (p == null || p[3].length() >= 15) {
          continue; // gone, or a name ps and psutil complete differently
        }
        if (!p[1].equals(r.get(1))
            && !java.nio.file.Files.exists(java.nio.file.Path.of("/proc", r.get(1)))) {
          continue; // its parent exited between the query and ps: reparented in between
        }
        assertEquals(p[1], r.get(1), "ppid of " + r.get(0));
        if (!p[3].equals(r.get(2))) {
          renamed.add(r.get(0));
        }
        compared++;
      }
      assertTrue(compared > 200, compared + " compared");
      // A process that execs between the query and ps (sh becoming sleep) changes its name:
      // a name that differs is asked of the walk and of ps again, and must then agree.
      if (!renamed.isEmpty()) {
        Map<String, String> again = new HashMap<>();
        for (List<String> r : QueryRows.of(c, "SELECT pid, ppid, name FROM processes")) {
          again.put(r.get(0), r.get(2));
        }
        for (String pid : renamed) {
          String comm = io.hostsql.os.testing.Commands.runAllowingFailure("ps", "-o", "comm=",
              "-p", pid).stdout().trim();
          if (again.containsKey(pid) && !comm.isEmpty()) {
            assertEquals(comm, again.get(pid), "name of " + pid + " (asked twice)");
          }
        }
      }
      // The children sleep: their rss is steady, so statm and ps agree to the KiB.
      for (java.lang.Process child : CHILDREN.subList(1, 20)) {
        String pid = Long.toString(child.pid());
        List<String> row = rows.stream().filter(r -> r.get(0).equals(pid)).findFirst()
            .orElseThrow();
        assertEquals(Long.parseLong(ps.get(pid)[2]) * 1024, Long.parseLong(row.get(3)),
            "rss of " + pid);
      }
      long stats = opened.stream().filter(o -> o.endsWith("/stat")).count();
      assertTrue(stats < rows.size() / 4, stats + " stat files for " + rows.size() + " rows");
    }
  }

  @Test
  void unfilteredJoinReadsEachProcessOnce() throws Exception {
    ProcFs fs = new ProcFs(java.nio.file.Path.of("/proc"));
    List<String> opened = Collections.synchronizedList(new ArrayList<>());
    try (Connection c = LinuxConnections.open(fs, true)) {
      String sql = "SELECT p.name, f.path FROM processes p JOIN process_open_files f "
          + "ON f.pid = p.pid";
      assertTrue(!plan(c, sql).contains("OsLookupJoin"), plan(c, sql));
      recordingOpens(fs, opened, () -> rows(c, sql));
      // The names come from one kernel walk (no stat file at all where the iterators load);
      // the descriptor side lists each process's fd directory once.
      Map<String, Integer> fdListings = new HashMap<>();
      for (String path : opened) {
        if (path.endsWith("/fd") && path.indexOf('/') == path.lastIndexOf('/')) {
          fdListings.merge(path, 1, Integer::sum);
        }
      }
      assertTrue(fdListings.size() > 200, "listed " + fdListings.size() + " processes");
      assertTrue(fdListings.values().stream().allMatch(n -> n == 1), "each fd directory once");
    }
  }

  /** Runs a query with every file the ProcFs opens recorded in {@code opened}. */
  private static <T> T recordingOpens(ProcFs fs, List<String> opened,
      java.util.concurrent.Callable<T> query) throws Exception {
    fs.setFileOpenListener(opened::add);
    try {
      return query.call();
    } finally {
      fs.setFileOpenListener(null);
    }
  }
}
