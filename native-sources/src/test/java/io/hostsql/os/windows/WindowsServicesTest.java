package io.hostsql.os.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.NoSuchProcessException;
import io.hostsql.os.OsException;
import io.hostsql.os.OsFamily;
import io.hostsql.os.Parsed;
import io.hostsql.os.Platform;
import io.hostsql.os.ServiceStartType;
import io.hostsql.os.ServiceStatus;
import io.hostsql.os.Services;
import io.hostsql.os.WindowsService;
import io.hostsql.os.testing.RecordedServices;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * psutil's win_service_iter/win_service_get over the service control manager Wine recorded
 * (services.c), and over buffers crafted by hand to be wrong in the ways a live system or a
 * hostile one can make them: each is a null field or a skipped service, never an exception.
 */
class WindowsServicesTest {
  private final RecordedServices recorded = RecordedServices.committed();
  private final Services services = Platform.of(WindowsPlatform.of(recorded)).system()
      .services();

  private static WindowsService find(List<WindowsService> list, String name) {
    return list.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
  }

  /** Every field of the service the harness created, as services.c set it. */
  @Test
  void theHarnessServiceHasWhatTheHarnessGaveIt() {
    WindowsService s = find(services.all().values(), "HostsqlProbe");
    assertEquals("hostsql probe service", s.displayName());
    assertEquals("C:\\windows\\system32\\svchost.exe -k hostsqlprobe", s.binpath());
    assertEquals("NT AUTHORITY\\LocalService", s.username());
    assertEquals(ServiceStartType.MANUAL, s.startType());
    assertEquals("manual", s.startType().label());
    assertEquals("DEMAND_START", s.startType().osqueryName());
    assertEquals(ServiceStatus.STOPPED, s.status());
    assertNull(s.pid(), "a stopped service has no pid, as psutil says");
    assertEquals("Created by services.c to be read back: caf\u00e9, tab\there.",
        s.description());
    assertEquals(0x20, s.serviceType());
    assertEquals("SHARE_PROCESS", s.serviceTypeName());
    assertEquals(1077, s.win32ExitCode(), "ERROR_SERVICE_NEVER_STARTED");
    assertEquals("%SystemRoot%\\system32\\hostsqlprobe.dll", s.modulePath());
  }

  @Test
  void aServiceDeletedAfterTheListingIsDroppedWithAProblem() {
    Parsed<WindowsService> all = services.all();
    assertNull(find(all.values(), "HostsqlGone"));
    assertTrue(all.problems().stream().anyMatch(p -> p.contains("'HostsqlGone' was deleted")),
        all.problems().toString());
    assertEquals(1, all.problems().size(), all.problems().toString());
  }

  /** The listing's status and pid, against the harness's reading of the same buffer. */
  @Test
  void statusAndPidFollowTheListing() {
    List<WindowsService> all = services.all().values();
    int running = 0;
    for (Map<String, String> x : Recordings.committed("services").rows("enum")) {
      WindowsService s = find(all, x.get("name"));
      if (x.get("name").equals("HostsqlGone")) {
        continue;
      }
      assertEquals(ServiceStatus.of(Long.parseLong(x.get("current_state"))), s.status());
      int pid = Integer.parseInt(x.get("process_id"));
      assertEquals(pid == 0 ? null : pid, s.pid(), s.name());
      running += s.status() == ServiceStatus.RUNNING ? 1 : 0;
    }
    assertTrue(running >= 2, "Wine runs PlugPlay and its device hosts: " + running);
  }

  @Test
  void getByNameOpensOneServiceAndGivesTheListingsSpelling() {
    WindowsService s = services.get("plugplay");
    assertEquals("PlugPlay", s.name(), "GetServiceKeyName's spelling, as the listing has it");
    Map<String, String> x = Recordings.committed("services").rows("status").stream()
        .filter(r -> r.get("name").equals("PlugPlay")).findFirst().orElseThrow();
    assertEquals(Integer.valueOf(x.get("process_id")), s.pid());
    assertEquals(ServiceStatus.RUNNING, s.status());
    assertEquals("Plug and Play Service", s.displayName());
    assertEquals(0, recorded.enumerations());
  }

  @Test
  void anUnknownNameIsNoSuchProcessAsInPsutil() {
    NoSuchProcessException e = assertThrows(NoSuchProcessException.class,
        () -> services.get("NoSuchServiceHere"));
    assertTrue(e.getMessage().contains("NoSuchServiceHere"), e.getMessage());
    assertThrows(NoSuchProcessException.class, () -> services.get("HostsqlGone"));
    assertThrows(NoSuchProcessException.class, () -> services.get(""));
  }

