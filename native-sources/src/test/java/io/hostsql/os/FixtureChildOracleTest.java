package io.hostsql.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostsql.os.testing.Commands;
import io.hostsql.os.testing.Psutil;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A fixture process with known files, sockets, threads, nice, affinity and limits, read by
 * hostsql and checked against what it set, python3-psutil, lsof, ss and pmap.
 */
class FixtureChildOracleTest {
  @org.junit.jupiter.api.io.TempDir
  static Path dir;
  private static Popen child;
  private static JsonNode facts;
  private static Path script;

  @BeforeAll
  static void start() throws Exception {
    Files.writeString(dir.resolve("read.txt"), "0123456789");
    Files.writeString(dir.resolve("rw.txt"), "abcdefghijkl");
    Map<String, String> env = new HashMap<>(System.getenv());
    env.put("HOSTSQL_MARKER", "fixture value=with equals");
    script = Psutil.script("fixture_child.py");
    child = Popen.start(List.of(Psutil.PYTHON, script.toString(), dir.toString()), env, null);
    BufferedReader out = new BufferedReader(new InputStreamReader(child.stdout(),
        StandardCharsets.UTF_8));
    String line = out.readLine();
    if (line == null) {
      throw new IllegalStateException("fixture died: "
          + new String(child.stderr().readAllBytes(), StandardCharsets.UTF_8));
    }
    facts = Psutil.parse(line);
  }

  @AfterAll
  static void stop() {
    child.kill();
    assertEquals(-Signals.SIGKILL, child.waitFor(java.time.Duration.ofSeconds(10)));
  }

  @Test
  void whatTheFixtureSetIsWhatWeRead() throws Exception {
    assertEquals(child.pid(), facts.get("pid").asInt());
    assertEquals(List.of(Psutil.PYTHON, script.toString(), dir.toString()), child.cmdline());
    assertEquals("fixture value=with equals", child.environ().get("HOSTSQL_MARKER"));
    assertEquals(dir.toString(), child.cwd());
    assertEquals(facts.get("nice").asInt(), child.nice());
    assertEquals(List.of(0), PsutilOracleTest.toList(child.cpuAffinity()));
    assertEquals(new Limits(123, 456), child.rlimit(Rlimit.NOFILE));
    assertEquals(3, child.numThreads());
    assertEquals(3, child.threads().size());
    assertEquals(Path.of(Psutil.PYTHON).toRealPath().toString(), child.exe());
  }

  @Test
  void openFilesCarryPositionAndMode() {
    Map<String, OpenFile> byName = new HashMap<>();
    for (OpenFile f : child.openFiles()) {
      byName.put(Path.of(f.path()).getFileName().toString(), f);
    }
    JsonNode files = facts.get("files");
    assertFile(byName.get("read.txt"), files.get("read"), "r");
    assertFile(byName.get("write.txt"), files.get("write"), "w");
    assertFile(byName.get("append.txt"), files.get("append"), "a");
    assertFile(byName.get("rw.txt"), files.get("rw"), "r+");
  }

  private static void assertFile(OpenFile f, JsonNode expected, String mode) {
    assertEquals(expected.get(0).asInt(), f.fd(), f.toString());
    assertEquals(expected.get(1).asLong(), f.position(), f.toString());
    assertEquals(mode, f.mode(), f.toString());
  }

