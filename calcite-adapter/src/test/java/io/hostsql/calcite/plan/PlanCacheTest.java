package io.hostsql.calcite.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hostsql.calcite.OsConnections;
import io.hostsql.os.linux.LinuxPlatform;
import io.hostsql.os.linux.ProcFs;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.calcite.runtime.Hook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan cache answers what planning answers, over a procfs fixture of 300 pid directories
 * (7, 14, ... 2100) whose answers are written here by hand; a hit is seen as a statement that
 * is never parsed. Changed SQL, jar or settings miss; statements that cannot be rebuilt are
 * not kept; damaged, hostile and foreign entries are ignored with no error.
 */
@EnabledOnOs(OS.LINUX)
class PlanCacheTest {
  private static final int PIDS = 300;

  @TempDir
  static Path proc;
  @TempDir
  Path cache;

  private String before;

  @BeforeAll
  static void fixture() throws IOException {
    for (int pid = 1; pid <= PIDS; pid++) {
      Files.createDirectory(proc.resolve(Integer.toString(pid * 7)));
    }
  }

  @BeforeEach
  void on() {
    before = System.getProperty(PlanCache.PROPERTY);
    System.setProperty(PlanCache.PROPERTY, cache.resolve("plans").toString());
    PlanCache.identityForTests = "jar 1";
  }

  @AfterEach
  void off() {
    PlanCache.identityForTests = null;
    if (before == null) {
      System.clearProperty(PlanCache.PROPERTY);
    } else {
      System.setProperty(PlanCache.PROPERTY, before);
    }
  }

  /** A statement's rows and whether it was parsed (planned) rather than taken from the cache. */
  private record Run(List<List<Object>> rows, boolean parsed) {
  }

  private static Run run(String sql, Object... params) throws SQLException {
    return run(true, sql, params);
  }

  private static Run run(boolean pidLookups, String sql, Object... params) throws SQLException {
    AtomicInteger parses = new AtomicInteger();
    try (var counted = Hook.PARSE_TREE.<Object>addThread(a -> parses.incrementAndGet());
         Connection c = OsConnections.open(LinuxPlatform.over(new ProcFs(proc)), pidLookups)) {
      List<List<Object>> rows = OsConnections.rows(c, sql, params);
      return new Run(rows, parses.get() > 0);
    }
  }

