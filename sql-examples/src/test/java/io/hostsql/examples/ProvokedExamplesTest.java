package io.hostsql.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.testing.Privileges;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples that can be provoked are: each test stages what the example looks for and
 * checks that the example finds exactly that process.
 */
class ProvokedExamplesTest {
  private static final Path DIR = Path.of(System.getProperty("user.dir"));
  private final List<java.lang.Process> started = new ArrayList<>();

  @AfterEach
  void stop() throws InterruptedException {
    for (java.lang.Process p : started) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      p.waitFor();
    }
  }

  private java.lang.Process start(Map<String, String> env, String... command)
      throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().putAll(env);
    java.lang.Process p = pb.start();
    started.add(p);
    return p;
  }

  /** The example's rows, each as "col=value" strings joined by spaces. */
  private static List<String> run(String example) throws Exception {
    String sql = Files.readString(DIR.resolve(example)).strip();
    sql = sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql;
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:hostsql:");
         Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          b.append(rs.getMetaData().getColumnLabel(i)).append('=').append(rs.getString(i))
              .append(' ');
        }
        rows.add(b.toString());
      }
    }
    return rows;
  }

  /** Polls the example until a row contains every fragment (processes need a moment). */
  private static String find(String example, String... fragments) throws Exception {
    List<String> rows = List.of();
    for (int attempt = 0; attempt < 50; attempt++) {
      rows = run(example);
      for (String row : rows) {
        boolean all = true;
        for (String f : fragments) {
          all &= row.contains(f);
        }
        if (all) {
          return row;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError(example + " found no row with " + List.of(fragments) + ": " + rows);
  }

  @Test
  void listenerIsFound() throws Exception {
    try (ServerSocket server = new ServerSocket(0)) {
      find("listening-ports.sql", "laddr_port=" + server.getLocalPort() + " ",
          "pid=" + ProcessHandle.current().pid() + " ");
    }
  }

  @Test
  void zombieAndItsParentAreFound() throws Exception {
    // sh starts true in the background, then becomes sleep, which never waits: true stays a
    // zombie whose parent is sleep.
    java.lang.Process parent = start(Map.of(), "sh", "-c", "true & exec sleep 30");
    find("zombies.sql", "ppid=" + parent.pid() + " ", "parent_name=sleep ");
  }

  @Test
  void loaderVariableIsFound() throws Exception {
    java.lang.Process p = start(Map.of("LD_PRELOAD", "/nonexistent/hostsql-test.so"), "sleep",
        "30");
    find("loader-variables.sql", "pid=" + p.pid() + " ", "variable=LD_PRELOAD ",
        "value=/nonexistent/hostsql-test.so ");
  }

  @Test
  void programRunningFromTmpIsFound(@TempDir Path dir) throws Exception {
    assertTrue(dir.startsWith("/tmp"), "JUnit's temporary directory is under /tmp: " + dir);
    Path copy = dir.resolve("not-sleep");
    Files.copy(Path.of("/bin/sleep"), copy, StandardCopyOption.COPY_ATTRIBUTES);
    java.lang.Process p = start(Map.of(), copy.toString(), "30");
    find("processes-in-temp-dirs.sql", "pid=" + p.pid() + " ", "exe=" + copy + " ");
  }

  @Test
  void deletedExecutableAndItsMappingAreFound(@TempDir Path dir) throws Exception {
    Path copy = dir.resolve("vanishing-sleep");
    Files.copy(Path.of("/bin/sleep"), copy, StandardCopyOption.COPY_ATTRIBUTES);
    java.lang.Process p = start(Map.of(), copy.toString(), "30");
    find("processes-in-temp-dirs.sql", "pid=" + p.pid() + " ");
    Files.delete(copy);
    find("deleted-executables.sql", "pid=" + p.pid() + " ", "exe=" + copy + " ");
    find("deleted-mapped-files.sql", "pid=" + p.pid() + " ", "path=" + copy + " ");
    find("fileless-executables.sql", "pid=" + p.pid() + " ", "path=" + copy + " ",
        "perms=r-xp ");
  }

  @Test
  void programRunningFromAMemfdIsFound() throws Exception {
    // The fileless pattern: copy a binary into memfd_create's anonymous file and exec it.
    java.lang.Process p = start(Map.of(), "python3", "-c", "import os; "
        + "fd = os.memfd_create('hostsql-test', 0); "
        + "os.write(fd, open('/bin/sleep', 'rb').read()); "
        + "os.execv('/proc/self/fd/%d' % fd, ['sleep', '30'])");
    find("fileless-executables.sql", "pid=" + p.pid() + " ", "path=/memfd:hostsql-test ",
        "exe=/memfd:hostsql-test ");
  }

  @Test
  void shellOfAnAccountThatCannotLogInIsFound() throws Exception {
    Privileges.assumeCapabilities("setpriv starts a shell as nobody",
        Privileges.Capability.SETUID, Privileges.Capability.SETGID);
    // nobody's login shell is nologin; a shell running as nobody is what a web shell looks like.
    java.lang.Process p = start(Map.of(), "setpriv", "--reuid=65534", "--regid=65534",
        "--clear-groups", "sh", "-c", "sleep 30; true");
    find("service-accounts-running-shells.sql", "pid=" + p.pid() + " ", "account=nobody ",
        "name=sh ");
  }

  @Test
  void deletedFileStillOpenIsFound(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("hidden.log"), "secret");
    java.lang.Process p = start(Map.of(), "sh", "-c",
        "exec 5<" + file + "; rm " + file + "; exec sleep 30");
    find("deleted-open-files.sql", "pid=" + p.pid() + " ", "fd=5 ", "path=" + file + " ");
  }

  @Test
  void shellWithALoopbackConnectionIsFound() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1,
        java.net.InetAddress.getByName("127.0.0.1"))) {
      java.lang.Process shell = start(Map.of(), "bash", "-c",
          "exec 3<>/dev/tcp/127.0.0.1/" + server.getLocalPort() + "; read -t 30 x <&3");
      try (Socket accepted = server.accept()) {
        find("shells-with-connections.sql", "pid=" + shell.pid() + " ", "name=bash ",
            "raddr_port=" + server.getLocalPort() + " ");
      }
    }
  }
}