  @Test
  void namedOpensEachNameAndLeavesUnknownOnesOut() {
    Parsed<WindowsService> some = services.named(List.of("PlugPlay", "nosuch", "Spooler",
        "PlugPlay"));
    assertEquals(List.of("PlugPlay", "Spooler"),
        some.values().stream().map(WindowsService::name).toList());
    assertEquals(3, recorded.opens(), "each distinct name opened once");
    assertEquals(0, recorded.enumerations());
    assertEquals(List.of(), some.problems());
  }

  @Test
  void linuxHasNoServices() {
    Platform linux = Platform.current();
    org.junit.jupiter.api.Assumptions.assumeTrue(linux.family() == OsFamily.LINUX);
    OsException e = assertThrows(OsException.class, () -> linux.system().services());
    assertTrue(e.getMessage().contains("not on this platform"), e.getMessage());
  }

  // --- crafted buffers ------------------------------------------------------------------------

  private static final long BASE = 0x7f0000010000L;

  /** A hand-built service control manager: buffers per call, errors where given. */
  private static final class Crafted implements ServiceControl {
    Win32Buffer listing;
    final Map<String, Win32Buffer> configs = new HashMap<>();
    final Map<String, Win32Buffer> descriptions = new HashMap<>();
    // Windows opens a service by name in any case.
    final Map<String, Win32Buffer> statuses = new java.util.TreeMap<>(
        String.CASE_INSENSITIVE_ORDER);

    @Override
    public Win32Buffer enumerate() {
      return listing;
    }

    @Override
    public Win32Buffer status(String name) {
      return statuses.getOrDefault(name, Win32Buffer.failed(Win32Buffer.SERVICE_DOES_NOT_EXIST));
    }

    @Override
    public Win32Buffer config(String name) {
      return configs.getOrDefault(name, Win32Buffer.failed(Win32Buffer.ACCESS_DENIED));
    }

    @Override
    public Win32Buffer description(String name) {
      return descriptions.getOrDefault(name, Win32Buffer.failed(Win32Buffer.ACCESS_DENIED));
    }

    @Override
    public Win32Buffer serviceDll(String name) {
      return null;
    }

    @Override
    public String keyName(String displayName) {
      return null;
    }
  }

  /** An ENUM_SERVICE_STATUS_PROCESSW array of n entries followed by a string area. */
  private static ByteBuffer listing(int entries, int stringBytes) {
    return ByteBuffer.allocate(entries * 56 + stringBytes).order(ByteOrder.LITTLE_ENDIAN);
  }

  private static int putString(ByteBuffer b, int at, String s, boolean terminated) {
    byte[] u = s.getBytes(StandardCharsets.UTF_16LE);
    b.put(at, u);
    if (terminated) {
      b.putChar(at + u.length, '\0');
      return at + u.length + 2;
    }
    return at + u.length;
  }

  private static void entry(ByteBuffer b, int i, long name, long display, int state, int pid) {
    b.putLong(i * 56, name);
    b.putLong(i * 56 + 8, display);
    b.putInt(i * 56 + 16, 0x10);
    b.putInt(i * 56 + 16 + 4, state);
    b.putInt(i * 56 + 16 + 28, pid);
  }

  /** A listing of one service, as its call reported it (count), everything else crafted. */
  private static Crafted oneService(String name, int state, int pid, int count) {
    ByteBuffer b = listing(1, 32);
    putString(b, 56, name, true);
    entry(b, 0, BASE + 56, 0, state, pid);
    Crafted c = new Crafted();
    c.listing = new Win32Buffer(b, BASE, count, 0);
    return c;
  }

  @Test
  void aCountBeyondTheBufferIsCutToWhatItHolds() {
    Crafted c = oneService("One", 4, 42, 5);
    Parsed<WindowsService> p = new WindowsServices(c).all();
    assertEquals(1, p.values().size());
    WindowsService s = p.values().get(0);
    assertEquals("One", s.name());
    assertNull(s.displayName());
    assertEquals(42, s.pid());
    assertNull(s.binpath(), "access denied on the configuration leaves its fields null");
    assertNull(s.startType());
    assertNull(s.username());
    assertTrue(p.problems().stream().anyMatch(x -> x.contains("5 entries reported, 1 fit")));
    assertTrue(p.problems().stream().anyMatch(x -> x.contains("'One' configuration: Win32 "
        + "error 5 (access denied)")), p.problems().toString());
  }

