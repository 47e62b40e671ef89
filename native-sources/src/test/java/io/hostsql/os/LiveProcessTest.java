package io.hostsql.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.testing.Children;
import io.hostsql.os.testing.Commands;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The live system, checked against procps. */
class LiveProcessTest {
  private static final int SELF = (int) ProcessHandle.current().pid();

  @Test
  void selfAgreesWithPs() {
    String[] ps = Commands.run("ps", "-o", "ppid=,comm=", "-p", Integer.toString(SELF))
        .trim().split("\\s+", 2);
    Process self = Process.of(SELF);
    assertEquals(Integer.parseInt(ps[0]), self.ppid());
    assertEquals(ps[1], self.name());
    assertEquals(ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli()
        / 1000, self.createTime().toEpochMilli() / 1000, 1.0);
  }

  @Test
  void everyPsPidIsListed() {
    String[] ps = Commands.run("ps", "-e", "-o", "pid=").trim().split("\\s+");
    Set<Integer> ours = pidsOf(Processes.pids());
    for (String s : ps) {
      int pid = Integer.parseInt(s);
      // Only a process that exited after ps saw it (ps itself among them) may be missing.
      assertTrue(ours.contains(pid) || !Processes.pidExists(pid),
          "pid " + pid + " listed by ps and still alive, but not by pids()");
    }
  }

  @Test
  void rssAndUserOfAChildAgreeWithPs() throws Exception {
    try (Children children = new Children()) {
      int pid = (int) children.sleeper().pid();
      Process child = Process.of(pid);
      // Give exec time to finish so ps and we look at sleep, not the forked JVM.
      for (int i = 0; i < 50 && !"sleep".equals(child.name()); i++) {
        Thread.sleep(20);
      }
      String[] ps = Commands.run("ps", "-o", "rss=,vsz=,ppid=,user=,nice=,comm=", "-p",
          Integer.toString(pid)).trim().split("\\s+");
      MemoryInfo mem = child.memoryInfo();
      assertEquals(Long.parseLong(ps[0]) * 1024, mem.rss());
      assertEquals(Long.parseLong(ps[1]) * 1024, mem.vms());
      assertEquals(Integer.parseInt(ps[2]), child.ppid());
      assertEquals(ps[3], child.username());
      assertEquals(Integer.parseInt(ps[4]), child.nice());
      assertEquals(ps[5], child.name());
      assertEquals(SELF, child.ppid());
    }
  }

  @Test
  void everyProcessAgreesWithPsField() {
    String out = Commands.run("ps", "-e", "-o",
        "pid=,ppid=,uid=,rgid=,user:64=,nice=,rss=,vsz=,state=,comm=");
    int compared = 0;
    List<String> mismatches = new java.util.ArrayList<>();
    for (String line : out.split("\n")) {
      String[] f = line.trim().split("\\s+", 10);
      int pid = Integer.parseInt(f[0]);
      if (pid == SELF) {
        continue;
      }
      try {
        Process p = Process.of(pid);
        if (f[9].equals("ps")) {
          continue; // ps itself, gone
        }
        String ours = p.ppid() + " " + p.uids().real() + " " + p.gids().real() + " "
            + p.username() + " " + (f[5].equals("-") ? "-" : Integer.toString(p.nice()));
        String theirs = f[1] + " " + f[2] + " " + f[3] + " " + f[4] + " " + f[5];
        if (!ours.equals(theirs)) {
          mismatches.add(pid + ": hostsql=" + ours + " ps=" + theirs);
        }
        // Kernel workqueue threads rename themselves as they pick up work, "+work" while
        // running it and "-work" after (psutil's tests allow it too): compare the worker's
        // identity, the part before the first '+' or '-'.
        // A process that execs between ps and this read (a script becoming java) changes its
        // name: a name that differs is asked of ps again, beside a fresh read.
        if (!namesAgree(p, f[9])) {
          String again = Commands.runAllowingFailure("ps", "-o", "comm=", "-p",
              Integer.toString(pid)).stdout().trim();
          Process fresh = Process.of(pid);
          if (!namesAgree(fresh, again)) {
            mismatches.add(pid + ": name " + fresh.name() + " vs ps comm " + again);
          }
        }
        // Memory moves while a process runs; a sleeping one holds still, if it has no other
        // thread (ps's state is the main thread's: a JVM whose main thread waits still
        // allocates on its others, and on a busy machine moved between the two reads).
        if ((f[8].equals("S") || f[8].equals("I")) && p.numThreads() == 1) {
          MemoryInfo m = p.memoryInfo();
          if (m.rss() != Long.parseLong(f[6]) * 1024 || m.vms() != Long.parseLong(f[7]) * 1024) {
            String again = Commands.runAllowingFailure("ps", "-o", "rss=,vsz=", "-p",
                Integer.toString(pid)).stdout().trim();
            MemoryInfo m2 = p.memoryInfo();
            if (!again.equals(m2.rss() / 1024 + " " + m2.vms() / 1024)
                && !again.replaceAll("\\s+", " ").equals(m2.rss() / 1024 + " "
                + m2.vms() / 1024)) {
              mismatches.add(pid + ": rss/vsz " + m2.rss() / 1024 + " " + m2.vms() / 1024
                  + " vs ps " + again);
            }
          }
        }
        compared++;
      } catch (NoSuchProcessException gone) {
        // exited after ps listed it
      }
    }
    assertTrue(compared > 5, "compared " + compared);
    assertEquals(List.of(), mismatches);
  }

  private static boolean namesAgree(Process p, String psComm) {
    String name = p.isKernelThread() ? p.name().split("[-+]")[0] : p.name();
    return name.startsWith(p.isKernelThread() ? psComm.split("[-+]")[0] : psComm);
  }

  @Test
  void pidExistsRejectsThreadIds() throws Exception {
    Thread t = new Thread(() -> {
      try {
        Thread.sleep(2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    t.start();
    try {
      String[] tasks = new java.io.File("/proc/" + SELF + "/task").list();
      int tid = Arrays.stream(tasks).mapToInt(Integer::parseInt).filter(x -> x != SELF)
          .findFirst().orElseThrow();
      assertTrue(Processes.pidExists(SELF));
      assertTrue(!Processes.pidExists(tid), "thread id " + tid + " is not a process");
    } finally {
      t.interrupt();
      t.join();
    }
  }

  @Test
  void goneProcessRaisesNoSuchProcess() throws Exception {
    java.lang.Process p = new ProcessBuilder("true").start();
    int pid = (int) p.pid();
    p.waitFor();
    Thread.sleep(50);
    org.junit.jupiter.api.Assertions.assertThrows(NoSuchProcessException.class,
        () -> Process.of(pid).memoryInfo());
  }

  private static Set<Integer> pidsOf(int[] pids) {
    Set<Integer> s = new HashSet<>();
    for (int p : pids) {
      s.add(p);
    }
    return s;
  }
}
