package io.hostsql.os.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.AccessDeniedException;
import io.hostsql.os.IoNice;
import io.hostsql.os.IoPriorityClass;
import io.hostsql.os.MemoryMap;
import io.hostsql.os.OpenFile;
import io.hostsql.os.OsException;
import io.hostsql.os.Process;
import io.hostsql.os.WindowsMemoryInfoEx;
import io.hostsql.os.testing.RecordedProcesses;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * memory_info_ex, num_handles, ionice, memory_maps and open_files through psutil's Process API
 * over the Windows backend, the calls replayed from processes2.c's recording: the harness held
 * a file open, held a pipe, mapped a file and loaded ntdll, and each shows (or, the pipe, does
 * not) where psutil shows it. Then psutil's AccessDenied rules, with the harness's pid refused
 * as Windows refuses a protected process.
 */
class WindowsProcessDetailsTest {
  private final RecordedProcesses calls = RecordedProcesses.of("processes2");
  private final Recordings rec = Recordings.committed("processes2");
  private final int self = calls.selfPid();

  private String fact(String key) {
    return rec.facts("facts.txt").get(key).get(0);
  }

  private ProcessEntry listed() {
    return ProcessInfoBuffer.decode(rec.bytes("processes"), rec.base("processes"),
        new ArrayList<>()).stream().filter(e -> e.pid() == self).findFirst().orElseThrow();
  }

  private Process process(ProcessCalls c) {
    return new WindowsProcesses(c).process(self);
  }

  @Test
  void memoryInfoExIsTheCountersWithTheListingsVirtualSizes() {
    List<String> c = rec.expect("counters").get(0);
    ProcessEntry e = listed();
    WindowsMemoryInfoEx m = assertInstanceOf(WindowsMemoryInfoEx.class,
        process(calls).memoryInfoEx());
    assertEquals(Long.parseLong(c.get(3)), m.rss());
    assertEquals(Long.parseLong(c.get(2)), m.peakRss());
    assertEquals(Long.parseLong(c.get(9)), m.peakVms());
    assertEquals(Long.parseLong(c.get(5)), m.pagedPool());
    assertEquals(Long.parseLong(c.get(7)), m.nonpagedPool());
    assertEquals(Long.parseLong(c.get(4)), m.peakPagedPool());
    assertEquals(Long.parseLong(c.get(6)), m.peakNonpagedPool());
    assertEquals(Long.parseLong(c.get(1)), m.numPageFaults());
    assertEquals(Long.parseLong(c.get(8)), m.pagefile());
    // Wine fills the short struct (cb 72): PrivateUsage comes from the listing's
    // PrivatePageCount, as read through the harness's struct in processes.expect.txt's sibling
    // buffer.
    assertEquals(Integer.parseInt(c.get(0)) < 80 ? e.privateBytes() : Long.parseLong(c.get(10)),
        m.vms());
    assertEquals(m.vms(), m.privateBytes());
    assertEquals(e.vms(), m.virtual());
    assertEquals(e.peakVms(), m.peakVirtual());
  }

  @Test
  void numHandlesIsGetProcessHandleCounts() {
    // Wine 8's GetProcessHandleCount answers 0 (the harness wrote what it got).
    assertEquals(Integer.parseInt(fact("handle_count")), process(calls).numHandles());
  }

  @Test
  void ioniceUnderWineIsAnErrorNotAccessDenied() {
    OsException e = assertThrows(OsException.class, () -> process(calls).ionice());
    assertFalse(e instanceof AccessDeniedException, e.toString());
  }

  @Test
  void ioniceGivesTheHintAsItsClass() {
    ProcessCalls withHint = new ProtectedProcessCalls(calls, -1, false) {
      @Override
      public Win32Buffer ioPriority(int pid) {
        return Win32Buffer.of(rec.bytes("iopriority_layout").array(), 0, -1);
      }
    };
    assertEquals(new IoNice(IoPriorityClass.HIGH, 0), process(withHint).ionice());
  }

  @Test
  void memoryMapsShowTheMappedFileAndNtdll() {
    List<MemoryMap> maps = process(calls).memoryMaps(false);
    String view = Long.toHexString(Long.parseLong(fact("mapped_view"), 16));
    MemoryMap mapped = maps.stream().filter(m -> m.address().startsWith(view + "-"))
        .findFirst().orElseThrow();
    assertEquals(fact("mapped_path"), mapped.path());
    assertEquals(Long.parseLong(rec.facts("facts.txt").get("mapped_view").get(1)),
        mapped.rss());
    assertEquals("r", mapped.perms());
    String ntdll = fact("ntdll_path").toLowerCase();
    // Grouped: one entry per path, its size the sum of the harness's regions of that file.
    List<MemoryMap> grouped = process(calls).memoryMaps(true);
    assertEquals(grouped.size(), grouped.stream().map(MemoryMap::path).distinct().count());
    long ntdllBytes = rec.expect("regions").stream()
        .filter(r -> r.get(7) != null && r.get(7).toLowerCase().endsWith("\\ntdll.dll"))
        .mapToLong(r -> Long.parseLong(r.get(3))).sum();
    MemoryMap g = grouped.stream().filter(m -> m.path().toLowerCase().equals(ntdll))
        .findFirst().orElseThrow();
    assertEquals(ntdllBytes, g.rss());
    assertNull(g.address());
    // Every region that maps a file, and only those.
    assertEquals(rec.expect("regions").stream().filter(r -> r.get(7) != null).count(),
        maps.size());
  }

