package io.hostsql.os;

import io.hostsql.os.linux.DpkgStatus;
import java.nio.file.Path;

/** The package databases of a file-system root: dpkg's for now. */
public final class Packages {
  private final Path root;

  /** @param root the file-system root (normally /) */
  public Packages(Path root) {
    this.root = root;
  }

  /** The packages dpkg has installed (or is installing), from /var/lib/dpkg/status. */
  public Parsed<DebPackage> deb() {
    return DpkgStatus.read(root.resolve("var/lib/dpkg/status"));
  }
}
