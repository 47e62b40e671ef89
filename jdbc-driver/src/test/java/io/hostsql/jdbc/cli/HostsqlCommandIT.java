package io.hostsql.jdbc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.testing.Commands;
import io.hostsql.os.testing.Commands.Result;
import io.hostsql.os.testing.Privileges;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/hostsql and the shaded jar, run as a user would run them (after `mvn package`).
 */
class HostsqlCommandIT {
  private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
  private static final String HOSTSQL = ROOT.resolve("bin/hostsql").toString();

  @Test
  void printsAnAlignedTableAndExitsZero() {
    Result r = Commands.runAllowingFailure(HOSTSQL,
        "SELECT name, rss FROM processes ORDER BY rss DESC LIMIT 10");
    assertEquals(0, r.exitCode(), r.stderr());
    String[] lines = r.stdout().split("\n");
    assertTrue(lines[0].matches("name\\s+\\| rss\\s*"), lines[0]);
    assertTrue(lines[1].matches("-+-\\+-+"), lines[1]);
    assertEquals("(10 rows)", lines[lines.length - 1]);
    // Every data row has its separator where the header has it: the columns line up.
    int bar = lines[0].indexOf('|');
    for (int i = 2; i < lines.length - 1; i++) {
      assertEquals(bar, lines[i].indexOf('|'), lines[i]);
      assertTrue(lines[i].substring(bar + 1).trim().matches("\\d+"), lines[i]);
    }
    assertEquals("", r.stderr(), "nothing on stderr when the jar is fresh");
  }

  @Test
  void badSqlExitsOneWithTheErrorOnStderr() {
    Result r = Commands.runAllowingFailure(HOSTSQL, "SELECT nope FROM processes");
    assertEquals(1, r.exitCode());
    assertEquals("", r.stdout());
    assertTrue(r.stderr().contains("Column 'nope' not found"), r.stderr());
    // A text column against a number compares as text, as SQLite does: no name is '5'.
    Result number = Commands.runAllowingFailure(HOSTSQL, "SELECT pid FROM processes "
        + "WHERE name = 5");
    assertEquals(0, number.exitCode(), number.stderr());
    assertTrue(number.stdout().contains("(0 rows)"), number.stdout());
  }

  @Test
  void procfsOptionReadsThatRootAndRefusesADirectoryThatIsNoProcfs() {
    Result refused = Commands.runAllowingFailure(HOSTSQL, "--procfs", "/etc",
        "SELECT count(*) FROM processes");
    assertEquals(1, refused.exitCode());
    assertTrue(refused.stderr().contains("procfs root /etc is not a proc file system"),
        refused.stderr());
    Result live = Commands.runAllowingFailure(HOSTSQL, "--procfs", "/proc", "--sysfs", "/sys",
        "--format", "csv", "SELECT pid FROM processes WHERE pid = 1");
    assertEquals(0, live.exitCode(), live.stderr());
    assertEquals("pid\n1\n", live.stdout());
  }

  @Test
  void unknownOptionExitsTwoAndHelpExitsZero() {
    Result bad = Commands.runAllowingFailure(HOSTSQL, "--no-such-option");
    assertEquals(2, bad.exitCode());
    assertTrue(bad.stderr().contains("unknown option --no-such-option"), bad.stderr());
    Result help = Commands.runAllowingFailure(HOSTSQL, "--help");
    assertEquals(0, help.exitCode());
    assertTrue(help.stdout().startsWith("Usage: hostsql"), help.stdout());
  }

  @Test
  void runsAScriptFileInCsv(@TempDir Path dir) throws Exception {
    Path script = dir.resolve("q.sql");
    Files.writeString(script, "-- two statements\nSELECT pid FROM processes WHERE pid = 1;\n"
        + "SELECT 'a,b' AS v FROM processes WHERE pid = 1;\n");
    Result r = Commands.runAllowingFailure(HOSTSQL, "--format", "csv", "-f", script.toString());
    assertEquals(0, r.exitCode(), r.stderr());
    assertEquals("pid\n1\nv\n\"a,b\"\n", r.stdout());
  }

