package io.hostsql.os;

import java.nio.file.Path;

/**
 * The add-ons of the browser profiles in each user's home directory (Chromium-family
 * extensions, Firefox add-ons), narrowed by a {@link UserFilter} so that a query for one user
 * opens only that user's profiles.
 */
public final class Browsers {
  private final Path root;

  /** @param root the file-system root whose /etc/passwd and home directories are read */
  public Browsers(Path root) {
    this.root = root;
  }
}
