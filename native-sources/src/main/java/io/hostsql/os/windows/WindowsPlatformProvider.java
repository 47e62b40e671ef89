package io.hostsql.os.windows;

import io.hostsql.os.OsException;
import io.hostsql.os.OsFamily;
import io.hostsql.os.spi.PlatformBackend;
import io.hostsql.os.spi.PlatformProvider;
import java.nio.file.Path;
import java.util.Map;

/**
 * Registered for {@link java.util.ServiceLoader}: makes {@link WindowsPlatform}s, which
 * {@link io.hostsql.os.Platform#current()} picks when os.name names Windows.
 */
public final class WindowsPlatformProvider implements PlatformProvider {
  @Override
  public OsFamily family() {
    return OsFamily.WINDOWS;
  }

  @Override
  public PlatformBackend live() {
    return WindowsPlatform.live();
  }

  /** Windows reads no pseudo file system: it has no roots to move. */
  @Override
  public PlatformBackend rooted(Map<String, Path> roots) {
    if (!roots.isEmpty()) {
      throw new OsException("Windows has no root '" + roots.keySet().iterator().next()
          + "': procfs and sysfs are Linux's");
    }
    return live();
  }
}
