package io.hostsql.os.linux;

import io.hostsql.os.Account;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where an account's home directory is below a file-system root. */
final class Homes {
  private Homes() {
  }

  /** The home of the account below the root (homes are absolute paths of the root's tree). */
  static Path of(Path root, Account a) {
    return root.resolve(a.home().startsWith("/") ? a.home().substring(1) : a.home());
  }

  /**
   * Whether the home can be searched; a home that exists but cannot (another user's 0700
   * home, read without root) is reported, so that its files are not silently missing.
   */
  static boolean searchable(Path home, List<String> problems) {
    if (Files.isDirectory(home) && !Files.isExecutable(home)) {
      problems.add(home + ": permission denied (only its owner or root may read it); the "
          + "files in it are left out");
      return false;
    }
    return true;
  }
}
