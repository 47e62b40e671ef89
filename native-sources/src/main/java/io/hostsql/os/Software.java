package io.hostsql.os;

import io.hostsql.os.linux.AptSourceFiles;
import io.hostsql.os.linux.YumRepoFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Software a host has installed or will install from, beyond dpkg's database ({@link
 * Packages}): the repositories of APT and yum, read from files below a file-system root.
 */
public final class Software {
  private final Path root;

  /** @param root the file-system root (normally /) */
  public Software(Path root) {
    this.root = root;
  }

  /** APT's repositories: /etc/apt/sources.list, sources.list.d/*.list and *.sources. */
  public Parsed<AptSource> aptSources() {
    List<String> problems = new ArrayList<>();
    return new Parsed<>(AptSourceFiles.read(root, problems), problems);
  }

  /** yum's repositories: /etc/yum.conf and the .repo files of its reposdir. */
  public Parsed<YumSource> yumSources() {
    List<String> problems = new ArrayList<>();
    return new Parsed<>(YumRepoFiles.read(root, problems), problems);
  }
}
