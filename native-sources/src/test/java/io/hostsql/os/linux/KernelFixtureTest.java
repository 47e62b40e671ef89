package io.hostsql.os.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.Kernel;
import io.hostsql.os.KernelInfo;
import io.hostsql.os.KernelModule;
import io.hostsql.os.Parsed;
import io.hostsql.os.SystemControl;
import io.hostsql.os.testing.FixtureProc;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel readers on hand-written /proc and /etc trees: the rows expected are written out
 * by hand from the formats proc(5), lsmod and sysctl.d(5) document, malformed parts included.
 */
class KernelFixtureTest {
  @TempDir
  Path dir;

  private Kernel kernel(FixtureProc proc) {
    return new LinuxKernel(new ProcFs(proc.root()), dir.resolve("rootfs"));
  }

  @Test
  void modulesParseAsLsmodShowsThemAndBadLinesAreReported() {
    FixtureProc proc = new FixtureProc(dir.resolve("proc"))
        .write("modules", "nf_nat 61440 2 nft_chain_nat,xt_MASQUERADE, Live 0xffffffffc0a1d000\n"
            + "crc32c_intel 24576 0 - Live 0xffffffffc0342000 (E)\n"
            + "garbage line\n"
            + "bad notanumber 0 - Live 0x1\n");
    Parsed<KernelModule> p = kernel(proc).modules();
    assertEquals(List.of(
        new KernelModule("nf_nat", 61440, "nft_chain_nat,xt_MASQUERADE", "Live",
            "0xffffffffc0a1d000"),
        new KernelModule("crc32c_intel", 24576, "-", "Live", "0xffffffffc0342000")),
        p.values());
    assertEquals(2, p.problems().size(), p.problems().toString());
    assertTrue(p.problems().get(0).contains("line 3"), p.problems().toString());
  }

  @Test
  void hiddenModuleAddressesAreNullWithAProblem() {
    FixtureProc proc = new FixtureProc(dir.resolve("proc"))
        .write("modules", "loop 32768 0 - Live 0x0000000000000000\n");
    Parsed<KernelModule> p = kernel(proc).modules();
    assertNull(p.values().get(0).address());
    assertTrue(p.problems().get(0).contains("kptr_restrict"), p.problems().toString());
  }

  @Test
  void noModulesFileMeansNoModules() {
    Parsed<KernelModule> p = kernel(new FixtureProc(dir.resolve("proc"))).modules();
    assertEquals(List.of(), p.values());
    assertEquals(List.of(), p.problems());
  }

  @Test
  void kernelInfoSplitsBootImageAndRootFromTheArguments() {
    FixtureProc proc = new FixtureProc(dir.resolve("proc"))
        .write("version", "Linux version 6.1.0-18-amd64 (debian-kernel@lists.debian.org) "
            + "(gcc-12 (Debian 12.2.0-14) 12.2.0) #1 SMP PREEMPT_DYNAMIC\n")
        .write("cmdline", "BOOT_IMAGE=/boot/vmlinuz-6.1.0-18-amd64 root=UUID=1234-abcd ro "
            + "quiet\n");
    assertEquals(new KernelInfo("6.1.0-18-amd64", "ro quiet", "/boot/vmlinuz-6.1.0-18-amd64",
        "UUID=1234-abcd"), kernel(proc).info());
    proc.write("cmdline", "console=ttyS0 nomodule\n");
    assertEquals(new KernelInfo("6.1.0-18-amd64", "console=ttyS0 nomodule", null, null),
        kernel(proc).info());
  }

  @Test
  void controlsCarryTheirConfiguredValuesInSysctlDOrder() {
    FixtureProc proc = new FixtureProc(dir.resolve("proc"))
        .write("sys/net/ipv4/ip_forward", "0\n")
        .write("sys/net/ipv4/conf/eth0.100/rp_filter", "2\n")
        .write("sys/kernel/printk", "4\t4\t1\t7\n")
        .write("sys/vm/swappiness", "60\n");
    FixtureProc root = new FixtureProc(dir.resolve("rootfs"))
        // a file of the same name in /etc hides the one in /usr/lib
        .write("usr/lib/sysctl.d/50-default.conf", "net.ipv4.ip_forward = 1\nvm.swappiness=5\n")
        .write("etc/sysctl.d/50-default.conf", "vm.swappiness = 10\n")
        .write("etc/sysctl.d/60-vlan.conf", "net/ipv4/conf/eth0.100/rp_filter = 1\n"
            + "this line has no equals sign\n; a comment\n-kernel.printk = 3 4 1 3\n")
        .writeBytes("etc/sysctl.d/70-binary.conf", new byte[] {0x7f, 'E', 'L', 'F', 0, 1})
        .write("etc/sysctl.conf", "# nothing\n");
    Parsed<SystemControl> p = kernel(proc).controls(null);
    Map<String, SystemControl> byName = new TreeMap<>();
    p.values().forEach(c -> byName.put(c.name(), c));
    assertEquals(new SystemControl("vm.swappiness", "vm", "60", "10"),
        byName.get("vm.swappiness"));
    // usr/lib's 50-default.conf is hidden by /etc's: ip_forward is not configured
    assertEquals(new SystemControl("net.ipv4.ip_forward", "net", "0", null),
        byName.get("net.ipv4.ip_forward"));
    assertEquals(new SystemControl("net.ipv4.conf.eth0/100.rp_filter", "net", "2", "1"),
        byName.get("net.ipv4.conf.eth0/100.rp_filter"));
    assertEquals(new SystemControl("kernel.printk", "kernel", "4\t4\t1\t7", "3 4 1 3"),
        byName.get("kernel.printk"));
    assertEquals(4, p.values().size());
    assertEquals(2, p.problems().size(), p.problems().toString());
    assertTrue(p.problems().stream().anyMatch(s -> s.contains("60-vlan.conf line 2")));
    assertTrue(p.problems().stream().anyMatch(s -> s.contains("70-binary.conf: not a text")));
    assertEquals(List.of(new SystemControl("net.ipv4.conf.eth0/100.rp_filter", "net", "2",
        "1")), kernel(proc).controls("net.ipv4.conf.eth0/100.rp_filter").values());
    assertEquals(List.of(), kernel(proc).controls("../../etc").values());
  }
}