  @Test
  void refusedValuesAreNullForAnUnprivilegedUser(@TempDir Path dir) throws Exception {
    // nobody may not read the build tree: give it a copy of the jar.
    Path jar = dir.resolve("hostsql.jar");
    Files.copy(ROOT.resolve("jdbc-driver/target/hostsql.jar"), jar);
    jar.toFile().setReadable(true, false);
    dir.toFile().setExecutable(true, false);
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    tmp.toFile().setWritable(true, false);
    tmp.toFile().setExecutable(true, false);
    String java = ProcessHandle.current().info().command().orElse("java");
    Result r = Commands.runAllowingFailure(Privileges.asOrdinaryUser(List.of(java,
        "-Djna.tmpdir=" + tmp, "-Duser.home=" + tmp, "-Djava.io.tmpdir=" + tmp, "-jar",
        jar.toString(), "--format", "csv",
        "SELECT pid, name, username, exe, cwd, num_fds, uss FROM processes WHERE pid = 1"))
        .toArray(new String[0]));
    assertEquals(0, r.exitCode(), r.stderr());
    String[] lines = r.stdout().split("\n");
    assertEquals("pid,name,username,exe,cwd,num_fds,uss", lines[0]);
    String[] f = lines[1].split(",", -1);
    assertEquals("1", f[0]);
    assertTrue(!f[1].isEmpty() && f[2].equals("root"), lines[1]);
    // exe, cwd, num_fds and uss need ptrace access to a root process: NULL (empty in CSV).
    assertEquals(List.of("", "", "", ""), List.of(f[3], f[4], f[5], f[6]), lines[1]);
    // ...and the shell says so once, naming who it ran as (nobody, or this ordinary user).
    String uid = Privileges.asOrdinaryUser(List.of()).isEmpty()
        ? Files.readAllLines(Path.of("/proc/self/status")).stream()
            .filter(l -> l.startsWith("Uid:")).findFirst().orElseThrow().split("\\s+")[2]
        : "65534";
    assertEquals("hostsql: warning: 4 values not readable as uid " + uid
        + ": run as root for all\n", r.stderr());
  }

  @Test
  void anUnprivilegedWalkSkipsWhatItCannotReadAsFindDoes(@TempDir Path dir) throws Exception {
    Privileges.assumeCapabilities("setpriv starts find and hostsql as nobody",
        Privileges.Capability.SETUID, Privileges.Capability.SETGID);
    Path jar = dir.resolve("hostsql.jar");
    Files.copy(ROOT.resolve("jdbc-driver/target/hostsql.jar"), jar);
    jar.toFile().setReadable(true, false);
    dir.toFile().setExecutable(true, false);
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    tmp.toFile().setWritable(true, false);
    tmp.toFile().setExecutable(true, false);
    Path tree = Files.createDirectories(dir.resolve("tree/open"));
    Files.writeString(tree.resolve("readable"), "r");
    Path closed = Files.createDirectories(dir.resolve("tree/closed"));
    Files.writeString(closed.resolve("hidden"), "h");
    Path secret = Files.writeString(dir.resolve("tree/secret"), "s");
    for (Path p : List.of(dir.resolve("tree"), tree)) {
      p.toFile().setReadable(true, false);
      p.toFile().setExecutable(true, false);
    }
    tree.resolve("readable").toFile().setReadable(true, false);
    Files.setPosixFilePermissions(closed, java.nio.file.attribute.PosixFilePermissions
        .fromString("rwx------"));
    Files.setPosixFilePermissions(secret, java.nio.file.attribute.PosixFilePermissions
        .fromString("rw-------"));
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> asNobody = List.of("setpriv", "--reuid=65534", "--regid=65534",
        "--clear-groups");
    // find, as nobody, lists what nobody may list (and complains about the rest).
    List<String> find = new java.util.ArrayList<>(asNobody);
    find.addAll(List.of("find", dir.resolve("tree").toString(), "-mindepth", "1", "-printf",
        "%p%y\n"));
    java.util.TreeSet<String> expected = new java.util.TreeSet<>();
    for (String line : Commands.runAllowingFailure(find.toArray(new String[0])).stdout()
        .split("\n")) {
      expected.add(line.endsWith("d") ? line.substring(0, line.length() - 1) + "/"
          : line.substring(0, line.length() - 1));
    }
    assertTrue(expected.contains(closed + "/") && !expected.contains(closed + "/hidden"),
        expected.toString());
    List<String> cmd = new java.util.ArrayList<>(asNobody);
    cmd.addAll(List.of(java, "-Djna.tmpdir=" + tmp, "-Duser.home=" + tmp,
        "-Djava.io.tmpdir=" + tmp, "-jar", jar.toString(), "--format", "csv",
        "SELECT path FROM osquery.file WHERE path LIKE '" + dir.resolve("tree") + "/%%';"));
    Result r = Commands.runAllowingFailure(cmd.toArray(new String[0]));
    assertEquals(0, r.exitCode(), r.stderr());
    java.util.TreeSet<String> actual = new java.util.TreeSet<>(List.of(r.stdout().split("\n")));
    actual.remove("path");
    assertEquals(expected, actual);
    // The unreadable file is listed by hash with empty digests, as osquery gives.
    cmd.set(cmd.size() - 1, "SELECT path, md5 FROM osquery.hash WHERE directory = '"
        + dir.resolve("tree") + "'");
    Result h = Commands.runAllowingFailure(cmd.toArray(new String[0]));
    assertEquals(0, h.exitCode(), h.stderr());
    assertEquals("path,md5\n" + secret + ",\n", h.stdout());
  }

  @Test
  void watchRedrawsTheGivenNumberOfTimes() {
    Result r = Commands.runAllowingFailure(HOSTSQL, "--watch", "0.2", "--count", "3",
        "SELECT count(*) AS n FROM processes");
    assertEquals(0, r.exitCode(), r.stderr());
    assertEquals(3, r.stdout().split("\033\\[H\033\\[2J", -1).length - 1, r.stdout());
    assertEquals(3, r.stdout().lines().filter(l -> l.contains("Every 0.2 s: ")).count());
    Result bad = Commands.runAllowingFailure(HOSTSQL, "--watch", "soon", "SELECT 1");
    assertEquals(2, bad.exitCode());
    assertTrue(bad.stderr().contains("--watch needs a positive number"), bad.stderr());
  }

