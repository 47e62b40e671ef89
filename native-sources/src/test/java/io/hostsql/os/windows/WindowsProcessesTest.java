package io.hostsql.os.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.AccessDeniedException;
import io.hostsql.os.NoSuchProcessException;
import io.hostsql.os.OsException;
import io.hostsql.os.Process;
import io.hostsql.os.ProcessStatus;
import io.hostsql.os.testing.RecordedProcesses;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * psutil's Process API over the Windows backend, the calls replayed from the recording: the
 * child the harness started answers its name, parent, command line, environment, directory and
 * start time as the harness knew them; another process answers its listed fields and refuses
 * its environment block (AccessDenied), as a protected process does.
 */
class WindowsProcessesTest {
  private final RecordedProcesses calls = new RecordedProcesses();
  private final WindowsProcesses backend = new WindowsProcesses(calls);
  private final Recordings rec = Recordings.committed("processes");

  @Test
  void pidsAreTheListingsAscending() {
    int[] expect = rec.expect("processes").stream().mapToInt(r -> Integer.parseInt(r.get(0)))
        .sorted().toArray();
    assertEquals(java.util.Arrays.toString(expect), java.util.Arrays.toString(backend.pids()));
    assertEquals(expect.length, backend.listing().size());
    assertTrue(backend.pidExists(calls.childPid()));
    assertFalse(backend.pidExists(99999));
  }

  @Test
  void theChildAnswersWhatTheHarnessGaveIt() {
    var facts = rec.facts("facts.txt");
    Process child = backend.process(calls.childPid());
    assertEquals(facts.get("child_name").get(0), child.name());
    assertEquals(calls.selfPid(), child.ppid());
    assertEquals(facts.get("child_argv"), child.cmdline());
    assertEquals(facts.get("child_cwd").get(0), child.cwd());
    String[] env = facts.get("child_env").get(0).split("=", 2);
    assertEquals(env[1], child.environ().get(env[0]));
    List<String> row = rec.expect("processes").stream()
        .filter(r -> r.get(0).equals(String.valueOf(calls.childPid()))).findFirst().orElseThrow();
    // FILETIME: 100 ns units since 1601-01-01 UTC, converted here by java.time alone.
    Instant created = Instant.parse("1601-01-01T00:00:00Z")
        .plus(Duration.ofNanos(Long.parseLong(row.get(7)) % 10_000_000L * 100))
        .plusSeconds(Long.parseLong(row.get(7)) / 10_000_000L);
    assertEquals(created, child.createTime());
    assertEquals(Long.parseLong(row.get(12)), child.memoryInfo().rss());
    assertEquals(Integer.parseInt(row.get(3)), child.numThreads());
    assertEquals(Long.parseLong(row.get(8)) / 1e7, child.cpuTimes().user());
    assertEquals(ProcessStatus.RUNNING, child.status());
  }

  @Test
  void affinityPriorityAndUser() {
    var facts = rec.facts("facts.txt");
    Process child = backend.process(calls.childPid());
    // The harness pinned the child to CPU 0 (mask 1) before it ran.
    assertEquals(facts.get("child_affinity_mask").get(0).equals("1") ? List.of(0) : List.of(),
        java.util.Arrays.stream(child.cpuAffinity()).boxed().toList());
    List<String> info = rec.expect("process_info").stream()
        .filter(r -> r.get(0).equals("child")).findFirst().orElseThrow();
    // Wine 8.0 answers NORMAL_PRIORITY_CLASS (32) although the child was created
    // BELOW_NORMAL (16384): the value is GetPriorityClass's, as the harness read it.
    assertEquals(Integer.parseInt(info.get(1)), child.nice());
    assertEquals(info.get(5), child.username());
    List<String> problems = new ArrayList<>();
    byte[] sid = Sids.tokenUser(rec.bytes("child_token"), rec.base("child_token"), problems);
    assertEquals(info.get(4), Sids.text(sid, problems), "as ConvertSidToStringSidW wrote it");
    assertEquals(List.of(), problems);
  }

  @Test
  void aProtectedProcessAnswersItsListedFieldsAndRefusesItsMemory() {
    List<String> services = rec.expect("processes").stream()
        .filter(r -> r.get(2).equals("services.exe")).findFirst().orElseThrow();
    Process p = backend.process(Integer.parseInt(services.get(0)));
    assertEquals("services.exe", p.name());
    assertEquals(Integer.parseInt(services.get(1)), p.ppid());
    assertThrows(AccessDeniedException.class, p::cmdline);
    assertThrows(AccessDeniedException.class, p::environ);
    assertThrows(OsException.class, p::username, "not read on Windows yet: an OsException");
  }

  @Test
  void aPidNotListedIsNoSuchProcess() {
    assertThrows(NoSuchProcessException.class, () -> backend.process(99999).name());
  }

  @Test
  void theListingIsOneCallAndNeedsNoMore() {
    int[] counted = {0};
    ProcessCalls counting = new ProcessCalls() {
      @Override
      public Win32Buffer systemProcessInformation() {
        counted[0]++;
        return calls.systemProcessInformation();
      }

      @Override
      public Win32Buffer peb(int pid) {
        throw new AssertionError("the listing opened a process");
      }

      @Override
      public Win32Buffer memory(int pid, long address, int length) {
        throw new AssertionError("the listing read a process");
      }

      @Override
      public Win32Buffer priorityClass(int pid) {
        throw new AssertionError("the listing opened a process");
      }

      @Override
      public Win32Buffer affinityMask(int pid) {
        throw new AssertionError("the listing opened a process");
      }

      @Override
      public Win32Buffer tokenUser(int pid) {
        throw new AssertionError("the listing opened a process");
      }

      @Override
      public String account(byte[] sid) {
        throw new AssertionError("the listing looked up an account");
      }

      @Override
      public Win32Buffer memoryCounters(int pid) {
        throw new AssertionError("the listing opened a process");
      }

      @Override
      public Win32Buffer ioPriority(int pid) {
        throw new AssertionError("the listing opened a process");
      }

      @Override
      public Win32Buffer handleCount(int pid) {
        throw new AssertionError("the listing opened a process");
      }

      @Override
      public Win32Buffer memoryRegions(int pid) {
        throw new AssertionError("the listing read a process");
      }

      @Override
      public Win32Buffer handleTable() {
        throw new AssertionError("the listing read the handle table");
      }

      @Override
      public Win32Buffer fileName(int pid, long handle) {
        throw new AssertionError("the listing opened a process");
      }

      @Override
      public Win32Buffer imageName(int pid) {
        throw new AssertionError("the listing asked for an image name");
      }

      @Override
      public Win32Buffer commandLine(int pid) {
        throw new AssertionError("the listing opened a process");
      }

      @Override
      public Win32Buffer dosDevice(String drive) {
        throw new AssertionError("the listing asked for a device");
      }
    };
    List<String> names = new ArrayList<>();
    for (Process p : new WindowsProcesses(counting).listing()) {
      names.add(p.name() + "/" + p.ppid() + "/" + p.numThreads());
    }
    assertEquals(1, counted[0]);
    assertEquals(rec.expect("processes").size(), names.size());
  }
}
