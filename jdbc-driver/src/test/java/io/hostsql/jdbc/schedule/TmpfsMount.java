package io.hostsql.jdbc.schedule;

import io.hostsql.os.testing.Commands;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small tmpfs for full-disk and read-only tests; needs root (else the test is skipped). */
record TmpfsMount(Path path) implements AutoCloseable {
  static TmpfsMount mount(Path path, String size) throws Exception {
    io.hostsql.os.testing.Privileges.assumeRoot("mounting a tmpfs");
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