  @Test
  void openFilesHoldTheHeldFileAndNotThePipe() {
    List<OpenFile> files = process(calls).openFiles();
    assertTrue(files.stream().anyMatch(f -> f.path().equals(fact("held_path"))), files.toString());
    assertFalse(files.stream().anyMatch(f -> f.path().contains("NamedPipe")), files.toString());
    assertTrue(files.stream().allMatch(f -> f.fd() == -1));
    assertEquals(files.size(), Set.copyOf(files).size(), "each path once");
  }

  @Test
  void aProtectedProcessAnswersWhatTheListingOrTheLimitedRightGives() {
    ProcessEntry e = listed();
    Process p = process(new ProtectedProcessCalls(calls, self, false));
    assertEquals(e.userTime() / 1e7, p.cpuTimes().user());
    assertEquals(e.wset(), p.memoryInfo().rss());
    assertEquals(e.numThreads(), p.numThreads());
    assertEquals(e.readCount(), p.ioCounters().readCount());
    p.createTime();
    // GetProcessMemoryInfo needs PROCESS_VM_READ too: the listing's counters answer.
    WindowsMemoryInfoEx m = (WindowsMemoryInfoEx) p.memoryInfoEx();
    assertEquals(List.of(e.wset(), e.privateBytes(), e.peakWset(), e.peakPagefile(), e.vms(),
        e.peakVms(), e.pagedPool(), e.nonPagedPool(), e.peakPagedPool(),
        e.peakNonPagedPool(), e.pageFaults()), List.of(m.rss(), m.vms(), m.peakRss(),
        m.peakVms(), m.virtual(), m.peakVirtual(), m.pagedPool(), m.nonpagedPool(),
        m.peakPagedPool(), m.peakNonpagedPool(), m.numPageFaults()));
    // The limited right still opens it: the handle count is the call's.
    assertEquals(Integer.parseInt(fact("handle_count")), p.numHandles());
    assertThrows(AccessDeniedException.class, p::cmdline);
    assertThrows(AccessDeniedException.class, p::environ);
    assertThrows(AccessDeniedException.class, p::cwd);
    assertThrows(AccessDeniedException.class, p::exe);
    assertThrows(AccessDeniedException.class, p::username);
    assertThrows(AccessDeniedException.class, () -> p.memoryMaps(true));
    assertThrows(AccessDeniedException.class, p::openFiles);
  }

  @Test
  void aProtectedProcessIsNamedWithoutItsEnvironmentBlock() {
    // Wine answers neither call, so the layouts the harness filled stand in for Windows'
    // answers: an image on \Device\HarddiskVolume1, which the recorded QueryDosDeviceW
    // maps to C:, and a quoted command line.
    ProcessCalls windows = new ProtectedProcessCalls(calls, self, false) {
      @Override
      public Win32Buffer imageName(int pid) {
        return Win32Buffer.of(rec.bytes("image_layout").array(), rec.base("image_layout"), -1);
      }

      @Override
      public Win32Buffer commandLine(int pid) {
        return Win32Buffer.of(rec.bytes("cmdline_layout").array(), rec.base("cmdline_layout"),
            -1);
      }
    };
    Process p = process(windows);
    assertEquals("C:\\Program Files\\h\u00e9llo\\x.exe", p.exe());
    assertEquals(List.of("C:\\Program Files\\h\u00e9llo\\x.exe", "-a", "b c"), p.cmdline());
    assertThrows(AccessDeniedException.class, p::environ);
    // Under Wine's own answers (STATUS_INVALID_INFO_CLASS) the refusal stands.
    Process wine = process(new ProtectedProcessCalls(calls, self, false));
    assertThrows(AccessDeniedException.class, wine::exe);
    assertThrows(AccessDeniedException.class, wine::cmdline);
  }

  @Test
  void refusedEvenTheLimitedRightTheListingStillAnswers() {
    ProcessEntry e = listed();
    Process p = process(new ProtectedProcessCalls(calls, self, true));
    assertEquals(e.handleCount(), p.numHandles(), "the listing's HandleCount");
    assertThrows(AccessDeniedException.class, p::nice);
    assertThrows(AccessDeniedException.class, p::ionice);
    assertThrows(AccessDeniedException.class, p::cpuAffinity);
    // As the tables see it: refused attributes are the AccessDenied value, the rest answered.
    Object refused = new Object();
    Map<String, Object> all = p.asMap(List.of("cmdline", "memory_maps", "open_files",
        "ionice", "nice", "memory_info_ex", "num_threads", "cpu_times", "io_counters"), refused);
    for (String name : List.of("cmdline", "memory_maps", "open_files", "ionice", "nice")) {
      assertEquals(refused, all.get(name), name);
    }
    for (String name : List.of("memory_info_ex", "num_threads", "cpu_times", "io_counters")) {
      assertFalse(all.get(name) == refused, name);
    }
  }
}
