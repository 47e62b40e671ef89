package io.hostsql.os.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the system tools hostsql is checked against (ps, ss, lsof, python3-psutil...). A missing
 * tool fails the test and names the Debian package to install; it never skips.
 */
public final class Commands {
  private static final Map<String, String> PACKAGES = Map.ofEntries(
      Map.entry("ps", "procps"), Map.entry("free", "procps"), Map.entry("vmstat", "procps"),
      Map.entry("pmap", "procps"), Map.entry("ss", "iproute2"), Map.entry("ip", "iproute2"),
      Map.entry("lsof", "lsof"), Map.entry("python3", "python3-psutil"),
      Map.entry("setpriv", "util-linux"), Map.entry("lscpu", "util-linux"),
      Map.entry("who", "coreutils"), Map.entry("stat", "coreutils"),
      Map.entry("uname", "coreutils"), Map.entry("getent", "libc-bin"),
      Map.entry("lsmod", "kmod"), Map.entry("sysctl", "procps"),
      Map.entry("gcc", "gcc libc6-dev"), Map.entry("ssh-keygen", "openssh-client"),
      Map.entry("id", "coreutils"), Map.entry("dpkg-query", "dpkg"),
      Map.entry("last", "util-linux"), Map.entry("find", "findutils"),
      Map.entry("md5sum", "coreutils"), Map.entry("sha1sum", "coreutils"),
      Map.entry("sha256sum", "coreutils"), Map.entry("mkfifo", "coreutils"),
      Map.entry("ssdeep", "ssdeep"), Map.entry("unshare", "util-linux"),
      Map.entry("ls", "coreutils"), Map.entry("rpm", "rpm"), Map.entry("rpmbuild", "rpm"),
      Map.entry("sqlite3", "sqlite3"));

  private Commands() {
  }

  /** Runs the command, waits up to 60 s, and returns its stdout; fails on a non-zero exit. */
  public static String run(String... command) {
    Result r = runAllowingFailure(command);
    if (r.exitCode() != 0) {
      fail(String.join(" ", command) + " exited " + r.exitCode() + ": " + r.stderr());
    }
    return r.stdout();
  }

  /** Runs the command and returns what it printed and how it exited. */
  public static Result runAllowingFailure(String... command) {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("LANG", "C.UTF-8");
    pb.environment().put("LC_ALL", "C.UTF-8");
    java.lang.Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      String pkg = PACKAGES.getOrDefault(command[0], "the package providing " + command[0]);
      return fail(command[0] + " is not installed; install it with `apt-get install -y " + pkg
          + "` (" + e.getMessage() + ")");
    }
    try {
      p.getOutputStream().close();
      var out = p.getInputStream();
      var err = p.getErrorStream();
      // Drain stderr on its own thread so neither pipe can fill and block the child.
      var errText = new java.util.concurrent.CompletableFuture<String>();
      Thread t = new Thread(() -> {
        try {
          errText.complete(new String(err.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
          errText.complete("");
        }
      });
      t.start();
      String stdout = new String(out.readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return fail(String.join(" ", command) + " did not finish in 60 s");
      }
      return new Result(p.exitValue(), stdout, errText.get(10, TimeUnit.SECONDS));
    } catch (Exception e) {
      return fail("running " + String.join(" ", command) + ": " + e);
    }
  }

  /**
   * What a command printed and how it exited.
   *
   * @param exitCode the exit status
   * @param stdout its standard output
   * @param stderr its standard error
   */
  public record Result(int exitCode, String stdout, String stderr) {
  }
}
