package io.hostsql.os.windows;

import io.hostsql.os.OsFamily;
import io.hostsql.os.spi.PlatformBackend;
import io.hostsql.os.spi.ProcessBackend;
import io.hostsql.os.spi.SystemBackend;
import java.nio.file.Path;

/**
 * The Windows backend: the Win32 API through JNA (64-bit Windows). Services come from the
 * service control manager; the process and system readers not implemented yet fail each call
 * with an OsException naming what is missing. Over another {@link ServiceControl} (recorded
 * buffers), it answers the same from those.
 */
public final class WindowsPlatform implements PlatformBackend {
  private final ProcessBackend processes;
  private final SystemBackend system;

  private WindowsPlatform(ServiceControl services, ProcessCalls processCalls,
      SystemCalls systemCalls) {
    WindowsMemory memory = new WindowsMemory(systemCalls);
    this.processes = new WindowsProcesses(processCalls, () -> memory.virtualMemory().total());
    this.system = new WindowsSystem(services, systemCalls);
  }

  /** The running Windows. */
  public static WindowsPlatform live() {
    return new WindowsPlatform(new LiveServiceControl(Advapi32Calls.load()),
        LiveCalls.processes(), LiveCalls.system());
  }

  /** Over these service calls (buffers recorded elsewhere, replayed in tests and demos). */
  public static WindowsPlatform of(ServiceControl services) {
    return new WindowsPlatform(services, NotYet.reader(ProcessCalls.class),
        NotYet.reader(SystemCalls.class));
  }

  /** Over these calls (buffers recorded elsewhere, replayed in tests and demos). */
  public static WindowsPlatform of(ServiceControl services, ProcessCalls processes,
      SystemCalls system) {
    return new WindowsPlatform(services, processes, system);
  }

  @Override
  public OsFamily family() {
    return OsFamily.WINDOWS;
  }

  @Override
  public ProcessBackend processes() {
    return processes;
  }

  @Override
  public SystemBackend system() {
    return system;
  }

  /** The system drive's root, where Windows keeps what /etc holds on Linux. */
  @Override
  public Path fileSystemRoot() {
    String drive = System.getenv("SystemDrive");
    return Path.of((drive == null ? "C:" : drive) + "\\");
  }
}
