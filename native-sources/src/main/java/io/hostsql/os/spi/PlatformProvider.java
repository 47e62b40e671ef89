package io.hostsql.os.spi;

import io.hostsql.os.OsFamily;
import java.nio.file.Path;
import java.util.Map;

/**
 * Found through {@link java.util.ServiceLoader}: the factory of one OS family's backend. A new
 * platform is added by implementing {@link PlatformBackend} and registering its provider in
 * {@code META-INF/services/io.hostsql.os.spi.PlatformProvider}.
 */
public interface PlatformProvider {
  /** The family this provider's backend reads. */
  OsFamily family();

  /** The backend over the running machine. */
  PlatformBackend live();

  /**
   * The backend over the pseudo file systems at the given roots (for Linux "procfs" and
   * "sysfs", as psutil's PROCFS_PATH), each checked to be what it claims.
   *
   * @throws io.hostsql.os.OsException naming a root that is not a file system of that kind,
   *     or a root name this platform does not have
   */
  PlatformBackend rooted(Map<String, Path> roots);
}
