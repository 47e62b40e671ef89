package io.hostsql.os.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostsql.os.Ids;
import io.hostsql.os.IoPriorityClass;
import io.hostsql.os.Limits;
import io.hostsql.os.MemoryFootprint;
import io.hostsql.os.NoSuchProcessException;
import io.hostsql.os.OsException;
import io.hostsql.os.Popen;
import io.hostsql.os.Process;
import io.hostsql.os.ProcessStatus;
import io.hostsql.os.Processes;
import io.hostsql.os.PsutilOracleTest;
import io.hostsql.os.Rlimit;
import io.hostsql.os.Signals;
import io.hostsql.os.TimeoutExpiredException;
import io.hostsql.os.WaitResult;
import io.hostsql.os.ZombieProcessException;
import io.hostsql.os.linux.LinuxPlatform;
import io.hostsql.os.linux.ProcFs;
import io.hostsql.os.testing.Commands;
import io.hostsql.os.testing.FixtureProc;
import io.hostsql.os.testing.Privileges;
import io.hostsql.os.testing.Psutil;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Setters, signals and waiting, each checked through /proc or procps afterwards. */
class ProcessControlTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private static String ps(int pid, String field) {
    return Commands.run("ps", "-o", field + "=", "-p", Integer.toString(pid)).trim();
  }

  private static String statusLine(int pid, String key) throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc", Integer.toString(pid), "status"))) {
      if (line.startsWith(key + ":")) {
        return line.substring(key.length() + 1).trim();
      }
    }
    return null;
  }

  @Test
  void waitReturnsExitCodeOrMinusSignalAndTimesOut() {
    try (Popen exits = Popen.start("sh", "-c", "exit 3")) {
      assertEquals(3, exits.waitFor(WAIT));
      assertEquals(3, exits.exitCode());
    }
    Popen sleeper = Popen.start("sleep", "60");
    TimeoutExpiredException timeout = assertThrows(TimeoutExpiredException.class,
        () -> sleeper.waitFor(Duration.ofMillis(100)));
    assertEquals(sleeper.pid(), timeout.pid());
    sleeper.terminate();
    assertEquals(-Signals.SIGTERM, sleeper.waitFor(WAIT));
    Popen killed = Popen.start("sleep", "60");
    killed.kill();
    assertEquals(-Signals.SIGKILL, killed.waitFor(WAIT));
  }

  @Test
  void waitOnANonChildReturnsNullWhenItEnds() throws Exception {
    java.lang.Process jdkChild = new ProcessBuilder("sleep", "0.3").start();
    Process p = Process.of((int) jdkChild.pid());
    // The JDK reaps its own children, so no status is ours to take: psutil's None.
    assertNull(p.waitFor(WAIT));
  }

  @Test
  void suspendAndResumeShowInPs() throws Exception {
    try (Popen p = Popen.start("sleep", "60"); AutoCloseable k = killing(p)) {
      p.suspend();
      waitForState(p.pid(), "T");
      assertEquals(ProcessStatus.STOPPED, p.status());
      p.resume();
      waitForState(p.pid(), "S");
      assertEquals(ProcessStatus.SLEEPING, p.status());
      p.kill();
    }
  }

  /**
   * Kills the child when the test ends, before Popen's close waits for it: a failed assertion
   * must not wait out a 60 s sleep.
   */
  private static AutoCloseable killing(Popen p) {
    return () -> {
      try {
        p.kill();
      } catch (OsException alreadyGone) {
        // the test killed and reaped it itself
      }
    };
  }

  private static void waitForState(int pid, String state) throws Exception {
    for (int i = 0; i < 100 && !ps(pid, "state").equals(state); i++) {
      Thread.sleep(10);
    }
    assertEquals(state, ps(pid, "state"));
  }

  @Test
  void niceIoniceAffinityAndRlimitAreSet() throws Exception {
    try (Popen p = Popen.start("sleep", "60"); AutoCloseable k = killing(p)) {
      p.nice(7);
      assertEquals("7", ps(p.pid(), "nice"));
      p.ionice(IoPriorityClass.BE, 4);
      assertEquals("best-effort: prio 4", Commands.run("ionice", "-p",
          Integer.toString(p.pid())).trim());
      p.ionice(IoPriorityClass.IDLE, 0);
      assertEquals("idle", Commands.run("ionice", "-p", Integer.toString(p.pid())).trim());
      assertThrows(IllegalArgumentException.class, () -> p.ionice(IoPriorityClass.IDLE, 3));
      p.cpuAffinity(new int[] {0});
      assertEquals("0", statusLine(p.pid(), "Cpus_allowed_list"));
      p.cpuAffinity(new int[0]);
      assertEquals(statusLine((int) ProcessHandle.current().pid(), "Cpus_allowed_list"),
          statusLine(p.pid(), "Cpus_allowed_list"));
      assertThrows(IllegalArgumentException.class, () -> p.cpuAffinity(new int[] {4095}));
      p.rlimit(Rlimit.NOFILE, new Limits(100, 200));
      String limits = Files.readString(Path.of("/proc", Integer.toString(p.pid()), "limits"));
      assertTrue(limits.matches("(?s).*Max open files\\s+100\\s+200\\s+files.*"), limits);
      p.rlimit(Rlimit.CORE, new Limits(Limits.INFINITY, Limits.INFINITY));
      assertEquals(new Limits(Limits.INFINITY, Limits.INFINITY), p.rlimit(Rlimit.CORE));
      JsonNode ps = Psutil.dump(List.of(p.pid()), "rlimit:NOFILE")
          .get(Integer.toString(p.pid()));
      assertEquals(100, ps.get("rlimit:NOFILE").get(0).asLong());
      assertEquals(7, ps.get("nice").asInt());
      p.kill();
    }
  }

  @Test
  void childrenAndParentsAgreeWithPs() throws Exception {
    try (Popen sh = Popen.start("sh", "-c", "sleep 60 & sleep 60 & wait");
        AutoCloseable k = killing(sh)) {
      Set<Integer> expected = new TreeSet<>();
      for (int i = 0; i < 200 && expected.size() < 2; i++) {
        Thread.sleep(10);
        expected.clear();
        for (String s : Commands.runAllowingFailure("ps", "-o", "pid=", "--ppid",
            Integer.toString(sh.pid())).stdout().trim().split("\\s+")) {
          if (!s.isEmpty()) {
            expected.add(Integer.parseInt(s));
          }
        }
      }
      Set<Integer> direct = new TreeSet<>();
      sh.children(false).forEach(c -> direct.add(c.pid()));
      assertEquals(expected, direct);
      Set<Integer> mine = new TreeSet<>();
      Process.self().children(true).forEach(c -> mine.add(c.pid()));
      assertTrue(mine.contains(sh.pid()) && mine.containsAll(expected), mine.toString());
      Process grandchild = Process.of(expected.iterator().next());
      assertEquals(sh, grandchild.parent());
      List<Integer> chain = new ArrayList<>();
      grandchild.parents().forEach(p -> chain.add(p.pid()));
      assertEquals(sh.pid(), chain.get(0));
      assertEquals((int) ProcessHandle.current().pid(), chain.get(1));
      assertEquals(1, chain.get(chain.size() - 1));
      sh.kill();
      for (int pid : expected) {
        Process.of(pid).kill();
      }
    }
  }

  @Test
  void waitProcsSplitsGoneFromAlive() {
    Popen quick = Popen.start("sh", "-c", "exit 5");
    Popen slow = Popen.start("sleep", "60");
    List<Process> seen = new ArrayList<>();
    WaitResult r = Processes.waitProcs(List.of(quick, slow), Duration.ofMillis(500), seen::add);
    assertEquals(List.of(quick), r.gone());
    assertEquals(List.of(slow), r.alive());
    assertEquals(List.of(quick), seen);
    assertEquals(5, quick.exitCode());
    slow.kill();
    assertEquals(-Signals.SIGKILL, slow.waitFor(WAIT));
  }

  @Test
  void settersAndSignalsRefuseAReusedPid(@TempDir Path dir) {
    FixtureProc proc = new FixtureProc(dir).process(424242, "old", 'S', 1, 100, 0);
    Process p = Process.of(LinuxPlatform.over(new ProcFs(dir)).processes(), 424242);
    proc.process(424242, "new", 'S', 1, 999, 0);
    // Each must fail before any syscall reaches the live pid 424242 (which may not exist).
    assertThrows(NoSuchProcessException.class, () -> p.nice(5));
    assertThrows(NoSuchProcessException.class, () -> p.ionice(IoPriorityClass.BE, 1));
    assertThrows(NoSuchProcessException.class, () -> p.rlimit(Rlimit.CORE, new Limits(0, 0)));
    assertThrows(NoSuchProcessException.class, () -> p.cpuAffinity(new int[] {0}));
    assertThrows(NoSuchProcessException.class, p::kill);
    assertThrows(NoSuchProcessException.class, p::terminate);
    assertThrows(NoSuchProcessException.class, () -> p.children(false));
  }

  @Test
  void zombieKeepsNameAndStatusButRaisesForItsFiles() throws Exception {
    Popen z = Popen.start("true");
    for (int i = 0; i < 200 && z.status() != ProcessStatus.ZOMBIE; i++) {
      Thread.sleep(5);
    }
    assertEquals(ProcessStatus.ZOMBIE, z.status());
    assertEquals("true", z.name());
    assertThrows(ZombieProcessException.class, z::cmdline);
    assertThrows(ZombieProcessException.class, z::exe);
    assertThrows(ZombieProcessException.class, () -> z.memoryMaps(true));
    assertEquals(new MemoryFootprint(0, 0, 0), z.memoryFootprint());
    JsonNode ps = Psutil.dump(List.of(z.pid())).get(Integer.toString(z.pid()));
    assertEquals("zombie", ps.get("status").asText());
    // psutil 8 raises ZombieProcess here (psutil-linux.md); 5.9.4 still answered [].
    JsonNode cmd = ps.get("cmdline");
    assertTrue(cmd.isArray() && cmd.isEmpty()
        || "ZombieProcess".equals(cmd.path("error").asText()), cmd.toString());
    assertEquals(0, z.waitFor(WAIT));
  }

  @Test
  void processOwnedByNobodyAgreesWithPsAndPsutil() throws Exception {
    Privileges.assumeCapabilities("setpriv starts a process as nobody",
        Privileges.Capability.SETUID, Privileges.Capability.SETGID);
    try (Popen p = Popen.start("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
        "sleep", "60"); AutoCloseable k = killing(p)) {
      for (int i = 0; i < 200 && !p.name().equals("sleep"); i++) {
        Thread.sleep(5);
      }
      assertEquals(new Ids(65534, 65534, 65534), p.uids());
      assertEquals(ps(p.pid(), "user"), p.username());
      JsonNode ps = Psutil.dump(List.of(p.pid())).get(Integer.toString(p.pid()));
      List<String> mismatches = new ArrayList<>();
      PsutilOracleTest.compareStable(p, ps, mismatches);
      assertEquals(List.of(), mismatches);
      p.kill();
    }
  }

  @Test
  void asMapGivesAdValueForRefusedAndAllNames() {
    Process self = Process.self();
    java.util.Map<String, Object> all = self.asMap(null, "n/a");
    assertEquals(new TreeSet<>(Process.ATTRIBUTES), all.keySet());
    assertEquals(self.pid(), all.get("pid"));
    assertThrows(IllegalArgumentException.class, () -> self.asMap(List.of("bogus"), null));
  }
}
