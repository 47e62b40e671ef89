package io.hostsql.os.linux;

/**
 * Told of every file or link that a {@link ProcFs} opens, so tests can prove that a query read
 * only what it needed. Unset in production, where it costs one null check per open.
 */
@FunctionalInterface
public interface FileOpenListener {
  /**
   * Called before the open.
   *
   * @param relativePath the path below the procfs root, e.g. {@code 1234/stat}
   */
  void opened(String relativePath);
}
