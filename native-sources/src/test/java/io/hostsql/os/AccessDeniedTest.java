package io.hostsql.os;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hostsql.os.testing.Commands;
import io.hostsql.os.testing.Privileges;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads a root process as an ordinary user (nobody through setpriv when run as root) and checks that exactly psutil's
 * AccessDenied set (psutil-linux.md) is refused and everything else answers.
 */
class AccessDeniedTest {
  private static final Set<String> PSUTIL_ACCESS_DENIED = Set.of("cwd", "environ", "exe",
      "io_counters", "memory_footprint", "memory_maps", "net_connections", "num_fds",
      "open_files");

  @Test
  void nobodyIsRefusedExactlyWhatPsutilIsRefused(@TempDir Path dir) throws IOException {
    // nobody cannot read /root/.m2 or the build tree: give it copies of the class path.
    List<String> cp = new ArrayList<>();
    int n = 0;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.contains("target") || entry.contains("jna")) {
        Path target = dir.resolve("cp" + n++);
        copy(Path.of(entry), target);
        cp.add(target.toString());
      }
    }
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    try (Stream<Path> all = Files.walk(dir)) {
      all.forEach(p -> {
        p.toFile().setReadable(true, false);
        p.toFile().setExecutable(true, false);
      });
    }
    tmp.toFile().setWritable(true, false);
    dir.toFile().setExecutable(true, false);
    String java = ProcessHandle.current().info().command().orElse("java");
    Commands.Result r = Commands.runAllowingFailure(Privileges.asOrdinaryUser(List.of(java,
        "-Djna.tmpdir=" + tmp, "-Duser.home=" + tmp, "-Djava.io.tmpdir=" + tmp, "-cp",
        String.join(File.pathSeparator, cp), "io.hostsql.os.testing.AccessProbe", "1"))
        .toArray(new String[0]));
    assertEquals(0, r.exitCode(), r.stderr());
    Set<String> denied = new TreeSet<>();
    for (String line : r.stdout().split("\n")) {
      if (line.endsWith("=AD")) {
        denied.add(line.substring(0, line.length() - 3));
      }
    }
    assertEquals(new TreeSet<>(PSUTIL_ACCESS_DENIED), denied, r.stdout());
  }

  private static void copy(Path from, Path to) throws IOException {
    if (Files.isDirectory(from)) {
      try (Stream<Path> s = Files.walk(from)) {
        for (Path p : (Iterable<Path>) s::iterator) {
          Path t = to.resolve(from.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(t);
          } else {
            Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    } else {
      Files.copy(from, to.resolveSibling(to.getFileName() + ".jar"));
      Files.move(to.resolveSibling(to.getFileName() + ".jar"), to);
    }
  }
}