  private List<Path> entries() throws IOException {
    Path dir = cache.resolve("plans");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".plan")).toList();
    }
  }

  private static List<List<Object>> rows(Object... singleColumn) {
    List<List<Object>> out = new ArrayList<>();
    for (Object o : singleColumn) {
      out.add(List.of(o));
    }
    return out;
  }

  @Test
  void cachedPlansAnswerWhatThePlannerAnswers() throws Exception {
    record Case(String sql, List<List<Object>> expected) {
    }
    List<Case> cases = List.of(
        new Case("SELECT count(*) FROM processes", rows(300L)),
        new Case("SELECT pid FROM processes ORDER BY pid DESC LIMIT 3", rows(2100, 2093, 2086)),
        new Case("SELECT pid, pid * 2 AS twice FROM processes ORDER BY pid LIMIT 2",
            List.of(List.of(7, 14), List.of(14, 28))),
        new Case("SELECT 1 + 2 AS three, 'x' AS x", List.of(List.of(3, "x"))),
        new Case("SELECT count(*) FROM processes p JOIN processes q ON p.pid = q.pid",
            rows(300L)));
    for (Case c : cases) {
      Run planned = run(c.sql());
      assertTrue(planned.parsed(), c.sql());
      assertEquals(c.expected(), planned.rows(), "planned: " + c.sql());
      Run cached = run(c.sql());
      assertFalse(cached.parsed(), "taken from the cache: " + c.sql());
      assertEquals(c.expected(), cached.rows(), "cached: " + c.sql());
    }
    assertEquals(cases.size(), entries().size(), "one entry per statement");
  }

  @Test
  void changedSqlJarOrSettingMisses() throws Exception {
    String sql = "SELECT count(*) FROM processes";
    assertTrue(run(sql).parsed());
    assertFalse(run(sql).parsed());
    Run other = run(sql + " AS n");
    assertTrue(other.parsed(), "other SQL text");
    assertEquals(rows(300L), other.rows());
    assertTrue(run(false, sql).parsed(), "pid lookups off: another setting");
    PlanCache.identityForTests = "jar 2";
    Run rebuilt = run(sql);
    assertTrue(rebuilt.parsed(), "another jar");
    assertEquals(rows(300L), rebuilt.rows());
  }

  @Test
  void statementsThatCannotBeRebuiltAreNotKept() throws Exception {
    // A filter pushed into the scan is a RexNode list in the DataContext: not rebuilt.
    String filtered = "SELECT count(*) FROM processes WHERE pid > 1000";
    assertEquals(rows(158L), run(filtered).rows());
    Run again = run(filtered);
    assertTrue(again.parsed());
    assertEquals(rows(158L), again.rows());
    // Parameters.
    String param = "SELECT count(*) + CAST(? AS BIGINT) FROM processes";
    assertEquals(rows(301L), run(param, 1).rows());
    Run second = run(param, 2);
    assertTrue(second.parsed());
    assertEquals(rows(302L), second.rows());
    // A statement that fails to plan fails again, from the planner.
    for (int i = 0; i < 2; i++) {
      assertThrows(SQLException.class, () -> run("SELECT no_such_column FROM processes"));
    }
    // EXPLAIN is not a query.
    assertTrue(run("EXPLAIN PLAN FOR SELECT pid FROM processes").parsed());
    assertTrue(run("EXPLAIN PLAN FOR SELECT pid FROM processes").parsed());
    assertEquals(List.of(), entries());
  }

  @Test
  void nonDeterministicFunctionsAreEvaluatedEachRun() throws Exception {
    String sql = "SELECT CURRENT_TIMESTAMP AS now";
    run(sql);
    Thread.sleep(20);
    long before = System.currentTimeMillis();
    Run cached = run(sql);
    long after = System.currentTimeMillis();
    assertFalse(cached.parsed());
    long at = ((Timestamp) cached.rows().get(0).get(0)).getTime();
    // The statement's clock, read at run time: between the reads before and after.
    assertTrue(at >= before - 1 && at <= after + 1, before + " <= " + at + " <= " + after);
  }

  @Test
  void damagedOrHostileEntriesAreIgnoredAndReplaced() throws Exception {
    String sql = "SELECT pid FROM processes ORDER BY pid LIMIT 1";
    run(sql);
    Path entry = entries().get(0);
    byte[] good = Files.readAllBytes(entry);
    List<byte[]> bad = new ArrayList<>();
    bad.add(new byte[0]);
    bad.add("not a plan".getBytes());
    bad.add(java.util.Arrays.copyOf(good, good.length / 2));
    // The right header, then a count that would have the reader allocate without end.
    bad.add(ByteBuffer.allocate(16).putInt(0x48535150).putInt(1).putShort((short) 0x7fff)
        .array());
    byte[] flipped = good.clone();
    for (int i = good.length - 200; i < good.length - 100; i++) {
      flipped[i] ^= 0x5a; // inside the class files: a class that does not verify
    }
    bad.add(flipped);
    // Well formed, but made when the table had other columns.
    PlanEntry entry0 = PlanEntry.decode(good).orElseThrow();
    List<StashedValues.Stashed> otherColumns = entry0.stashed().stream()
        .map(st -> st.kind() == StashedValues.Kind.TABLE
            ? new StashedValues.Stashed(st.name(), st.kind(), st.path(), "RecordType(INTEGER x)")
            : st)
        .toList();
    assertTrue(otherColumns.stream().anyMatch(st -> st.kind() == StashedValues.Kind.TABLE));
    bad.add(new PlanEntry(entry0.key(), entry0.className(), entry0.array(), entry0.classes(),
        entry0.columns(), otherColumns).encode());
    for (byte[] b : bad) {
      Files.write(entry, b);
      Run r = run(sql);
      assertTrue(r.parsed(), "a damaged entry is not used");
      assertEquals(rows(7), r.rows());
      Run replaced = run(sql);
      assertFalse(replaced.parsed(), "the damaged entry was replaced");
      assertEquals(rows(7), replaced.rows());
    }
  }

  @Test
  void anotherUsersOrAWritableEntryIsIgnored() throws Exception {
    String sql = "SELECT pid FROM processes ORDER BY pid LIMIT 1";
    run(sql);
    Path entry = entries().get(0);
    Files.setPosixFilePermissions(entry, PosixFilePermissions.fromString("rw-rw-rw-"));
    assertTrue(run(sql).parsed(), "an entry anyone may write is not read");
    Files.setPosixFilePermissions(entries().get(0), PosixFilePermissions.fromString("rw-------"));
    assertFalse(run(sql).parsed());
    assumeTrue(Files.getAttribute(Path.of("/proc/self"), "unix:uid").equals(0),
        "giving a file to another user needs root");
    Files.setAttribute(entries().get(0), "unix:uid", 12345);
    Run r = run(sql);
    assertTrue(r.parsed(), "another user's entry is not read");
    assertEquals(rows(7), r.rows());
  }
}
