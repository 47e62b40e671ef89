package io.hostsql.os.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.IoPriorityClass;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The per-process buffers of processes2.c as Wine filled them, against what the harness read
 * from the same buffers through the SDK structs (the expect files) and what it knew on its own
 * (facts.txt: the file it held open, the file it mapped and where, the ntdll it loaded, its
 * pid); the layout recordings (structs filled field by field with distinct values) for what Wine
 * fills short or not at all; and crafted bad buffers.
 */
class ProcessDetailBuffersTest {
  final Recordings rec = recordings();

  /** The recording decoded: the committed one; a fresh one in the Fresh subclass. */
  Recordings recordings() {
    return Recordings.committed("processes2");
  }

  private long fact(String key) {
    return Long.parseLong(rec.facts("facts.txt").get(key).get(0), 16);
  }

  private String factText(String key) {
    return rec.facts("facts.txt").get(key).get(0);
  }

  private static List<String> counters(MemoryCounters c) {
    return List.of(c.pageFaults(), c.peakWset(), c.wset(), c.peakPagedPool(), c.pagedPool(),
        c.peakNonPagedPool(), c.nonPagedPool(), c.pagefile(), c.peakPagefile())
        .stream().map(Long::toUnsignedString).toList();
  }

  @Test
  void memoryCountersAsTheHarnessReadThem() {
    List<String> problems = new ArrayList<>();
    MemoryCounters c = ProcessCounterBuffers.memoryCounters(rec.bytes("self_counters"),
        problems);
    assertEquals(List.of(), problems);
    List<String> e = rec.expect("counters").get(0);
    assertEquals(e.subList(1, 10), counters(c));
    // Wine 8 fills the shorter PROCESS_MEMORY_COUNTERS and says so in cb (72): PrivateUsage
    // is then unknown, not the 0 the harness's zeroed struct held.
    if (Integer.parseInt(e.get(0)) < ProcessCounterBuffers.COUNTERS_EX_SIZE) {
      assertEquals(-1, c.privateUsage());
    } else {
      assertEquals(Long.parseUnsignedLong(e.get(10)), c.privateUsage());
    }
  }

  @Test
  void memoryCountersLayoutEveryFieldAtItsOffset() {
    List<String> problems = new ArrayList<>();
    MemoryCounters c = ProcessCounterBuffers.memoryCounters(rec.bytes("counters_layout"),
        problems);
    assertEquals(List.of(), problems);
    List<String> e = rec.expect("counters_layout").get(0);
    assertEquals("80", e.get(0));
    assertEquals(e.subList(1, 10), counters(c));
    assertEquals(e.get(10), Long.toUnsignedString(c.privateUsage()));
  }

  @Test
  void ioPriorityLayoutAndWhatWineAnswered() {
    List<String> problems = new ArrayList<>();
    assertEquals(Integer.parseInt(rec.expect("iopriority_layout").get(0).get(0)),
        ProcessCounterBuffers.ioPriority(rec.bytes("iopriority_layout"), problems).code());
    assertEquals(IoPriorityClass.HIGH,
        ProcessCounterBuffers.ioPriority(rec.bytes("iopriority_layout"), problems));
    assertEquals(List.of(), problems);
    // Wine 8 implements neither setting nor reading ProcessIoPriority (the calls' NTSTATUS is
    // in facts.txt); should a Wine answer, its value must be the one the harness set.
    long set = Long.parseLong(factText("io_priority_set"));
    if (rec.exists("self_iopriority.bin")) {
      assertEquals(set, ProcessCounterBuffers.ioPriority(rec.bytes("self_iopriority"),
          problems).code());
    } else {
      assertFalse(rec.facts("facts.txt")
          .get("NtQueryInformationProcess(ProcessIoPriority)").get(0).equals("0"));
    }
  }

  @Test
  void handleCountIsTheDword() {
    assertEquals(Long.parseLong(factText("handle_count")),
        ProcessCounterBuffers.dword(rec.bytes("self_handle_count"), "n", new ArrayList<>()));
  }

  @Test
  void everyRegionMatchesTheHarnessReading() {
    List<String> problems = new ArrayList<>();
    List<MemoryRegion> regions = MemoryRegions.decode(rec.bytes("self_regions"), problems);
    assertEquals(List.of(), problems);
    List<List<String>> expect = rec.expect("regions");
    assertEquals(expect.size(), regions.size());
    assertEquals(Long.parseLong(factText("regions")), regions.size());
    for (int i = 0; i < regions.size(); i++) {
      MemoryRegion r = regions.get(i);
      List<String> got = new ArrayList<>(List.of(Long.toHexString(r.base()),
          Long.toHexString(r.allocationBase()), String.valueOf(r.allocationProtect()),
          Long.toUnsignedString(r.size()), String.valueOf(r.state()),
          String.valueOf(r.protect()), String.valueOf(r.type())));
      got.add(r.path());
      assertEquals(expect.get(i), got, "region " + i);
    }
  }

