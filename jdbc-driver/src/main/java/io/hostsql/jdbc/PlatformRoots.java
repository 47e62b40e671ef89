package io.hostsql.jdbc;

import io.hostsql.os.OsException;
import io.hostsql.os.Platform;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The connection properties {@code procfs} and {@code sysfs} (psutil's PROCFS_PATH): where the
 * connection's platform finds /proc and /sys, e.g. a host's /proc bind-mounted into a
 * container. Each is checked at connect time to be a file system of that kind.
 */
final class PlatformRoots {
  /** The connection property naming the procfs root. */
  static final String PROCFS = "procfs";
  /** The connection property naming the sysfs root. */
  static final String SYSFS = "sysfs";

  private PlatformRoots() {
  }

  /**
   * The platform the properties ask for: the running one when they name no root.
   *
   * @param served whether the connection is a server's on behalf of a remote client, which
   *     may not choose what the server's host reads
   */
  static Platform platform(Properties props, boolean served) throws SQLException {
    Map<String, Path> roots = new LinkedHashMap<>();
    for (String name : new String[] {PROCFS, SYSFS}) {
      String v = props.getProperty(name);
      if (v == null) {
        continue;
      }
      if (served) {
        throw new SQLException(name + " cannot be set by a client of a server: the server "
            + "reads its own host");
      }
      if (v.isBlank()) {
        throw new SQLException(name + " must name a directory, got an empty value");
      }
      try {
        roots.put(name, Path.of(v.trim()));
      } catch (InvalidPathException e) {
        throw new SQLException(name + " is not a path: " + e.getMessage());
      }
    }
    try {
      return Platform.rooted(roots);
    } catch (OsException e) {
      throw new SQLException(e.getMessage(), e);
    }
  }
}
