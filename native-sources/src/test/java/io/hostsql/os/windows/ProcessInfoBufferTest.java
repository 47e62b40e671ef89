package io.hostsql.os.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SystemProcessInformation as Wine filled it, against what the harness read from the same
 * buffer through the structs (processes.expect.txt, threads.expect.txt) and against what it
 * knew itself: its own pid and the pid, parent and name of the child it started.
 */
class ProcessInfoBufferTest {
  final Recordings rec = recordings();

  /** The recording decoded: the committed one; a fresh one in the Fresh subclass. */
  Recordings recordings() {
    return Recordings.committed("processes");
  }

  static List<ProcessEntry> decode(Recordings rec, List<String> problems) {
    return ProcessInfoBuffer.decode(rec.bytes("processes"), rec.base("processes"), problems);
  }

  @Test
  void everyFieldOfEveryProcessMatchesTheHarnessReading() {
    List<String> problems = new ArrayList<>();
    List<ProcessEntry> procs = decode(rec, problems);
    assertEquals(List.of(), problems);
    List<List<String>> expect = rec.expect("processes");
    assertEquals(expect.size(), procs.size());
    for (int i = 0; i < procs.size(); i++) {
      ProcessEntry p = procs.get(i);
      List<String> e = expect.get(i);
      List<Object> got = List.of(p.pid(), p.ppid(), p.name(), p.numThreads(), p.handleCount(),
          p.sessionId(), p.basePriority(), p.createTime(), p.userTime(), p.kernelTime(),
          p.pageFaults(), p.peakWset(), p.wset(), p.peakPagedPool(), p.pagedPool(),
          p.peakNonPagedPool(), p.nonPagedPool(), p.pagefile(), p.peakPagefile(),
          p.privateBytes(), p.peakVms(), p.vms(), p.readCount(), p.writeCount(),
          p.otherCount(), p.readBytes(), p.writeBytes(), p.otherBytes());
      assertEquals(e, got.stream().map(String::valueOf).toList(), "process " + p.pid());
    }
  }

  @Test
  void threadsFollowTheirProcess() {
    List<String> problems = new ArrayList<>();
    List<List<String>> got = new ArrayList<>();
    for (ProcessEntry p : decode(rec, problems)) {
      assertEquals(p.numThreads(), p.threads().size());
      for (ProcessEntry.ThreadEntry t : p.threads()) {
        got.add(List.of(p.pid(), t.tid(), t.userTime(), t.kernelTime(), t.createTime(),
            t.priority(), t.basePriority(), t.contextSwitches(), t.state(), t.waitReason())
            .stream().map(String::valueOf).toList());
      }
    }
    assertEquals(rec.expect("threads"), got);
  }

  @Test
  void theHarnessAndItsChildAreListedWithTheirNamesAndParent() {
    var facts = rec.facts("facts.txt");
    int self = Integer.parseInt(facts.get("self_pid").get(0));
    int child = Integer.parseInt(facts.get("child_pid").get(0));
    List<ProcessEntry> procs = decode(rec, new ArrayList<>());
    ProcessEntry me = procs.stream().filter(p -> p.pid() == self).findFirst().orElseThrow();
    ProcessEntry kid = procs.stream().filter(p -> p.pid() == child).findFirst().orElseThrow();
    assertEquals("processes.exe", me.name());
    assertEquals(facts.get("child_name").get(0), kid.name());
    assertEquals(self, kid.ppid());
    assertTrue(kid.createTime() >= me.createTime(), "the child started after its parent");
  }

  @Test
  void aTruncatedChainGivesTheWholeEntriesAndAProblem() {
    ByteBuffer all = rec.bytes("processes");
    int second = all.getInt(0);
    ByteBuffer cut = all.duplicate().limit(second + 40).slice().order(ByteOrder.LITTLE_ENDIAN);
    List<String> problems = new ArrayList<>();
    List<ProcessEntry> procs = ProcessInfoBuffer.decode(cut, rec.base("processes"), problems);
    assertEquals(1, procs.size());
    assertEquals(1, problems.size(), problems.toString());
  }

  @Test
  void aLinkThatLoopsBackOrRunsPastTheEndEndsTheWalk() {
    for (int next : new int[] {8, 1, 0x7fffffff, -16}) {
      ByteBuffer b = copy(rec.bytes("processes"));
      b.putInt(0, next);
      List<String> problems = new ArrayList<>();
      List<ProcessEntry> procs = ProcessInfoBuffer.decode(b, rec.base("processes"), problems);
      assertEquals(1, procs.size(), "next " + next);
      assertEquals(1, problems.size(), problems.toString());
    }
  }

  @Test
  void aNameOutsideTheBufferOrOfOddLengthIsNullAndTheRowStays() {
    ByteBuffer b = copy(rec.bytes("processes"));
    long base = rec.base("processes");
    b.putLong(0x40, base + b.limit() + 64); // ImageName.Buffer past the end
    int second = b.getInt(0);
    b.putShort(second + 0x38, (short) 7);    // an odd byte length
    List<String> problems = new ArrayList<>();
    List<ProcessEntry> procs = ProcessInfoBuffer.decode(b, base, problems);
    assertEquals(decode(rec, new ArrayList<>()).size(), procs.size());
    assertNull(procs.get(0).name());
    assertNull(procs.get(1).name());
    assertEquals(procs.get(0).pid(), decode(rec, new ArrayList<>()).get(0).pid());
    assertEquals(2, problems.size(), problems.toString());
  }

  @Test
  void aThreadCountBeyondTheBufferKeepsTheThreadsThatFit() {
    ByteBuffer b = copy(rec.bytes("processes"));
    int last = 0;
    while (b.getInt(last) != 0) {
      last += b.getInt(last);
    }
    b.putInt(last + 4, Integer.MAX_VALUE);
    List<String> problems = new ArrayList<>();
    List<ProcessEntry> procs = ProcessInfoBuffer.decode(b, rec.base("processes"), problems);
    ProcessEntry p = procs.get(procs.size() - 1);
    assertTrue(p.threads().size() < 1000, "threads " + p.threads().size());
    assertEquals(1, problems.size(), problems.toString());
  }

  @Test
  void buffersTooShortForOneEntryGiveNothing() {
    for (int len : new int[] {0, 3, ProcessInfoBuffer.ENTRY_SIZE - 1}) {
      List<String> problems = new ArrayList<>();
      assertEquals(List.of(), ProcessInfoBuffer.decode(ByteBuffer.allocate(len), 0, problems));
      assertEquals(1, problems.size());
    }
  }

  static ByteBuffer copy(ByteBuffer b) {
    ByteBuffer c = ByteBuffer.allocate(b.limit()).order(ByteOrder.LITTLE_ENDIAN);
    c.put(b.duplicate().position(0));
    return c.position(0);
  }
}