  @Test
  void theMappedFileAndNtdllAreAmongTheRegions() {
    List<MemoryRegion> regions = MemoryRegions.decode(rec.bytes("self_regions"),
        new ArrayList<>());
    DosPaths paths = dosPaths();
    long view = fact("mapped_view");
    MemoryRegion mapped = regions.stream().filter(r -> r.base() == view).findFirst()
        .orElseThrow();
    assertEquals(factText("mapped_path"), paths.convert(mapped.path()));
    assertEquals("r", MemoryRegions.perms(mapped.protect()), "mapped PAGE_READONLY");
    assertEquals(Long.parseLong(rec.facts("facts.txt").get("mapped_view").get(1)),
        mapped.size());
    long ntdll = fact("ntdll_base");
    assertEquals(factText("ntdll_path").toLowerCase(), regions.stream()
        .filter(r -> r.base() == ntdll).findFirst().map(r -> paths.convert(r.path()))
        .orElseThrow().toLowerCase());
  }

  @Test
  void handleTableEntriesOfTheHarness() {
    List<String> problems = new ArrayList<>();
    long self = Long.parseLong(factText("self_pid"));
    List<HandleEntry> mine = HandleTable.decode(rec.bytes("handles"), self, problems);
    assertEquals(List.of(), problems);
    List<List<String>> got = mine.stream().map(h -> List.of(String.valueOf(h.pid()),
        Long.toHexString(h.handle()), Integer.toHexString(h.access()),
        String.valueOf(h.typeIndex()), String.valueOf(h.attributes()))).toList();
    assertEquals(rec.expect("handles"), got);
    assertEquals(Long.parseLong(factText("handles_total")),
        HandleTable.decode(rec.bytes("handles"), -1, problems).size());
    long held = fact("held_handle");
    assertTrue(mine.stream().anyMatch(h -> h.handle() == held), "the file it holds open");
  }

  @Test
  void objectNamesAndTheHeldFile() {
    DosPaths paths = dosPaths();
    for (List<String> row : rec.expect("objname")) {
      if (row.get(2) == null) {
        continue;
      }
      String file = "objname_" + row.get(0);
      List<String> problems = new ArrayList<>();
      assertEquals(row.get(2), ObjectNames.name(rec.bytes(file), rec.base(file), file,
          problems));
      assertEquals(List.of(), problems);
      if (Long.parseLong(row.get(0), 16) == fact("held_handle")) {
        assertEquals(factText("held_path"), paths.convert(row.get(2)));
      }
    }
  }

  @Test
  void imageNameAndCommandLineLayouts() {
    List<String> problems = new ArrayList<>();
    List<String> image = rec.expect("image_layout").get(0);
    ByteBuffer b = rec.bytes("image_layout");
    assertEquals(Long.parseLong(image.get(0), 16), b.getLong(0), "ProcessId first");
    assertEquals(image.get(1), ObjectNames.at(b, rec.base("image_layout"), 8, "image",
        problems));
    assertEquals(rec.expect("cmdline_layout").get(0).get(0), ObjectNames.at(
        rec.bytes("cmdline_layout"), rec.base("cmdline_layout"), 0, "cmdline", problems));
    assertEquals(List.of(), problems);
    // What Wine filled, should it implement the calls (Wine 8 answers
    // STATUS_INVALID_INFO_CLASS to both; the harness noted it).
    for (String[] call : new String[][] {{"self_image", "image", "8"},
        {"self_cmdline", "cmdline", "0"}}) {
      if (rec.exists(call[0] + ".bin")) {
        String expect = rec.expect("image").stream().filter(r -> r.get(0).equals(call[1]))
            .findFirst().orElseThrow().get(1);
        assertEquals(expect, ObjectNames.at(rec.bytes(call[0]), rec.base(call[0]),
            Integer.parseInt(call[2]), call[1], problems));
      }
    }
  }

  @Test
  void devicesBecomeDrives() {
    DosPaths paths = dosPaths();
    List<List<String>> expect = rec.expect("dosdevice");
    assertFalse(expect.isEmpty());
    for (List<String> row : expect) {
      assertEquals(row.get(0) + "\\x\\y.txt", paths.convert(row.get(1) + "\\x\\y.txt"));
      assertEquals(row.get(0), paths.convert(row.get(1)));
    }
    assertEquals("\\Device\\Nowhere\\x", paths.convert("\\Device\\Nowhere\\x"));
    assertEquals("C:\\a", paths.convert("\\??\\C:\\a"));
  }

  private DosPaths dosPaths() {
    Map<String, ByteBuffer> devices = new LinkedHashMap<>();
    for (List<String> row : rec.expect("dosdevice")) {
      devices.put(row.get(0), rec.bytes("dosdevice_" + row.get(0).charAt(0)));
    }
    List<String> problems = new ArrayList<>();
    DosPaths paths = DosPaths.of(devices, problems);
    assertEquals(List.of(), problems);
    return paths;
  }

