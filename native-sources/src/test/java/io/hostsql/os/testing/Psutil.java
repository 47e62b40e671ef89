package io.hostsql.os.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Debian's python3-psutil as an oracle: runs a dump script under /usr/bin/python3 and returns
 * its JSON. Missing python3-psutil fails the test and says what to install.
 */
public final class Psutil {
  public static final String PYTHON = "/usr/bin/python3";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Psutil() {
  }

  /** Copies a script from the test resources to a temporary file and returns its path. */
  public static Path script(String name) {
    try (InputStream in = Psutil.class.getResourceAsStream("/oracle/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource /oracle/" + name);
      }
      Path p = Files.createTempFile("hostsql-", "-" + name);
      Files.write(p, in.readAllBytes());
      p.toFile().setReadable(true, false);
      p.toFile().deleteOnExit();
      return p;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * psutil's view of the given pids (all when none), with extra attributes such as
   * "rlimit:NOFILE", "connections:all" or "memory_maps".
   */
  public static JsonNode dump(List<Integer> pids, String... extra) {
    requireInstalled();
    List<String> cmd = new ArrayList<>(List.of(PYTHON, script("psutil_dump.py").toString()));
    pids.forEach(p -> cmd.add(Integer.toString(p)));
    cmd.addAll(List.of(extra));
    String out = Commands.run(cmd.toArray(new String[0]));
    try {
      return JSON.readTree(out);
    } catch (IOException e) {
      return fail("psutil printed something that is not JSON: " + out, e);
    }
  }

  /** psutil's view of the whole machine (psutil_system.py). */
  public static JsonNode system() {
    requireInstalled();
    return parse(Commands.run(PYTHON, script("psutil_system.py").toString()));
  }

  /** Parses one JSON text. */
  public static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      return fail("not JSON: " + json, e);
    }
  }

  private static void requireInstalled() {
    if (!Files.isExecutable(Path.of(PYTHON))) {
      fail(PYTHON + " is missing: install it with `apt-get install -y python3 python3-psutil`");
    }
    Commands.Result r = Commands.runAllowingFailure(PYTHON, "-c",
        "import psutil; psutil.pids()");
    if (r.exitCode() != 0) {
      fail("python3-psutil is missing: install it with `apt-get install -y python3-psutil` ("
          + r.stderr().strip() + ")");
    }
  }
}
