package io.hostsql.jdbc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.testing.Commands;
import io.hostsql.os.testing.Commands.Result;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/hostsql as a user on a shared machine meets it: no secret on any command line, no
 * root's view for everyone by accident, and a process name cannot drive the terminal.
 */
class ServeSecurityIT {
  private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
  private static final String HOSTSQL = ROOT.resolve("bin/hostsql").toString();

  /** Every process's command line, as every local user can read it. */
  private static String allCommandLines() throws Exception {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
      for (Path p : (Iterable<Path>) procs::iterator) {
        if (p.getFileName().toString().matches("\\d+")) {
          try {
            all.append(new String(Files.readAllBytes(p.resolve("cmdline")),
                StandardCharsets.UTF_8).replace('\0', ' ')).append('\n');
          } catch (java.io.IOException gone) {
            // exited meanwhile
          }
        }
      }
    }
    return all.toString();
  }

  @Test
  void theTlsPasswordIsReadFromAFileAndNeverFromTheCommandLine(@TempDir Path tmp)
      throws Exception {
    String password = "pw-" + UUID.randomUUID();
    Path passwordFile = tmp.resolve("tls-password");
    Files.writeString(passwordFile, password + "\n");
    Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
    Path keystore = tmp.resolve("server.p12");
    // keytool too reads it from the file, so that no command line of this test holds it.
    Commands.run("keytool", "-genkeypair", "-keystore", keystore.toString(), "-storetype",
        "PKCS12", "-storepass:file", passwordFile.toString(), "-alias", "hostsql",
        "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost",
        "-ext", "SAN=ip:127.0.0.1");
    Path users = Files.writeString(tmp.resolve("users"), "alice: secret,hostsql\n");

    Result refused = Commands.runAllowingFailure(HOSTSQL, "serve", "--port", "0", "--users",
        users.toString(), "--tls-keystore", keystore.toString(), "--tls-password", "x");
    assertEquals(2, refused.exitCode());
    assertTrue(refused.stderr().contains("--tls-password-file")
        && refused.stderr().contains("command line"), refused.stderr());

    java.lang.Process server = new ProcessBuilder(HOSTSQL, "serve", "--port", "0", "--users",
        users.toString(), "--tls-keystore", keystore.toString(), "--tls-password-file",
        passwordFile.toString()).start();
    try {
      BufferedReader stderr = new BufferedReader(new InputStreamReader(
          server.getErrorStream(), StandardCharsets.UTF_8));
      String banner = stderr.readLine();
      assertTrue(banner != null && banner.startsWith("hostsql: serving https://127.0.0.1:"),
          String.valueOf(banner));
      String url = banner.replaceAll(".*serving (\\S+) .*", "$1");
      assertFalse(allCommandLines().contains(password), "the password is on a command line");
      // The server really uses it: a client that trusts the keystore gets answers.
      try (Connection c = DriverManager.getConnection("jdbc:hostsql:remote:url=" + url
          + ";user=alice;password=secret;truststore=" + keystore + ";truststore_password="
          + password);
           Statement s = c.createStatement();
           ResultSet rs = s.executeQuery("SELECT count(*) FROM processes WHERE cmdline LIKE '%"
               + password + "%'")) {
        assertTrue(rs.next());
        assertEquals(0, rs.getLong(1), "no process the server sees has it on its command line");
      }
    } finally {
      server.destroy();
      server.waitFor(10, TimeUnit.SECONDS);
      server.destroyForcibly();
    }
  }

  @Test
  void rootWithoutUsersRefusesToStartUnlessToldEveryoneMaySeeWhatRootSees() throws Exception {
    io.hostsql.os.testing.Privileges.assumeRoot("only a server run as root is refused");
    Result r = Commands.runAllowingFailure(HOSTSQL, "serve", "--port", "0");
    assertEquals(2, r.exitCode());
    assertTrue(r.stderr().contains("--allow-local-users") && r.stderr().contains("--users")
        && r.stderr().contains("root"), r.stderr());
  }

  @Test
  void processNamesCannotDriveTheTerminal(@TempDir Path tmp) throws Exception {
    // A program whose name holds ESC [2J (clear screen), BEL, CR and an invalid UTF-8 byte:
    // its process name (comm) is that file name.
    java.lang.Process evil = new ProcessBuilder("bash", "-c", "n=$(printf 'e\\033[2J\\007\\r\\377');"
        + " ln -s \"$(command -v sleep)\" \"$1/$n\" && exec \"$1/$n\" 600", "bash",
        tmp.toString()).start();
    try {
      Thread.sleep(300);
      assertTrue(evil.isAlive(), "the process with the odd name runs");
      java.lang.Process shell = new ProcessBuilder(HOSTSQL, "--format", "table",
          "SELECT pid, name, cmdline FROM processes WHERE pid = " + evil.pid()).start();
      shell.getOutputStream().close();
      byte[] out = shell.getInputStream().readAllBytes();
      assertTrue(shell.waitFor(60, TimeUnit.SECONDS));
      assertEquals(0, shell.exitValue());
      for (byte signed : out) {
        int b = signed & 0xff;
        // No C0 control but the line ends, no DEL; bytes from 0x80 up are UTF-8 sequences.
        assertTrue(b == '\n' || b >= 0x20 && b != 0x7f, "raw control byte " + b + " in:\n"
            + new String(out, StandardCharsets.UTF_8));
      }
      String text = new String(out, StandardCharsets.UTF_8);
      assertTrue(text.contains("e\\e[2J\\x07\\x0d\uFFFD"), text);
      assertFalse(text.contains("\uFFFD\uFFFD"), "one replacement per invalid byte: " + text);
    } finally {
      evil.destroyForcibly();
      evil.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
