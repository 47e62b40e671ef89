package io.hostsql.os.linux;

import io.hostsql.os.DebPackage;
import io.hostsql.os.Packages;
import io.hostsql.os.Parsed;
import java.nio.file.Path;

/** Linux's package databases below a file-system root: dpkg's status file. */
final class LinuxPackages implements Packages {
  private final Path root;

  /** @param root the file-system root (normally /) */
  LinuxPackages(Path root) {
    this.root = root;
  }

  @Override
  public Parsed<DebPackage> deb() {
    return DpkgStatus.read(root.resolve("var/lib/dpkg/status"));
  }
}
