package io.hostsql.os.linux;

import io.hostsql.os.OsException;
import io.hostsql.os.OsFamily;
import io.hostsql.os.spi.PlatformBackend;
import io.hostsql.os.spi.PlatformProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Registered for {@link java.util.ServiceLoader}: makes {@link LinuxPlatform}s. */
public final class LinuxPlatformProvider implements PlatformProvider {
  private static final Path PROC = Path.of("/proc");
  private static final Path SYS = Path.of("/sys");

  @Override
  public OsFamily family() {
    return OsFamily.LINUX;
  }

  @Override
  public PlatformBackend live() {
    return LinuxPlatform.live();
  }

  /** Roots "procfs" and "sysfs"; one not given is the live one. */
  @Override
  public PlatformBackend rooted(Map<String, Path> roots) {
    for (String name : roots.keySet()) {
      if (!name.equals("procfs") && !name.equals("sysfs")) {
        throw new OsException("Linux has no root '" + name + "': procfs and sysfs");
      }
    }
    Path proc = roots.getOrDefault("procfs", PROC);
    Path sys = roots.getOrDefault("sysfs", SYS);
    return LinuxPlatform.of(mount(proc, FileSystemType.PROC, "procfs", "proc"),
        mount(sys, FileSystemType.SYSFS, "sysfs", "sysfs"));
  }

  /** The root as a live mount, once statfs says it is one of this type. */
  private static ProcFs mount(Path root, long magic, String what, String mountType) {
    Path abs = root.toAbsolutePath().normalize();
    if (!Files.isDirectory(abs)) {
      throw new OsException(what + " root " + root + " is not a directory");
    }
    long type;
    try {
      type = FileSystemType.of(abs.toString());
    } catch (SyscallException e) {
      throw new OsException(what + " root " + root + " cannot be examined: " + e.getMessage(), e);
    }
    if (type != magic) {
      throw new OsException(what + " root " + root + " is not a " + mountType
          + " file system (statfs f_type 0x" + Long.toHexString(type) + ", expected 0x"
          + Long.toHexString(magic) + "): mount one there, e.g. mount -t " + mountType + " "
          + mountType + " " + root);
    }
    if (abs.equals(PROC)) {
      return ProcFs.system();
    }
    return abs.equals(SYS) ? new ProcFs(abs) : ProcFs.mounted(abs);
  }
}
