package io.hostsql.jdbc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.testing.Commands;
import io.hostsql.os.testing.QueryRows;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** process_namespaces against stat -L's inode of each /proc/PID/ns link. */
class ProcessNamespacesTest {
  @Test
  void namespacesAreTheInodesStatFollowsTheLinksTo() throws Exception {
    long self = ProcessHandle.current().pid();
    List<String> expected = new ArrayList<>(List.of(Long.toString(self)));
    for (String ns : List.of("cgroup", "ipc", "mnt", "net", "pid", "user", "uts")) {
      expected.add(Commands.run("stat", "-L", "-c", "%i", "/proc/" + self + "/ns/" + ns)
          .strip());
    }
    try (Connection c = DriverManager.getConnection("jdbc:hostsql:")) {
      String sql = "SELECT * FROM osquery.process_namespaces WHERE pid = " + self;
      assertEquals(List.of(expected), QueryRows.of(c, sql));
      String plan = QueryRows.of(c, "EXPLAIN PLAN FOR " + sql).get(0).get(0);
      assertTrue(plan.contains("table=[[os, process_namespaces]], filters=[[=($0"), plan);
      // pid 1 too: where stat is refused its link (a sandbox's init), the value is NULL.
      Commands.Result init = Commands.runAllowingFailure("stat", "-L", "-c", "%i",
          "/proc/1/ns/mnt");
      assertEquals(List.of(java.util.Collections.singletonList(init.exitCode() == 0
          ? init.stdout().strip() : null)), QueryRows.of(c,
          "SELECT mnt_namespace FROM process_namespaces WHERE pid = 1"), init.stderr());
    }
  }
}