  @Test
  void pointersOutsideTheBufferAndStringsWithoutTerminatorGiveNulls() {
    ByteBuffer b = listing(4, 64);
    int end = putString(b, 4 * 56, "Good", true);
    int unterminated = end;
    putString(b, unterminated, "NoEnd", false); // runs to the buffer's end without a NUL
    entry(b, 0, BASE + 4 * 56, BASE + 1_000_000, 1, 0); // display past the end
    entry(b, 1, BASE - 8, 0, 1, 0); // name before the buffer
    entry(b, 2, BASE + 4 * 56 + 1, 0, 1, 0); // misaligned
    entry(b, 3, BASE + unterminated, 0, 1, 0); // no terminator
    b.position(0);
    // The terminator-less string must reach the end: cut the buffer there.
    ByteBuffer cut = ByteBuffer.wrap(java.util.Arrays.copyOf(b.array(),
        unterminated + "NoEnd".length() * 2));
    Crafted c = new Crafted();
    c.listing = new Win32Buffer(cut, BASE, 4, 0);
    Parsed<WindowsService> p = new WindowsServices(c).all();
    assertEquals(List.of("Good"), p.values().stream().map(WindowsService::name).toList());
    assertNull(p.values().get(0).displayName());
    assertTrue(p.problems().stream().anyMatch(x -> x.contains("outside")), p.toString());
    assertTrue(p.problems().stream().anyMatch(x -> x.contains("no terminating NUL")),
        p.toString());
    assertEquals(3, p.problems().stream().filter(x -> x.contains("skipped")).count(),
        p.problems().toString());
  }

  @Test
  void aTruncatedConfigurationOrDescriptionLeavesThoseFieldsNull() {
    Crafted c = oneService("Svc", 1, 0, 1);
    c.configs.put("Svc", Win32Buffer.of(new byte[10], BASE, -1));
    ByteBuffer d = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(0, BASE + 64);
    c.descriptions.put("Svc", new Win32Buffer(d, BASE, -1, 0));
    Parsed<WindowsService> p = new WindowsServices(c).all();
    WindowsService s = p.values().get(0);
    assertNull(s.binpath());
    assertNull(s.description());
    assertTrue(p.problems().stream().anyMatch(x -> x.contains("10 bytes, 64 expected")));
    assertTrue(p.problems().stream().anyMatch(x -> x.contains("description: pointer")));
  }

  /** A by-name lookup whose status is refused answers from the listing, as a full scan does. */
  @Test
  void aRefusedStatusByNameIsReadFromTheListing() {
    Crafted c = oneService("Locked", 4, 77, 1);
    c.statuses.put("Locked", Win32Buffer.failed(Win32Buffer.ACCESS_DENIED));
    Parsed<WindowsService> p = new WindowsServices(c).named(List.of("locked"));
    assertEquals(1, p.values().size(), p.toString());
    assertEquals("Locked", p.values().get(0).name(), "the listing's spelling");
    assertEquals(77, p.values().get(0).pid());
    assertTrue(p.problems().get(0).contains("read from the listing instead"), p.toString());
  }

  @Test
  void aFailedListingIsAProblemNotAnException() {
    Crafted c = new Crafted();
    c.listing = Win32Buffer.failed(Win32Buffer.ACCESS_DENIED);
    Parsed<WindowsService> p = new WindowsServices(c).all();
    assertEquals(List.of(), p.values());
    assertEquals(List.of("EnumServicesStatusExW failed: Win32 error 5"), p.problems());
  }

  /** Random bytes for every buffer, at random lengths and counts: never an exception. */
  @Test
  void randomBuffersNeverThrow() {
    Random r = new Random(20);
    for (int round = 0; round < 2000; round++) {
      byte[] bytes = new byte[r.nextInt(400)];
      r.nextBytes(bytes);
      // Point some pointers into the buffer so that strings are decoded too.
      ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
      for (int at = 0; at + 8 <= bytes.length; at += 8) {
        if (r.nextInt(3) == 0) {
          b.putLong(at, BASE + r.nextInt(Math.max(1, bytes.length + 16)));
        }
      }
      Crafted c = new Crafted();
      c.listing = Win32Buffer.of(bytes, BASE, r.nextInt(20) - 2);
      byte[] config = new byte[r.nextInt(100)];
      r.nextBytes(config);
      c.configs.put("x", Win32Buffer.of(config, BASE, -1));
      Parsed<WindowsService> p = new WindowsServices(c).all();
      for (WindowsService s : p.values()) {
        assertFalse(s.name().isEmpty());
      }
      io.hostsql.os.windows.ServiceBuffers.config(ByteBuffer.wrap(bytes), BASE, "x",
          new java.util.ArrayList<>());
      io.hostsql.os.windows.ServiceBuffers.description(ByteBuffer.wrap(bytes), BASE, "x",
          new java.util.ArrayList<>());
      io.hostsql.os.windows.ServiceBuffers.serviceDll(ByteBuffer.wrap(bytes));
    }
  }
}
