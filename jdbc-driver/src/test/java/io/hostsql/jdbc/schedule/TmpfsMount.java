package io.hostsql.jdbc.schedule;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hostsql.os.testing.Commands;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small tmpfs for full-disk and read-only tests; needs root (else the test is skipped). */
record TmpfsMount(Path path) implements AutoCloseable {
  static TmpfsMount mount(Path path, String size) throws Exception {
    assumeTrue("root".equals(System.getProperty("user.name")),
        "mounting a tmpfs needs root");
    Files.createDirectories(path);
    Commands.run("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0755", "tmpfs",
        path.toString());
    return new TmpfsMount(path);
  }

  void remount(String options) {
    Commands.run("mount", "-o", "remount," + options, path.toString());
  }

  @Override
  public void close() {
    Commands.runAllowingFailure("umount", "-l", path.toString());
  }
}
