package io.hostsql.os.linux;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hostsql.os.CtxSwitches;
import io.hostsql.os.Ids;
import io.hostsql.os.NoSuchProcessException;
import io.hostsql.os.Oneshot;
import io.hostsql.os.Process;
import io.hostsql.os.ProcessStatus;
import io.hostsql.os.ZombieProcessException;
import io.hostsql.os.testing.FixtureProc;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Process on hand-written procfs trees: values, error mapping, and what is read. */
class FixtureProcessTest {
  @TempDir
  Path dir;

  @Test
  void valuesComeFromTheRightFields() {
    FixtureProc proc = new FixtureProc(dir).process(100, "worker", 'S', 1, 500, 0);
    proc.writeBytes("100/cmdline", "/usr/bin/worker\u0000--fast\u0000".getBytes(
        StandardCharsets.UTF_8));
    ProcFs fs = new ProcFs(dir);
    Process p = Process.of(LinuxPlatform.over(fs).processes(), 100);
    assertEquals(1, p.ppid());
    assertEquals("worker", p.name());
    assertEquals(ProcessStatus.SLEEPING, p.status());
    long ticks = SystemConstants.clockTicks();
    assertEquals(Instant.ofEpochMilli(1700000000L * 1000 + 500 * 1000 / ticks), p.createTime());
    assertEquals(300 * SystemConstants.pageSize(), p.memoryInfo().rss());
    assertEquals(2197 * SystemConstants.pageSize(), p.memoryInfo().vms());
    assertEquals(List.of("/usr/bin/worker", "--fast"), p.cmdline());
    assertEquals(250 / (double) ticks, p.cpuTimes().user());
    assertEquals(new Ids(0, 0, 0), p.uids());
    assertEquals(new CtxSwitches(5, 1), p.numCtxSwitches());
    assertArrayEquals(new int[] {100}, fs.pids());
  }

  @Test
  void truncatedNameIsCompletedFromCmdline() {
    FixtureProc proc = new FixtureProc(dir).process(7, "averyveryverylo", 'S', 1, 1, 0);
    proc.writeBytes("7/cmdline", "/opt/averyveryverylongname\u0000-x\u0000".getBytes(
        StandardCharsets.UTF_8));
    assertEquals("averyveryverylongname", fixture(7).name());
  }

  @Test
  void missingProcessIsNoSuchProcess() {
    new FixtureProc(dir);
    NoSuchProcessException e = assertThrows(NoSuchProcessException.class,
        () -> fixture(4242));
    assertEquals(4242, e.pid());
  }

  @Test
  void zombieCmdlineRaisesZombieProcess() {
    FixtureProc proc = new FixtureProc(dir).process(9, "defunct", 'Z', 1, 1, 0);
    proc.write("9/cmdline", "");
    Process p = fixture(9);
    assertEquals(ProcessStatus.ZOMBIE, p.status());
    assertThrows(ZombieProcessException.class, p::cmdline);
  }

  @Test
  void reusedPidIsDetected() {
    FixtureProc proc = new FixtureProc(dir).process(11, "first", 'S', 1, 100, 0);
    Process p = fixture(11);
    proc.process(11, "second", 'S', 1, 999, 0);
    assertThrows(NoSuchProcessException.class, p::ppid);
  }

  @Test
  void oneshotReadsEachFileOnce() {
    new FixtureProc(dir).process(5, "once", 'R', 1, 1, 0);
    ProcFs fs = new ProcFs(dir);
    List<String> opened = new ArrayList<>();
    fs.setFileOpenListener(opened::add);
    Process p = LinuxPlatform.over(fs).processes().process(5);
    try (Oneshot ignored = p.oneshot()) {
      p.ppid();
      p.name();
      p.status();
      p.cpuTimes();
      p.uids();
      p.numThreads();
      p.memoryInfo();
      p.memoryInfo();
    }
    assertEquals(List.of("5/stat", "5/status", "5/statm"), opened);
  }

  @Test
  void environSkipsEntriesWithoutEquals() {
    FixtureProc proc = new FixtureProc(dir).process(3, "env", 'S', 1, 1, 0);
    proc.writeBytes("3/environ", "A=1\u0000junk\u0000B=x=y\u0000".getBytes(
        StandardCharsets.UTF_8));
    assertEquals(Map.of("A", "1", "B", "x=y"), fixture(3).environ());
  }

  /** The process of the fixture procfs at dir, its identity read as Process.of reads it. */
  private Process fixture(int pid) {
    return Process.of(LinuxPlatform.over(new ProcFs(dir)).processes(), pid);
  }
}