  @Test
  void setSchemaInTheInteractiveShellSwitchesToOsqueryTables(
      @org.junit.jupiter.api.io.TempDir Path home) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(HOSTSQL).redirectErrorStream(true);
    pb.environment().put("HOME", home.toString());
    java.lang.Process p = pb.start();
    try (var in = p.getOutputStream()) {
      in.write(("!set schema osquery\n"
          + "SELECT period FROM load_average WHERE period = '15m';\n"
          + "!set schema nosuch\n"
          + "!set schema os\n"
          + "SELECT count(*) AS n FROM cpu_times_percent WHERE cpu = 'total';\n").getBytes());
    }
    String out = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), out);
    assertTrue(out.contains("| 15m    |"), "osquery's load_average: " + out);
    assertTrue(out.contains("no schema named nosuch"), out);
    assertTrue(out.contains("| 1 |"), "back to os: " + out);
  }

  @Test
  void serveAnswersRemoteQueriesAndStopsCleanlyOnSigterm() throws Exception {
    java.lang.Process server = new ProcessBuilder(HOSTSQL, "serve", "--port", "0",
        "--allow-local-users").start();
    try {
      var stderr = new java.io.BufferedReader(new java.io.InputStreamReader(
          server.getErrorStream()));
      String banner = stderr.readLine();
      assertTrue(banner != null && banner.startsWith("hostsql: serving http://127.0.0.1:"),
          String.valueOf(banner));
      String url = banner.replaceAll(".*serving (\\S+) .*", "$1");
      Result r = Commands.runAllowingFailure(HOSTSQL, "--url", "jdbc:hostsql:remote:url="
          + url, "--format", "csv", "SELECT pid FROM processes WHERE pid = " + server.pid());
      assertEquals(0, r.exitCode(), r.stderr());
      assertEquals("pid\n" + server.pid() + "\n", r.stdout());
      // A server's error comes back as one line naming the problem, not Avatica's chain.
      Result bad = Commands.runAllowingFailure(HOSTSQL, "--url", "jdbc:hostsql:remote:url="
          + url, "SELECT * FROM no_such_table");
      assertEquals(1, bad.exitCode());
      assertEquals("hostsql: Object 'no_such_table' not found\n", bad.stderr());
      // SIGTERM by kill: Process.destroy would also close the pipe the last line comes by.
      Commands.run("kill", "-TERM", Long.toString(server.pid()));
      assertTrue(server.waitFor(20, java.util.concurrent.TimeUnit.SECONDS), "exited");
      assertEquals("hostsql: stopped", stderr.readLine());
      int port = Integer.parseInt(url.replaceAll(".*:", ""));
      org.junit.jupiter.api.Assertions.assertThrows(java.net.ConnectException.class,
          () -> new java.net.Socket("127.0.0.1", port).close(), "the port is released");
    } finally {
      server.destroyForcibly();
    }
  }

  @Test
  void serveRefusesToExposeTheMachineWithoutCredentials() {
    Result open = Commands.runAllowingFailure(HOSTSQL, "serve", "--host", "0.0.0.0");
    assertEquals(2, open.exitCode());
    assertTrue(open.stderr().contains("not loopback") && open.stderr().contains("--users"),
        open.stderr());
    Result typo = Commands.runAllowingFailure(HOSTSQL, "serve", "--port", "0",
        "--allow-local-users", "--deny-table", "process_environs");
    assertEquals(2, typo.exitCode());
    assertTrue(typo.stderr().contains("no table named process_environs"), typo.stderr());
    Result help = Commands.runAllowingFailure(HOSTSQL, "serve", "--help");
    assertEquals(0, help.exitCode());
    assertTrue(help.stdout().startsWith("Usage: hostsql serve"), help.stdout());
  }

  @Test
  void theJarIsSelfContainedAndRegistersTheDriver() throws Exception {
    Path jar = ROOT.resolve("jdbc-driver/target/hostsql.jar");
    try (JarFile jf = new JarFile(jar.toFile())) {
      String services = new String(jf.getInputStream(jf.getEntry(
          "META-INF/services/java.sql.Driver")).readAllBytes());
      assertTrue(services.contains("io.hostsql.jdbc.HostsqlDriver"), services);
      for (String cls : new String[] {"org/apache/calcite/jdbc/Driver.class",
          "org/apache/calcite/avatica/server/HttpServer.class", "com/sun/jna/Native.class",
          "sqlline/SqlLine.class", "io/hostsql/os/Process.class"}) {
        assertTrue(jf.getEntry(cls) != null, cls + " is in the jar");
      }
    }
    Result r = Commands.runAllowingFailure("java", "-jar", jar.toString(), "--format", "tsv",
        "SELECT pid, name FROM processes WHERE pid = 1");
    assertEquals(0, r.exitCode(), r.stderr());
    assertTrue(r.stdout().startsWith("pid\tname\n1\t"), r.stdout());
  }
}
