package io.hostsql.jdbc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hostsql.os.testing.Commands;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables that need root, queried as nobody (setpriv) through the shaded driver: what nobody
 * may read is answered, the rest is NULL, and the statement carries a warning saying why.
 */
class AuditAsNobodyIT {
  private static final Path JAR = Path.of(System.getProperty("user.dir"))
      .resolve("target/hostsql.jar");

  static List<String> asNobody(Path dir, String sql) throws Exception {
    io.hostsql.os.testing.Privileges.assumeRoot("setpriv becomes nobody");
    Path jar = dir.resolve("hostsql.jar");
    Files.copy(JAR, jar);
    Path classes = dir.resolve("classes/io/hostsql/jdbc/audit");
    Files.createDirectories(classes);
    Files.copy(Path.of(QueryProbe.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI()).resolve("io/hostsql/jdbc/audit/QueryProbe.class"),
        classes.resolve("QueryProbe.class"));
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    try (var all = Files.walk(dir)) {
      all.forEach(p -> {
        p.toFile().setReadable(true, false);
        p.toFile().setExecutable(true, false);
      });
    }
    tmp.toFile().setWritable(true, false);
    String java = ProcessHandle.current().info().command().orElse("java");
    Commands.Result r = Commands.runAllowingFailure("setpriv", "--reuid=65534",
        "--regid=65534", "--clear-groups", java, "-Djna.tmpdir=" + tmp, "-Duser.home=" + tmp,
        "-Djava.io.tmpdir=" + tmp, "-cp", jar + File.pathSeparator + dir.resolve("classes"),
        QueryProbe.class.getName(), sql);
    assertEquals(0, r.exitCode(), r.stderr());
    return List.of(r.stdout().split("\n"));
  }

  @Test
  void shadowListsTheAccountsWithNullFieldsAndAWarning(@TempDir Path dir) throws Exception {
    List<String> out = asNobody(dir, "SELECT username, password_status, last_change "
        + "FROM shadow WHERE username = 'root'");
    assertEquals("root|null|null|", out.get(0), out.toString());
    assertTrue(out.get(1).startsWith("warning: shadow: /etc/shadow: only root may read it"),
        out.toString());
    assertEquals(2, out.size(), out.toString());
  }

  @Test
  void rootOnlyParametersAreNullWithAWarning(@TempDir Path dir) throws Exception {
    long rootOnly;
    try (var files = Files.walk(Path.of("/proc/sys"))) {
      // Readable by their owner (root) and not by others: what nobody is refused.
      rootOnly = files.filter(Files::isRegularFile).filter(p -> {
        try {
          var perms = Files.getPosixFilePermissions(p);
          return perms.contains(java.nio.file.attribute.PosixFilePermission.OWNER_READ)
              && !perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
        } catch (java.io.IOException e) {
          return false;
        }
      }).count();
    }
    assumeTrue(rootOnly > 0, "this kernel has no root-only parameter");
    List<String> out = asNobody(dir, "SELECT name, current_value FROM system_controls "
        + "WHERE name IN ('kernel.ostype', 'kernel.cad_pid') ORDER BY name");
    assertTrue(out.contains("kernel.ostype|Linux|"), out.toString());
    assertTrue(out.stream().anyMatch(l -> l.startsWith("warning: system_controls: ")
        && l.endsWith(rootOnly + " parameters are readable by root only; their "
            + "current_value is NULL")), out.toString());
    if (Files.exists(Path.of("/proc/sys/kernel/cad_pid"))) {
      assertTrue(out.contains("kernel.cad_pid|null|"), out.toString());
    }
  }

  @Test
  void anotherUsersHomeIsAWarningAndTheSystemSitesAreRows(@TempDir Path dir) throws Exception {
    var perms = Files.getPosixFilePermissions(Path.of("/root"));
    assumeTrue(!perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE),
        "/root is searchable by others here");
    assumeTrue(Files.isDirectory(Path.of("/usr/lib/python3/dist-packages")),
        "python3 is not installed");
    List<String> out = asNobody(dir, "SELECT count(*) > 0 FROM python_packages "
        + "WHERE uid = 0 AND directory LIKE '/usr/%'");
    assertEquals("true|", out.get(0), out.toString());
    assertTrue(out.stream().anyMatch(l -> l.startsWith("warning: python_packages: /root: "
        + "permission denied")), out.toString());
  }

  @Test
  void rootsRpmDatabaseUnderDebiansRpmIsAWarning(@TempDir Path dir) throws Exception {
    var perms = Files.getPosixFilePermissions(Path.of("/root"));
    assumeTrue(!perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE),
        "/root is searchable by others here");
    Path macros = Path.of("/usr/lib/rpm/macros");
    assumeTrue(Files.exists(macros) && Files.readString(macros).contains("~/.rpmdb"),
        "rpm's macros here do not put the database in each user's ~/.rpmdb (Debian's rpm)");
    List<String> out = asNobody(dir, "SELECT count(*) FROM rpm_packages");
    assertEquals("0|", out.get(0), out.toString());
    assertTrue(out.stream().anyMatch(l -> l.equals("warning: rpm_packages: "
        + "/root/.rpmdb/rpmdb.sqlite: cannot tell whether it exists (permission denied on the "
        + "way); run as root to read it")), out.toString());
  }
}
