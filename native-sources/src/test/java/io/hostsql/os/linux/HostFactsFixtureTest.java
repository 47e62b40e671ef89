package io.hostsql.os.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hostsql.os.Account;
import io.hostsql.os.Cpu;
import io.hostsql.os.Kernel;
import io.hostsql.os.Mapping;
import io.hostsql.os.OsException;
import io.hostsql.os.User;
import io.hostsql.os.testing.FixtureProc;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** maps, passwd, DMI and cpuinfo parsing on hand-written files. */
class HostFactsFixtureTest {
  @TempDir
  Path dir;

  @Test
  void mapsLinesKeepPathsWithSpacesAndTellDeletedAndAnonymousRegions() {
    String maps = """
        55d0c0a00000-55d0c0a21000 r-xp 00002000 fd:01 1312 /usr/bin/my tool
        55d0c0c21000-55d0c0c42000 rw-p 00000000 00:00 0                          [heap]
        7f3a10000000-7f3a10021000 rw-p 00000000 00:00 0\u0020
        7f3a20000000-7f3a20001000 r--s 1000000000 00:05 99 /memfd:jit (deleted)
        ffffffffff600000-ffffffffff601000 --xp 00000000 00:00 0                  [vsyscall]
        """;
    List<Mapping> got = PidMaps.parse(maps.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(
        new Mapping("55d0c0a00000", "55d0c0a21000", "r-xp", 0x2000, "fd:01", 1312,
            "/usr/bin/my tool", false),
        new Mapping("55d0c0c21000", "55d0c0c42000", "rw-p", 0, "00:00", 0, "[heap]", false),
        new Mapping("7f3a10000000", "7f3a10021000", "rw-p", 0, "00:00", 0, "", false),
        new Mapping("7f3a20000000", "7f3a20001000", "r--s", 0x1000000000L, "00:05", 99,
            "/memfd:jit", true),
        new Mapping("ffffffffff600000", "ffffffffff601000", "--xp", 0, "00:00", 0,
            "[vsyscall]", false)), got);
    assertThrows(IllegalArgumentException.class,
        () -> PidMaps.parse("garbage\n".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void passwdEntriesInFileOrderSkippingNisAndCorruptLines() {
    new FixtureProc(dir).write("passwd", """
        root:x:0:0:root:/root:/bin/bash
        +nisuser::::::
        broken:x:notanumber:1::/:/bin/sh
        short:x:1:1
        nobody:x:65534:65534:Kernel Overflow User:/nonexistent:/usr/sbin/nologin
        big:x:4294967294:4294967294::/home/big:
        """);
    assertEquals(List.of(
        new Account("root", 0, 0, "root", "/root", "/bin/bash"),
        new Account("nobody", 65534, 65534, "Kernel Overflow User", "/nonexistent",
            "/usr/sbin/nologin"),
        new Account("big", 4294967294L, 4294967294L, "", "/home/big", "")),
        new LinuxAccounts(dir.resolve("passwd")).list());
    assertThrows(OsException.class, () -> new LinuxAccounts(dir.resolve("none")).list());
  }

  @Test
  void dmiFieldsWithoutUdevEncodingAndEmptyWithoutDmi() {
    FixtureProc s = new FixtureProc(dir);
    s.write("class/dmi/id/sys_vendor", "QEMU\n");
    s.write("class/dmi/id/product_name", "Standard PC (Q35 + ICH9, 2009)\n");
    s.write("class/dmi/id/modalias", "dmi:bvnSeaBIOS:\n");
    s.write("class/dmi/id/uevent", "MODALIAS=dmi:bvnSeaBIOS:\n");
    s.write("class/dmi/id/power/async", "disabled\n");
    assertEquals(Map.of("sys_vendor", "QEMU", "product_name", "Standard PC (Q35 + ICH9, 2009)"),
        new LinuxDmi(new ProcFs(dir)).fields());
    assertEquals(Map.of(), new LinuxDmi(new ProcFs(dir.resolve("nothing"))).fields());
  }

  @Test
  void cpuinfoBlocksBrandSocketsAndCoresFromPhysicalIds() {
    FixtureProc p = new FixtureProc(dir.resolve("proc"));
    StringBuilder cpuinfo = new StringBuilder();
    for (int cpu = 0; cpu < 4; cpu++) {
      cpuinfo.append("processor\t: ").append(cpu).append('\n')
          .append("vendor_id\t: AuthenticAMD\n")
          .append("model name\t: AMD EPYC 7B13 64-Core Processor\n")
          .append("microcode\t: 0x1000065\n")
          .append("physical id\t: ").append(cpu / 2).append('\n')
          .append("cpu cores\t: 2\n")
          .append("flags\t\t: fpu vme\n\n");
    }
    p.write("cpuinfo", cpuinfo.toString());
    Cpu c = new LinuxCpu(new ProcFs(dir.resolve("proc")), new ProcFs(dir.resolve("sys")));
    List<Map<String, String>> info = c.info();
    assertEquals(4, info.size());
    assertEquals("3", info.get(3).get("processor"));
    assertEquals("fpu vme", info.get(0).get("flags"));
    assertEquals("AMD EPYC 7B13 64-Core Processor", c.brand());
    assertEquals(2, c.sockets());
    // Without sysfs topology, physical cores are summed per socket from cpuinfo.
    assertEquals(4, c.count(false));
  }
}
