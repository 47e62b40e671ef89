package io.hostsql.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.testing.Children;
import io.hostsql.os.testing.Commands;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Descriptors, mappings, process groups, accounts, file-system counts and CPU identity against
 * /proc read directly and the tools that print them (getent, stat -f, ps, lscpu, uname).
 */
class HostFactsOracleTest {
  @Test
  void fdsListEveryDescriptorAsTheKernelLinksIt() throws Exception {
    try (Children children = new Children()) {
      java.lang.Process child = children.sleeper();
      Path fdDir = Path.of("/proc/" + child.pid() + "/fd");
      Map<Integer, String> expected = new TreeMap<>();
      try (var s = Files.list(fdDir)) {
        for (Path fd : s.toList()) {
          expected.put(Integer.valueOf(fd.getFileName().toString()),
              Files.readSymbolicLink(fd).toString());
        }
      }
      Map<Integer, String> got = Process.of((int) child.pid()).fds();
      assertEquals(expected, got);
      // ProcessBuilder's default pipes: three pipe:[N] links that open_files leaves out.
      assertTrue(got.values().stream().filter(t -> t.startsWith("pipe:[")).count() >= 3, got::toString);
    }
  }

  @Test
  void mappingsMatchTheMapsFileLineForLine() throws Exception {
    try (Children children = new Children()) {
      java.lang.Process child = children.sleeper();
      List<String> lines = Files.readAllLines(Path.of("/proc/" + child.pid() + "/maps"));
      List<Mapping> got = Process.of((int) child.pid()).mappings();
      assertEquals(lines.size(), got.size());
      for (int i = 0; i < lines.size(); i++) {
        String[] f = lines.get(i).trim().split("\\s+", 6);
        Mapping m = got.get(i);
        assertEquals(f[0], m.start() + "-" + m.end());
        assertEquals(f[1], m.perms());
        assertEquals(Long.parseLong(f[2], 16), m.offset());
        assertEquals(f[3], m.device());
        assertEquals(Long.parseLong(f[4]), m.inode());
        assertEquals(f.length == 6 ? f[5] : "", m.path());
      }
      assertTrue(got.stream().anyMatch(m -> m.path().equals("[stack]")));
      assertTrue(got.stream().anyMatch(m -> m.path().endsWith("/sleep") && m.inode() > 0));
    }
  }

  @Test
  void processGroupRootAndCgroupAsPsAndProcTellThem() throws Exception {
    try (Children children = new Children()) {
      java.lang.Process child = children.sleeper();
      String pid = Long.toString(child.pid());
      Process p = Process.of((int) child.pid());
      assertEquals(Integer.parseInt(Commands.run("ps", "-o", "pgid=", "-p", pid).trim()),
          p.pgid());
      assertEquals(Files.readSymbolicLink(Path.of("/proc/" + pid + "/root")).toString(),
          p.root());
      String cgroup = Files.readString(Path.of("/proc/" + pid + "/cgroup"));
      assertTrue(cgroup.contains(":" + p.cgroup() + "\n"), cgroup + " vs " + p.cgroup());
    }
  }

  @Test
  void accountsAreWhatGetentPasswdLists() {
    List<String> expected = new ArrayList<>();
    for (String line : Commands.run("getent", "passwd").split("\n")) {
      String[] f = line.split(":", -1);
      expected.add(f[0] + ":" + f[2] + ":" + f[3] + ":" + f[5] + ":" + f[6]);
    }
    List<String> got = new ArrayList<>();
    for (Account a : Accounts.live().list()) {
      got.add(a.name() + ":" + a.uid() + ":" + a.gid() + ":" + a.home() + ":" + a.shell());
    }
    assertEquals(expected, got);
  }

  @Test
  void fsStatsAreStatDashF() {
    Disks disks = Disks.live();
    for (String path : List.of("/", "/proc", "/dev/shm")) {
      // %s f_bsize, %S f_frsize, %b blocks, %c inodes (fixed as long as nothing is resized)
      String[] f = Commands.run("stat", "-f", "-c", "%s %S %b %c", path).trim().split(" ");
      FsStats s = disks.fsStats(path);
      assertEquals(Long.parseLong(f[0]), s.blockSize(), path);
      assertEquals(Long.parseLong(f[1]), s.fragmentSize(), path);
      assertEquals(Long.parseLong(f[2]), s.blocks(), path);
      assertEquals(Long.parseLong(f[3]), s.inodes(), path);
      assertTrue(s.blocksAvailable() <= s.blocksFree() && s.blocksFree() <= s.blocks(), path);
    }
  }

  @Test
  void cpuIdentityAndMachineAsLscpuAndUnameTellThem() {
    Map<String, String> lscpu = new TreeMap<>();
    for (String line : Commands.run("lscpu").split("\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        lscpu.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
      }
    }
    Cpu cpu = Cpu.live();
    assertEquals(lscpu.get("Model name"), cpu.brand());
    assertEquals(Integer.valueOf(lscpu.get("Socket(s)")), cpu.sockets());
    assertEquals(Integer.parseInt(lscpu.get("CPU(s)")), cpu.info().size());
    assertEquals(Commands.run("uname", "-m").trim(), Host.live().machine());
  }
}
