package io.hostsql.os.win32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.hostsql.os.testing.Privileges;
import io.hostsql.os.testing.Win32Recording;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Records services.c afresh under Wine (src/test/win32/record into target/) and checks that
 * the new buffers decode to the new expect files: the decoders against a live Win32
 * implementation, not only against the committed files. Runs where mingw-w64 and wine64 are
 * installed; in CI (HOSTSQL_REQUIRE_ALL_TESTS=1 or CI=true) their absence fails it, naming the
 * packages, and elsewhere skips it.
 */
class ServicesRecordingTest {
  @Test
  void aFreshRecordingDecodesToItsOwnExpectFiles() throws IOException, InterruptedException {
    boolean gcc = Files.isExecutable(Path.of("/usr/bin/x86_64-w64-mingw32-gcc"));
    boolean wine = Files.isExecutable(Path.of("/usr/lib/wine/wine64"));
    if (!gcc || !wine) {
      String missing = (gcc ? "" : "mingw-w64 ") + (wine ? "" : "wine64");
      if ("1".equals(System.getenv(Privileges.REQUIRE_ALL))
          || "true".equals(System.getenv("CI"))) {
        fail("re-recording the Win32 harnesses needs: apt-get install " + missing.trim());
      }
      Assumptions.assumeTrue(false, "not installed: " + missing.trim());
    }
    Path out = Path.of("target", "win32-recorded").toAbsolutePath();
    Path log = Path.of("target", "win32-record.log").toAbsolutePath();
    Files.createDirectories(out);
    Process p = new ProcessBuilder("src/test/win32/record", out.toString(), "services")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("record did not finish in 300 s; see " + log);
    }
    assertEquals(0, p.exitValue(), () -> "record failed: " + read(log));
    ServiceBuffersTest.check(Win32Recording.in(out.resolve("services")));
  }

  private static String read(Path log) {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return e.toString();
    }
  }
}
