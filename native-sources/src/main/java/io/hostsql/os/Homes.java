package io.hostsql.os;

import java.nio.file.Path;

/** Where an account's home directory is below a file-system root. */
final class Homes {
  private Homes() {
  }

  /** The home of the account below the root (homes are absolute paths of the root's tree). */
  static Path of(Path root, Account a) {
    return root.resolve(a.home().startsWith("/") ? a.home().substring(1) : a.home());
  }
}
