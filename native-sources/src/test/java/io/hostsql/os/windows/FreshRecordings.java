package io.hostsql.os.windows;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
  private static final List<String> HARNESSES = List.of("processes", "connections", "system");
  private static final Path ROOT = Path.of("target/win32-fresh").toAbsolutePath();
  /** Debian's wine64 package puts its loader here (the wine package adds /usr/bin/wine). */
  private static final String WINE = "/usr/lib/wine/wine64";
  private static final String WINESERVER = "/usr/lib/wine/wineserver64";
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
    // Under target/, the prefix the record script of the services harness uses too: one
    // wineboot (its first start, slow) serves both.
    Path prefix = Path.of("target/wine").toAbsolutePath();
    Path log = ROOT.resolve("log.txt");
    try {
      Files.createDirectories(ROOT);
      for (String h : HARNESSES) {
        Path out = ROOT.resolve(h);
        Files.createDirectories(out);
        Path exe = ROOT.resolve(h + ".exe");
        run(List.of("x86_64-w64-mingw32-gcc", "-O1", "-o", exe.toString(),
            Path.of("src/test/win32", h + ".c").toString(), "-ladvapi32", "-liphlpapi",
            "-lntdll", "-lws2_32", "-lpsapi"), prefix, log);
        run(List.of(WINE, exe.toString(), "Z:" + out.toString().replace('/', '\\')),
            prefix, log);
      }
      return true;
    } catch (IOException e) {
      return false;
    } finally {
      // Stops this prefix's wineserver (and so its services), not anyone else's.
      try {
        run(List.of(WINESERVER, "-k"), prefix, log);
      } catch (IOException ignored) {
        // already gone
      }
    }
  }

  private static void run(List<String> command, Path prefix, Path log) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    pb.environment().put("WINEPREFIX", prefix.toString());
    pb.environment().put("WINEDEBUG", "-all");
    pb.environment().put("WINEDLLOVERRIDES", "mscoree,mshtml="); // no Mono/Gecko prompt
    Process p = pb.start();
    try {
      // The first run in a new prefix builds it (wineboot): minutes on a busy machine.
      if (!p.waitFor(600, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("timed out: " + command);
      }
      if (p.exitValue() != 0 && !command.get(0).equals(WINESERVER)) {
        throw new IOException("exit " + p.exitValue() + ": " + command);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      throw new IOException(e);
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