  @Test
  void agreesWithPsutilOnEverything() {
    JsonNode ps = Psutil.dump(List.of(child.pid()), "rlimit:NOFILE", "rlimit:CORE",
        "rlimit:STACK", "connections:all", "memory_maps", "memory_maps:grouped").get(Integer.toString(child.pid()));
    List<String> mismatches = new ArrayList<>();
    PsutilOracleTest.compareStable(child, ps, mismatches);
    assertEquals(List.of(), mismatches);
    // Volatile in general, still for a sleeping fixture.
    MemoryInfo mem = child.memoryInfo();
    assertEquals(ps.get("memory_info").get("rss").asLong(), mem.rss());
    assertEquals(ps.get("memory_info").get("vms").asLong(), mem.vms());
    assertEquals(ps.get("memory_info").get("shared").asLong(), mem.shared());
    // uss and pss depend on who else maps the same pages: psutil's own python3 shares the
    // interpreter's pages with the fixture while it looks, so it sees less private memory.
    // pmap (footprintAgreesWithPmap) is the oracle for the values; psutil bounds them.
    MemoryFootprint fp = child.memoryFootprint();
    assertTrue(ps.get("memory_full_info").get("uss").asLong() <= fp.uss());
    IoCounters io = child.ioCounters();
    assertEquals(ps.get("io_counters").get("read_chars").asLong(), io.readChars());
    assertEquals(ps.get("io_counters").get("write_chars").asLong(), io.writeChars());
    assertEquals(ps.get("io_counters").get("read_count").asLong(), io.readCount());
    assertEquals(ps.get("cpu_times").get("user").asDouble(), child.cpuTimes().user(), 0.02);
    assertEquals(ps.get("num_fds").asInt(), child.numFds());
    assertEquals(ps.get("num_ctx_switches").get("voluntary").asLong(),
        child.numCtxSwitches().voluntary(), 10);
    for (String res : new String[] {"NOFILE", "CORE", "STACK"}) {
      JsonNode l = ps.get("rlimit:" + res);
      assertEquals(new Limits(l.get(0).asLong(), l.get(1).asLong()),
          child.rlimit(Rlimit.valueOf(res)), res);
    }
    Set<Integer> threadIds = new TreeSet<>();
    ps.get("threads").forEach(t -> threadIds.add(t.get("id").asInt()));
    Set<Integer> ours = new TreeSet<>();
    child.threads().forEach(t -> ours.add(t.id()));
    assertEquals(threadIds, ours);
    Set<String> theirFiles = new TreeSet<>();
    ps.get("open_files").forEach(f -> theirFiles.add(f.get("path").asText() + "|"
        + f.get("fd").asInt() + "|" + f.get("position").asLong() + "|" + f.get("mode").asText()
        + "|" + f.get("flags").asInt()));
    Set<String> ourFiles = new TreeSet<>();
    child.openFiles().forEach(f -> ourFiles.add(f.path() + "|" + f.fd() + "|" + f.position()
        + "|" + f.mode() + "|" + f.flags()));
    assertEquals(theirFiles, ourFiles);
    Set<String> theirConns = new TreeSet<>();
    ps.get("connections:all").forEach(c -> theirConns.add(c.get("fd").asInt() + "|"
        + c.get("family").asInt() + "|" + c.get("type").asInt() + "|" + addr(c.get("laddr"))
        + "|" + addr(c.get("raddr")) + "|" + c.get("status").asText()));
    Set<String> ourConns = new TreeSet<>();
    child.netConnections(ConnectionKind.ALL).forEach(c -> ourConns.add(c.fd() + "|"
        + c.family().code() + "|" + c.type().code() + "|" + endpoint(c.laddr()) + "|"
        + endpoint(c.raddr()) + "|" + c.status()));
    assertEquals(theirConns, ourConns);
    Map<String, long[]> theirMaps = new HashMap<>();
    ps.get("memory_maps").forEach(m -> theirMaps.put(m.get("addr").asText(), new long[] {
        m.get("size").asLong(), m.get("rss").asLong()}));
    for (MemoryMap m : child.memoryMaps(false)) {
      long[] t = theirMaps.get(m.address());
      assertTrue(t != null, "psutil lacks mapping " + m.address());
      assertEquals(t[0], m.size(), m.address());
    }
    assertEquals(theirMaps.size(), child.memoryMaps(false).size());
    // Grouped: the same paths in the same order (first appearance), sizes summed alike.
    List<String> theirGroups = new ArrayList<>();
    ps.get("memory_maps:grouped").forEach(m -> theirGroups.add(m.get("path").asText() + "|"
        + m.get("size").asLong() + "|" + m.get("rss").asLong()));
    List<String> ourGroups = new ArrayList<>();
    child.memoryMaps(true).forEach(m -> ourGroups.add(m.path() + "|" + m.size() + "|"
        + m.rss()));
    assertEquals(theirGroups, ourGroups);
  }

  private static String addr(JsonNode n) {
    if (n.isTextual()) {
      return n.asText();
    }
    return n.isEmpty() ? "" : n.get(0).asText() + ":" + n.get(1).asInt();
  }

