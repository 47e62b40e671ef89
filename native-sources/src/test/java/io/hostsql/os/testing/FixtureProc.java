package io.hostsql.os.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A hand-written procfs tree in a temporary folder, for parser and error-path tests that the
 * live system cannot stage on demand.
 */
public final class FixtureProc {
  private final Path root;

  public FixtureProc(Path root) {
    this.root = root;
    write("stat", "cpu  1 2 3 4 5 6 7 8 0 0\nbtime 1700000000\n");
  }

  public Path root() {
    return root;
  }

  /** Writes a file below the root, creating folders. */
  public FixtureProc write(String relative, String content) {
    return writeBytes(relative, content.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes raw bytes below the root, creating folders. */
  public FixtureProc writeBytes(String relative, byte[] content) {
    try {
      Path p = root.resolve(relative);
      Files.createDirectories(p.getParent());
      Files.write(p, content);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A process with the given stat fields and a plausible status and statm. */
  public FixtureProc process(int pid, String comm, char state, int ppid, long starttime,
      int uid) {
    write(pid + "/stat", pid + " (" + comm + ") " + state + " " + ppid + " " + pid + " " + pid
        + " 0 -1 4194304 10 0 2 0 250 50 0 0 20 0 1 0 " + starttime
        + " 9000000 300 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0\n");
    write(pid + "/status", "Name:\t" + comm + "\nTgid:\t" + pid + "\nUid:\t" + uid + "\t" + uid
        + "\t" + uid + "\t" + uid + "\nGid:\t" + uid + "\t" + uid + "\t" + uid + "\t" + uid
        + "\nThreads:\t1\nvoluntary_ctxt_switches:\t5\nnonvoluntary_ctxt_switches:\t1\n");
    write(pid + "/statm", "2197 300 250 20 0 100 0\n");
    return this;
  }
}
