package io.hostsql.jdbc.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.jdbc.HostsqlDriver;
import io.hostsql.os.testing.Commands;
import io.hostsql.os.testing.Privileges;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The procfs connection property (psutil's PROCFS_PATH) over a procfs that is not this JVM's:
 * the one {@code unshare --pid --fork --mount-proc} mounts for a new pid namespace, in which
 * three sleeps run (pid 1 and its two children). That mount is reached from here as
 * {@code /proc/INIT/root/proc}, INIT being the namespace's pid 1 as this JVM numbers it.
 */
class ProcfsRootTest {
  private static java.lang.Process unshare;
  private static Path nsProc;

  @BeforeAll
  static void startNamespace() throws Exception {
    Privileges.assumeRoot("unshare --pid --mount-proc needs CAP_SYS_ADMIN");
    Commands.run("unshare", "--version");
    unshare = new ProcessBuilder("unshare", "--pid", "--fork", "--kill-child", "--mount-proc",
        "sh", "-c", "sleep 600 & sleep 600 & exec sleep 600").redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < deadline) {
      var init = unshare.toHandle().children().findFirst();
      if (init.isPresent()) {
        Path p = Path.of("/proc/" + init.get().pid() + "/root/proc");
        if (Files.isDirectory(p.resolve("3")) && lsPids(p).size() == 3) {
          nsProc = p;
          return;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the namespace's three sleeps did not start in 20 s");
  }

  @AfterAll
  static void stopNamespace() throws InterruptedException {
    if (unshare != null) {
      // unshare --fork ignores SIGTERM while it waits; SIGKILL it, and --kill-child takes the
      // namespace's pid 1, and with it every process in the namespace, down too.
      unshare.destroyForcibly();
      unshare.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
    }
  }

  /** The numeric entries of the mount, as ls lists them. */
  private static List<Integer> lsPids(Path proc) {
    List<Integer> pids = new ArrayList<>();
    for (String name : Commands.run("ls", "-1", proc.toString()).split("\n")) {
      if (name.matches("[0-9]+")) {
        pids.add(Integer.parseInt(name));
      }
    }
    pids.sort(null);
    return pids;
  }

  private static Connection connect(String name, String value) throws SQLException {
    Properties p = new Properties();
    p.setProperty(name, value);
    return new HostsqlDriver().connect("jdbc:hostsql:", p);
  }

  private static TreeMap<Integer, List<Object>> rows(Connection c, String sql)
      throws SQLException {
    TreeMap<Integer, List<Object>> out = new TreeMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.put(rs.getInt(1), List.of(rs.getInt(2), rs.getString(3)));
      }
    }
    return out;
  }

  @Test
  void listsExactlyTheNamespacesProcessesByItsNumbers() throws SQLException {
    try (Connection c = connect("procfs", nsProc.toString())) {
      TreeMap<Integer, List<Object>> rows =
          rows(c, "SELECT pid, ppid, name FROM processes ORDER BY pid");
      assertEquals(List.of(1, 2, 3), lsPids(nsProc));
      assertEquals(List.of(1, 2, 3), new ArrayList<>(rows.keySet()));
      // pid 1's parent is outside the namespace: the kernel shows 0, as for the host's init.
      assertEquals(List.of(0, "sleep"), rows.get(1));
      assertEquals(List.of(1, "sleep"), rows.get(2));
      assertEquals(List.of(1, "sleep"), rows.get(3));
    }
  }

  @Test
  void nameFilterAndPidLookupStayInsideTheNamespace() throws SQLException {
    // A name filter may use the BPF walk of every task on the machine (the host has sleeps
    // too); over this mount it must not, and a pid the host has but the namespace lacks is no row.
    try (Connection c = connect("procfs", nsProc.toString())) {
      assertEquals(List.of(1, 2, 3), new ArrayList<>(rows(c,
          "SELECT pid, ppid, name FROM processes WHERE name = 'sleep'").keySet()));
      int hostOnly = (int) ProcessHandle.current().pid();
      assertTrue(hostOnly > 3);
      assertEquals(0, rows(c, "SELECT pid, ppid, name FROM processes WHERE pid = " + hostOnly)
          .size());
      assertEquals(List.of(1, "sleep"), rows(c,
          "SELECT pid, ppid, name FROM processes WHERE pid = 2").get(2));
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
          "SELECT count(*) FROM process_args WHERE arg = '600'")) {
        rs.next();
        assertEquals(3, rs.getInt(1));
      }
    }
  }

  @Test
  void rootThatIsNoProcfsIsRefused() {
    SQLException e = assertThrows(SQLException.class, () -> connect("procfs", "/etc"));
    assertTrue(e.getMessage().contains("/etc is not a proc file system"), e.getMessage());
    SQLException sys = assertThrows(SQLException.class, () -> connect("sysfs", "/proc"));
    assertTrue(sys.getMessage().contains("/proc is not a sysfs file system"), sys.getMessage());
    SQLException missing = assertThrows(SQLException.class,
        () -> connect("procfs", "/nonexistent-hostsql-root"));
    assertTrue(missing.getMessage().contains("is not a directory"), missing.getMessage());
    SQLException empty = assertThrows(SQLException.class, () -> connect("procfs", " "));
    assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
  }

  @Test
  void urlPropertyAndLiveRootWork() throws SQLException {
    try (Connection c = new HostsqlDriver().connect("jdbc:hostsql:procfs='" + nsProc + "'",
        new Properties())) {
      assertEquals(3, rows(c, "SELECT pid, ppid, name FROM processes").size());
    }
    try (Connection c = connect("procfs", "/proc")) {
      // This JVM's own /proc: the host's processes, this one among them.
      assertTrue(rows(c, "SELECT pid, ppid, name FROM processes").containsKey(
          (int) ProcessHandle.current().pid()));
    }
  }
}