  private static String endpoint(Endpoint e) {
    if (e.isNone()) {
      return "";
    }
    return e.port() == 0 ? e.address() : e.address() + ":" + e.port();
  }

  @Test
  void regularFilesAgreeWithLsof() {
    String out = Commands.run("lsof", "-n", "-P", "-p", Integer.toString(child.pid()), "-F",
        "ftn");
    Set<String> lsof = new TreeSet<>();
    String fd = null;
    String type = null;
    for (String line : out.split("\n")) {
      if (line.startsWith("f")) {
        fd = line.substring(1);
      } else if (line.startsWith("t")) {
        type = line.substring(1);
      } else if (line.startsWith("n") && "REG".equals(type) && fd != null
          && fd.chars().allMatch(Character::isDigit)) {
        lsof.add(fd + " " + line.substring(1));
      }
    }
    Set<String> ours = new TreeSet<>();
    child.openFiles().forEach(f -> ours.add(f.fd() + " " + f.path()));
    assertEquals(lsof, ours);
  }

  @Test
  void socketsAgreeWithSs() {
    String out = Commands.run("ss", "-tanpH");
    Set<String> ss = new HashSet<>();
    String needle = "pid=" + child.pid() + ",fd=";
    for (String line : out.split("\n")) {
      int at = line.indexOf(needle);
      if (at < 0) {
        continue;
      }
      String[] f = line.trim().split("\\s+");
      String fd = line.substring(at + needle.length()).replaceAll("[^0-9].*", "");
      ss.add(fd + " " + f[0] + " " + f[3]);
    }
    Set<String> ours = new HashSet<>();
    for (NetConnection c : child.netConnections(ConnectionKind.TCP)) {
      String local = c.family() == AddressFamily.INET6 ? "[" + c.laddr().address() + "]:"
          + c.laddr().port() : c.laddr().address() + ":" + c.laddr().port();
      String state = switch (c.status()) {
        case LISTEN -> "LISTEN";
        case ESTABLISHED -> "ESTAB";
        default -> c.status().name();
      };
      ours.add(c.fd() + " " + state + " " + local);
    }
    assertEquals(ss, ours);
    assertEquals(3 + 1, ours.size() + 0, "listener, v6 listener, client, server side: " + ours);
  }

  @Test
  void footprintAgreesWithPmap() {
    // pmap -X's last line totals Size, Rss, Pss, ... in kB.
    String out = Commands.run("pmap", "-X", Integer.toString(child.pid()));
    String[] lines = out.strip().split("\n");
    long pssKb = Long.parseLong(lines[lines.length - 1].trim().split("\\s+")[2]);
    // pmap sums smaps; the kernel's smaps_rollup (what we read, as psutil does) accounts
    // pages mapped twice in one process differently: a few percent apart on a python3.
    assertEquals(pssKb * 1024, child.memoryFootprint().pss(), pssKb * 1024 * 0.05);
    // And exactly what the rollup file says, summed here by a plain line scan.
    long rollupUss = 0;
    long rollupPss = 0;
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Integer.toString(child.pid()),
          "smaps_rollup"))) {
        String[] f = line.split("\\s+");
        if (f[0].startsWith("Private_")) {
          rollupUss += Long.parseLong(f[1]) * 1024;
        } else if (f[0].equals("Pss:")) {
          rollupPss += Long.parseLong(f[1]) * 1024;
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertEquals(new MemoryFootprint(rollupUss, rollupPss, 0), child.memoryFootprint());
  }

  @Test
  void mapsAgreeWithPmapTotals() {
    String out = Commands.run("pmap", "-x", Integer.toString(child.pid()));
    String[] lines = out.strip().split("\n");
    String[] total = lines[lines.length - 1].trim().split("\\s+");
    // "total kB   VSZ   RSS   Dirty"
    long vsz = Long.parseLong(total[2]) * 1024;
    long rss = Long.parseLong(total[3]) * 1024;
    long size = 0;
    long ourRss = 0;
    for (MemoryMap m : child.memoryMaps(false)) {
      size += m.size();
      ourRss += m.rss();
    }
    assertEquals(vsz, size);
    assertEquals(rss, ourRss);
  }
}
