package io.hostsql.os.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.OsException;
import io.hostsql.os.OsFamily;
import io.hostsql.os.Platform;
import io.hostsql.os.spi.PlatformProvider;
import io.hostsql.os.testing.RecordedServices;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The Windows backend is found the way Platform.current() finds one (ServiceLoader, by family),
 * and what it does not implement yet says so rather than answering.
 */
class WindowsPlatformProviderTest {
  @Test
  void serviceLoaderFindsOneProviderPerFamily() {
    List<OsFamily> families = new ArrayList<>();
    for (PlatformProvider p : ServiceLoader.load(PlatformProvider.class)) {
      families.add(p.family());
      if (p.family() == OsFamily.WINDOWS) {
        OsException e = assertThrows(OsException.class,
            () -> p.rooted(Map.of("procfs", Path.of("/proc"))));
        assertTrue(e.getMessage().contains("procfs"), e.getMessage());
      }
    }
    assertEquals(List.of(OsFamily.LINUX, OsFamily.WINDOWS),
        families.stream().sorted().toList());
  }

  @Test
  void readersNotImplementedYetFailEachCallNamingIt() {
    Platform windows = Platform.of(WindowsPlatform.of(RecordedServices.committed()));
    assertEquals(OsFamily.WINDOWS, windows.family());
    // Over the services recording alone, the process and system calls are not there either.
    OsException e = assertThrows(OsException.class, () -> windows.sensors().battery());
    assertTrue(e.getMessage().contains("SystemCalls.powerStatus is not implemented on Windows yet"),
        e.getMessage());
    assertThrows(OsException.class, () -> windows.cpu().count(true));
    assertThrows(OsException.class, () -> windows.processes().pids());
    assertTrue(windows.memory().toString().contains("Memory"));
  }
}
