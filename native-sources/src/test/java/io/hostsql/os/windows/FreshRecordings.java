package io.hostsql.os.windows;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Records the harnesses afresh under Wine into target/win32-fresh, once per test run, so the
 * decoders are checked against a live Wine as well as against the committed recordings. Without
 * mingw-w64 and Wine the fresh tests are skipped, unless every test must run
 * (HOSTSQL_REQUIRE_ALL_TESTS, CI): then they fail naming the packages.
 */
final class FreshRecordings {
  private static final List<String> HARNESSES = List.of("processes", "processes2", "connections", "system");
  private static final Path ROOT = Path.of("target/win32-fresh").toAbsolutePath();
  /** Debian's wine64 package puts its loader here (the wine package adds /usr/bin/wine). */
  private static final String WINE = "/usr/lib/wine/wine64";
  private static Boolean recorded;

  private FreshRecordings() {
  }

  static Recordings of(String harness) {
    return Recordings.at(ROOT.resolve(harness));
  }

  /** Records all harnesses the first time it is called; skips or fails without the tools. */
  static synchronized void ensure() {
    if (recorded == null) {
      recorded = record();
    }
    if (!recorded) {
      fail("recording the Win32 harnesses under Wine failed; see " + ROOT.resolve("log.txt"));
    }
  }

  private static boolean record() {
    if (!onPath("x86_64-w64-mingw32-gcc") || !Files.isExecutable(Path.of(WINE))) {
      String why = "the Win32 harnesses need the Debian packages mingw-w64 and wine64 "
          + "(bin/test installs them)";
      if (System.getenv("HOSTSQL_REQUIRE_ALL_TESTS") != null
          || "true".equals(System.getenv("CI"))) {
        fail(why);
      }
      Assumptions.abort(why);
    }
    // The one recording procedure (src/test/win32/record), the one the services harness's
    // test runs too: same compiler line, same prefix under target/, its wineserver stopped.
    Path log = ROOT.resolve("log.txt");
    try {
      Files.createDirectories(ROOT);
      List<String> command = new ArrayList<>(List.of("src/test/win32/record", ROOT.toString()));
      command.addAll(HARNESSES);
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      Process p = pb.start();
      // The first run in a new prefix builds it (wineboot): minutes on a busy machine.
      if (!p.waitFor(600, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      return p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
