package io.hostsql.os;

import io.hostsql.os.spi.PlatformBackend;
import io.hostsql.os.spi.PlatformProvider;
import io.hostsql.os.spi.ProcessBackend;
import io.hostsql.os.spi.SystemBackend;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The one place that picks the backend for the running OS (as psutil's {@code __init__} picks
 * {@code _pslinux} or {@code _pswindows}), or is given one, and from which processes, CPU,
 * memory, disks, network, sensors, the host and its accounts are reached. Backends are found
 * through {@link PlatformProvider}; this package knows none of them by name.
 */
public final class Platform {
  private static volatile Platform current;

  private final PlatformBackend backend;

  private Platform(PlatformBackend backend) {
    this.backend = backend;
  }

  /** Over a backend made by hand (a fixture tree in tests). */
  public static Platform of(PlatformBackend backend) {
    return new Platform(backend);
  }

  /**
   * The running machine, through the backend for its OS.
   *
   * @throws OsException when no backend is installed for this OS
   */
  public static Platform current() {
    Platform p = current;
    if (p == null) {
      p = new Platform(provider(running()).live());
      current = p;
    }
    return p;
  }

  /**
   * Linux, with /proc and /sys at these roots (psutil's PROCFS_PATH: a host's /proc bind-mounted
   * into a container, or a procfs mounted for another pid namespace).
   *
   * @throws OsException when a root is not a procfs (sysfs) mount, or this is not Linux
   */
  public static Platform linux(Path procRoot, Path sysRoot) {
    Map<String, Path> roots = new LinkedHashMap<>();
    roots.put("procfs", procRoot);
    roots.put("sysfs", sysRoot);
    return new Platform(provider(OsFamily.LINUX).rooted(roots));
  }

  /**
   * The running OS's backend over the given roots (connection properties procfs and sysfs);
   * {@link #current()} when there are none.
   */
  public static Platform rooted(Map<String, Path> roots) {
    if (roots.isEmpty()) {
      return current();
    }
    return new Platform(provider(running()).rooted(roots));
  }

  private static OsFamily running() {
    OsFamily family = OsFamily.running();
    if (family == null) {
      throw new OsException("no hostsql backend for " + System.getProperty("os.name"));
    }
    return family;
  }

  private static PlatformProvider provider(OsFamily family) {
    for (PlatformProvider p : ServiceLoader.load(PlatformProvider.class,
        Platform.class.getClassLoader())) {
      if (p.family() == family) {
        return p;
      }
    }
    throw new OsException("no hostsql backend for " + family + " is installed");
  }

  /** The OS family this platform reads. */
  public OsFamily family() {
    return backend.family();
  }

  /** The backend itself, for code that implements or inspects one. */
  public PlatformBackend backend() {
    return backend;
  }

  /** Processes: listing and lookup by pid. */
  public ProcessBackend processes() {
    return backend.processes();
  }

  /** The system-wide readers. */
  public SystemBackend system() {
    return backend.system();
  }

  /** A new CPU reader. */
  public Cpu cpu() {
    return backend.system().cpu();
  }

  /** A new memory reader. */
  public Memory memory() {
    return backend.system().memory();
  }

  /** A new disks reader. */
  public Disks disks() {
    return backend.system().disks();
  }

  /** A new network reader (its counter wrap corrections belong to its user). */
  public Net net() {
    return backend.system().net();
  }

  /** A new sensors reader. */
  public Sensors sensors() {
    return backend.system().sensors();
  }

  /** The host: boot time, users, names. */
  public Host host() {
    return backend.system().host();
  }

  /** The local accounts. */
  public Accounts accounts() {
    return backend.system().accounts();
  }

  /** The root of the configuration files the audit tables read. */
  public Path fileSystemRoot() {
    return backend.fileSystemRoot();
  }

  @Override
  public String toString() {
    return "Platform[" + backend.family() + "]";
  }
}