  // ---- crafted bad buffers ---------------------------------------------------------------

  private static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  @Test
  void shortOrLyingCountersAreNull() {
    List<String> problems = new ArrayList<>();
    assertNull(ProcessCounterBuffers.memoryCounters(le(71).putInt(0, 72), problems));
    assertNull(ProcessCounterBuffers.memoryCounters(le(80).putInt(0, 40), problems));
    assertEquals(2, problems.size());
    // cb claims the EX struct, the buffer is the short one: PrivateUsage stays unknown.
    assertEquals(-1, ProcessCounterBuffers.memoryCounters(le(72).putInt(0, 80), problems)
        .privateUsage());
    assertNull(ProcessCounterBuffers.ioPriority(le(4).putInt(0, 7), problems));
    assertNull(ProcessCounterBuffers.ioPriority(le(4).putInt(0, -1), problems));
    assertNull(ProcessCounterBuffers.ioPriority(le(2), problems));
    assertEquals(5, problems.size());
  }

  private static ByteBuffer region(long base, long size, String name, boolean terminated,
      int claimedChars) {
    byte[] chars = name == null ? new byte[0] : name.getBytes(StandardCharsets.UTF_16LE);
    ByteBuffer b = le(MemoryRegions.INFO_SIZE + 4 + chars.length + (name == null ? 0 : 2));
    b.putLong(0, base).putLong(24, size).putInt(36, 2).putInt(48, claimedChars);
    b.put(52, chars);
    if (name != null && !terminated) {
      b.putChar(52 + chars.length, 'x');
    }
    return b;
  }

  private static ByteBuffer concat(ByteBuffer... parts) {
    int n = 0;
    for (ByteBuffer p : parts) {
      n += p.limit();
    }
    ByteBuffer out = le(n);
    for (ByteBuffer p : parts) {
      out.put(p.duplicate().position(0));
    }
    return out.flip();
  }

  @Test
  void badRegionsAreReportedNeverThrown() {
    List<String> problems = new ArrayList<>();
    ByteBuffer good = region(0x1000, 0x2000, "\\Device\\HarddiskVolume1\\a.dll", true, 29);
    ByteBuffer plain = region(0x3000, 0x1000, null, true, 0);
    // A name without its NUL: the region stays, its path is null.
    List<MemoryRegion> r = MemoryRegions.decode(concat(good,
        region(0x4000, 0x1000, "abc", false, 3), plain), problems);
    assertEquals(3, r.size());
    assertEquals("\\Device\\HarddiskVolume1\\a.dll", r.get(0).path());
    assertNull(r.get(1).path());
    assertNull(r.get(2).path());
    assertEquals(1, problems.size());
    // A length past the buffer's end, and a region cut short: the walk ends there.
    problems.clear();
    assertEquals(1, MemoryRegions.decode(concat(good, region(0x5000, 1, "ab", true, 1000)),
        problems).size());
    ByteBuffer cut = concat(good, plain);
    assertEquals(1, MemoryRegions.decode(cut.limit(cut.limit() - 1).slice(), problems).size());
    assertEquals(2, problems.size());
  }

  @Test
  void aHandleTableThatClaimsTooMuch() {
    List<String> problems = new ArrayList<>();
    ByteBuffer b = le(HandleTable.HEADER + 2 * HandleTable.ENTRY_SIZE + 10);
    b.putLong(0, 1000);
    b.putLong(HandleTable.HEADER + 8, 7).putLong(HandleTable.HEADER + 16, 0x44);
    b.putLong(HandleTable.HEADER + HandleTable.ENTRY_SIZE + 8, 8);
    List<HandleEntry> all = HandleTable.decode(b, -1, problems);
    assertEquals(2, all.size());
    assertEquals(0x44, HandleTable.decode(b, 7, problems).get(0).handle());
    assertEquals(List.of(), HandleTable.decode(le(8), -1, problems));
    b.putLong(0, -1);
    assertEquals(2, HandleTable.decode(b, -1, problems).size());
    assertEquals(4, problems.size());
  }

  @Test
  void anObjectNameOutsideItsBuffer() {
    List<String> problems = new ArrayList<>();
    ByteBuffer b = le(32);
    b.putShort(0, (short) 16).putShort(2, (short) 16).putLong(8, 0x1000 + 24);
    assertNull(ObjectNames.name(b, 0x1000, "h", problems), "runs past the end");
    assertNull(ObjectNames.name(le(8), 0, "h", problems), "shorter than a UNICODE_STRING");
    b.putShort(0, (short) 8).putLong(8, 0x1000 + 16);
    b.put(16, "ab:c".getBytes(StandardCharsets.UTF_16LE));
    assertEquals("ab:c", ObjectNames.name(b, 0x1000, "h", problems));
    assertEquals(2, problems.size());
    b.putShort(0, (short) 0);
    assertNotNull(ObjectNames.name(b, 0x1000, "h", problems));
  }
}
