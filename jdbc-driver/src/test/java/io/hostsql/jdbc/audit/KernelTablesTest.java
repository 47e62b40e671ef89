package io.hostsql.jdbc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hostsql.os.testing.Commands;
import io.hostsql.os.testing.QueryRows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** kernel_modules, kernel_info and system_controls against lsmod, uname and sysctl -a. */
class KernelTablesTest {
  private static Connection c;

  @BeforeAll
  static void open() throws Exception {
    c = DriverManager.getConnection("jdbc:hostsql:");
  }

  @AfterAll
  static void close() throws Exception {
    c.close();
  }

  @Test
  void kernelInfoIsUnameAndTheBootCommandLine() throws Exception {
    String release = Commands.run("uname", "-r").strip();
    List<String> words = new ArrayList<>();
    String path = null;
    String device = null;
    for (String w : Files.readString(Path.of("/proc/cmdline")).strip().split(" +")) {
      if (w.startsWith("BOOT_IMAGE=")) {
        path = w.substring(11);
      } else if (w.startsWith("root=")) {
        device = w.substring(5);
      } else {
        words.add(w);
      }
    }
    assertEquals(List.of(java.util.Arrays.asList(release, String.join(" ", words), path,
        device)), QueryRows.of(c, "SELECT version, arguments, path, device FROM kernel_info"));
    assertEquals(QueryRows.of(c, "SELECT * FROM kernel_info"),
        QueryRows.of(c, "SELECT * FROM osquery.kernel_info"));
  }

  @Test
  void kernelModulesAreWhatLsmodLists() throws Exception {
    assumeTrue(Files.exists(Path.of("/proc/modules")),
        "this kernel has no module support (no /proc/modules): lsmod has nothing to list");
    List<List<String>> expected = new ArrayList<>();
    String[] lines = Commands.run("lsmod").split("\n");
    for (int i = 1; i < lines.length; i++) {
      String[] f = lines[i].strip().split("\\s+");
      expected.add(List.of(f[0], f[1], f.length > 3 ? f[3] : "-"));
    }
    expected.sort(java.util.Comparator.comparing(r -> r.get(0)));
    assertEquals(expected, QueryRows.of(c,
        "SELECT name, size, used_by FROM kernel_modules ORDER BY name"));
  }

  /** sysctl -a as name -> value; multi-line values (one line per row in sysctl) left out. */
  private static Map<String, String> sysctl() {
    Map<String, String> out = new HashMap<>();
    java.util.Set<String> repeated = new TreeSet<>();
    for (String line : Commands.runAllowingFailure("sysctl", "-a").stdout().split("\n")) {
      int eq = line.indexOf(" = ");
      if (eq < 0) {
        continue;
      }
      String name = line.substring(0, eq);
      if (out.put(name, line.substring(eq + 3)) != null) {
        repeated.add(name);
      }
    }
    out.keySet().removeAll(repeated);
    return out;
  }

  /** Counts of the kernel's inode, dentry and file objects, which reading itself changes. */
  private static final java.util.Set<String> CACHE_COUNTS = java.util.Set.of("fs.inode-state",
      "fs.inode-nr", "fs.dentry-state", "fs.file-nr");

  /** Whether one parameter, read by sysctl around a query of it alone, agrees within 5 tries. */
  private boolean agreesAgain(String name) throws Exception {
    for (int i = 0; i < 5; i++) {
      String before = Commands.run("sysctl", "-n", name).strip();
      List<List<String>> ours = QueryRows.of(c,
          "SELECT current_value FROM system_controls WHERE name = '" + name + "'");
      String after = Commands.run("sysctl", "-n", name).strip();
      if (before.equals(after) && ours.size() == 1 && before.equals(ours.get(0).get(0))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void systemControlsHoldEveryParameterSysctlPrintsWithItsValue() throws Exception {
    Map<String, String> before = sysctl();
    Map<String, String> ours = new TreeMap<>();
    for (List<String> r : QueryRows.of(c,
        "SELECT name, current_value FROM system_controls")) {
      ours.put(r.get(0), r.get(1));
    }
    Map<String, String> after = sysctl();
    assertTrue(before.size() > 100, "sysctl -a printed " + before.size() + " parameters");
    int compared = 0;
    for (Map.Entry<String, String> e : before.entrySet()) {
      assertTrue(ours.containsKey(e.getKey()), "missing " + e.getKey());
      if (e.getValue().equals(after.get(e.getKey())) && !e.getValue().contains("\n")) {
        // unchanged across the query: ours must be the same, or agree when asked again (a
        // counter such as fs.inode-state can move away and back while the query runs)
        if (CACHE_COUNTS.contains(e.getKey())) {
          // the kernel's own object counts move with every file opened, the reader's own
          // reads of /proc/sys included: same shape, not the same numbers
          assertEquals(e.getValue().split("\t").length, ours.get(e.getKey()).split("\t").length,
              e.getKey());
        } else if (!e.getValue().equals(ours.get(e.getKey()))) {
          assertTrue(agreesAgain(e.getKey()), e.getKey() + ": sysctl said " + e.getValue()
              + " before and after, hostsql " + ours.get(e.getKey()));
        }
        compared++;
      }
    }
    assertTrue(compared > before.size() * 9 / 10, compared + " of " + before.size());
    assertEquals(List.of(List.of("kernel.ostype", "kernel", "Linux", "string", "")),
        QueryRows.of(c, "SELECT name, subsystem, current_value, type, oid "
            + "FROM osquery.system_controls WHERE name = 'kernel.ostype'"));
    String plan = QueryRows.of(c, "EXPLAIN PLAN FOR SELECT * FROM system_controls "
        + "WHERE name = 'kernel.ostype'").get(0).get(0);
    assertTrue(plan.contains("table=[[os, system_controls]], filters=[[="), plan);
  }
}
