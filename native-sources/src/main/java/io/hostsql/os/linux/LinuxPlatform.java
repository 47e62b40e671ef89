package io.hostsql.os.linux;

import io.hostsql.os.OsFamily;
import io.hostsql.os.Platform;
import io.hostsql.os.spi.PlatformBackend;
import io.hostsql.os.spi.ProcessBackend;
import io.hostsql.os.spi.SystemBackend;
import java.nio.file.Path;

/**
 * The Linux backend: everything read from one procfs and one sysfs (the live /proc and /sys,
 * mounts of them elsewhere, or fixture trees laid out the same way).
 */
public final class LinuxPlatform implements PlatformBackend {
  private final ProcFs proc;
  private final ProcFs sys;
  private final LinuxProcesses processes;
  private final LinuxSystem system;

  private LinuxPlatform(ProcFs proc, ProcFs sys) {
    this.proc = proc;
    this.sys = sys;
    this.processes = new LinuxProcesses(proc);
    this.system = new LinuxSystem(proc, sys, fileSystemRoot());
  }

  /**
   * Over these trees as they are: a fixture is not checked to be a procfs. Its configuration
   * files (/etc...) are those of the fixture's {@code rootfs} directory; the live ones' are /.
   */
  public static LinuxPlatform of(ProcFs proc, ProcFs sys) {
    return new LinuxPlatform(proc, sys);
  }

  /** A platform over this procfs (a fixture tree, or one with a listener) and the live /sys. */
  public static Platform over(ProcFs proc) {
    return Platform.of(of(proc, new ProcFs(Path.of("/sys"))));
  }

  /** The live /proc and /sys. */
  public static LinuxPlatform live() {
    return new LinuxPlatform(ProcFs.system(), new ProcFs(Path.of("/sys")));
  }

  /** The procfs this backend reads. */
  public ProcFs proc() {
    return proc;
  }

  /** The sysfs this backend reads. */
  public ProcFs sys() {
    return sys;
  }

  @Override
  public OsFamily family() {
    return OsFamily.LINUX;
  }

  @Override
  public ProcessBackend processes() {
    return processes;
  }

  @Override
  public SystemBackend system() {
    return system;
  }

  /**
   * / for a procfs of the running kernel: the configuration files are not below a procfs, so a
   * procfs mounted elsewhere still goes with this machine's /etc.
   */
  @Override
  public Path fileSystemRoot() {
    return proc.isLive() ? Path.of("/") : proc.root().resolve("rootfs");
  }
}
