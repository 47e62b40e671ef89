package io.hostsql.calcite.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.linux.ProcFs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example in sql-examples/ plans the same with the launcher's code cache (Calcite's
 * metadata handlers compiled by CachedMetadataHandlers and kept on disk) as with Calcite's own
 * Janino handlers, whose plan is the reference; the cache directory then holds the compiled
 * handlers. The process tables' row counts come from a procfs of 300 fixed pids: on the live
 * /proc they move with every process started, and near-tied joins flip with them.
 */
class CodeCachePlansTest {
  private static final Path EXAMPLES =
      Path.of(System.getProperty("user.dir")).getParent().resolve("sql-examples");
  private static final String PROPERTY = "hostsql.codeCache";

  @TempDir
  static Path cache;
  @TempDir
  static Path proc;

  private static String before;

  @BeforeAll
  static void fixture() throws IOException {
    before = System.getProperty(PROPERTY);
    for (int pid = 1; pid <= 300; pid++) {
      Files.createDirectory(proc.resolve(Integer.toString(pid * 7)));
    }
  }

  @AfterAll
  static void restore() {
    if (before == null) {
      System.clearProperty(PROPERTY);
    } else {
      System.setProperty(PROPERTY, before);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyExamplePlansAsWithoutTheCache() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      files = s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no examples found in " + EXAMPLES);
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      String sql = Files.readString(f).strip();
      sql = sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql;
      System.clearProperty(PROPERTY);
      String calcite = explain(sql);
      System.setProperty(PROPERTY, cache.toString());
      try {
        assertEquals(calcite, explain(sql), f + " with the code cache");
      } finally {
        System.clearProperty(PROPERTY);
      }
      try (Stream<Path> s = Files.list(cache)) {
        assertTrue(s.anyMatch(p -> p.toString().endsWith(".class")),
            "compiled handlers stored in " + cache);
      }
    }));
  }

  /** The plan, with the ids Calcite numbers its nodes by (they grow with every plan) masked. */
  private static String explain(String sql) throws SQLException {
    try (Connection c = LinuxConnections.open(new ProcFs(proc));
         Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("EXPLAIN PLAN FOR " + sql)) {
      StringBuilder plan = new StringBuilder();
      while (rs.next()) {
        plan.append(rs.getString(1)).append('\n');
      }
      return plan.toString().replaceAll("lookup=\\[(right#)?[0-9]+\\]", "lookup=[$1N]");
    }
  }
}
