package io.hostsql.jdbc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.testing.Commands;
import io.hostsql.os.testing.Privileges;
import io.hostsql.os.testing.QueryRows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * process_open_pipes on pipelines of the test's own children, checked against their
 * /proc/PID/fd links read here; iptables on rules the test installs in a chain of its own,
 * against the rule text it wrote and iptables-save.
 */
class PipesAndFirewallTest {
  private static Connection c;

  @BeforeAll
  static void open() throws Exception {
    c = DriverManager.getConnection("jdbc:hostsql:");
  }

  @AfterAll
  static void close() throws Exception {
    c.close();
  }

  private static Process start(String script) throws Exception {
    return new ProcessBuilder("sh", "-c", script)
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  private static String link(long pid, int fd) {
    try {
      return Files.readSymbolicLink(Path.of("/proc/" + pid + "/fd/" + fd)).toString();
    } catch (java.io.IOException e) {
      return "";
    }
  }

  /** The shell's two children once it holds no pipe end itself: {writer, reader}. */
  private static long[] pipeline(Process sh) throws Exception {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < deadline) {
      List<ProcessHandle> kids = sh.toHandle().children().toList();
      boolean shHolds = link(sh.pid(), 3).startsWith("pipe:") || link(sh.pid(), 4)
          .startsWith("pipe:");
      if (kids.size() == 2 && !shHolds) {
        long a = kids.get(0).pid();
        long b = kids.get(1).pid();
        long writer = link(a, 1).startsWith("pipe:") ? a : b;
        long reader = writer == a ? b : a;
        if (link(writer, 1).startsWith("pipe:") && link(writer, 1).equals(link(reader, 0))) {
          return new long[] {writer, reader};
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the pipeline did not start in 20 s");
  }

  private static String pipeInode(String link) {
    return link.substring("pipe:[".length(), link.length() - 1);
  }

  @Test
  void aPipelinesTwoEndsArePartners() throws Exception {
    Process sh = start("sleep 600 | sleep 600");
    try {
      long[] p = pipeline(sh);
      String inode = pipeInode(link(p[0], 1));
      assertEquals(List.of(List.of(p[0] + "", "1", "w", inode, "anonymous", p[1] + "", "0",
          "r")), QueryRows.of(c, "SELECT pid, fd, mode, inode, type, partner_pid, partner_fd, "
          + "partner_mode FROM process_open_pipes WHERE pid = " + p[0]));
      assertEquals(List.of(List.of(p[1] + "", "0", "r", inode, "anonymous", p[0] + "", "1",
          "w")), QueryRows.of(c, "SELECT pid, fd, mode, inode, type, partner_pid, partner_fd, "
          + "partner_mode FROM osquery.process_open_pipes WHERE pid = " + p[1]));
      String plan = QueryRows.of(c, "EXPLAIN PLAN FOR SELECT * FROM process_open_pipes "
          + "WHERE pid = " + p[0]).get(0).get(0);
      assertTrue(plan.contains("table=[[os, process_open_pipes]], filters=[[="), plan);
      // Read whole, the table holds the same pair from both sides.
      assertEquals(List.of(List.of(p[0] + "", p[1] + ""), List.of(p[1] + "", p[0] + "")),
          QueryRows.of(c, "SELECT pid, partner_pid FROM process_open_pipes WHERE inode = "
              + inode + " ORDER BY fd DESC"));
    } finally {
      sh.descendants().forEach(ProcessHandle::destroy);
      sh.destroy();
    }
  }

  @Test
  void aFifosWriterAndReaderArePartners(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("fifo");
    Commands.run("mkfifo", fifo.toString());
    long inode = ((Number) Files.getAttribute(fifo, "unix:ino")).longValue();
    Process writer = start("exec sleep 600 > " + fifo);
    Process reader = start("exec sleep 600 < " + fifo);
    try {
      long deadline = System.nanoTime() + 20_000_000_000L;
      while (!(link(writer.pid(), 1).equals(fifo.toString())
          && link(reader.pid(), 0).equals(fifo.toString()))) {
        assertTrue(System.nanoTime() < deadline, "the FIFO's ends did not open in 20 s");
        Thread.sleep(20);
      }
      assertEquals(List.of(List.of(writer.pid() + "", "1", "w", inode + "", "named",
          reader.pid() + "", "0", "r")), QueryRows.of(c, "SELECT pid, fd, mode, inode, type, "
          + "partner_pid, partner_fd, partner_mode FROM process_open_pipes WHERE pid = "
          + writer.pid()));
    } finally {
      writer.destroy();
      reader.destroy();
    }
  }

  @Test
  void iptablesListsTheRulesOfAChainTheTestInstalls() throws Exception {
    Privileges.assumeRoot("iptables reads and changes the packet filter");
    Commands.Result probe = Commands.runAllowingFailure("iptables", "-S");
    Privileges.require(probe.exitCode() == 0, "iptables -S failed here ("
        + probe.stderr().strip() + "): the kernel has no packet filter iptables can use");
    // A chain no built-in chain jumps to: it filters nothing.
    String chain = "HOSTSQL_T" + ProcessHandle.current().pid();
    Commands.run("iptables", "-N", chain);
    try {
      Commands.run("iptables", "-A", chain, "-s", "10.11.12.0/24", "-i", "lo", "-p", "tcp",
          "--dport", "2222", "-j", "ACCEPT");
      Commands.run("iptables", "-A", chain, "!", "-d", "192.0.2.7", "-o", "eth+", "-p", "udp",
          "--sport", "1000:2000", "-m", "comment", "--comment", "hostsql test rule", "-j",
          "DROP");
      Commands.run("iptables", "-A", chain, "-p", "icmp");
      List<List<String>> expected = List.of(
          List.of("filter", chain, "-", "1", "ACCEPT", "6", "", "2222", "10.11.12.0",
              "255.255.255.0", "lo", "0.0.0.0", "0.0.0.0", "", "tcp", "0", "0"),
          List.of("filter", chain, "-", "2", "DROP", "17", "1000:2000", "", "0.0.0.0",
              "0.0.0.0", "", "!192.0.2.7", "255.255.255.255", "eth+", "udp,comment", "0", "0"),
          List.of("filter", chain, "-", "3", "", "1", "", "", "0.0.0.0", "0.0.0.0", "",
              "0.0.0.0", "0.0.0.0", "", "", "0", "0"));
      List<List<String>> ours = new ArrayList<>();
      for (List<String> r : QueryRows.of(c, "SELECT filter_name, chain, policy, position, "
          + "target, protocol, src_port, dst_port, src_ip, src_mask, iniface, dst_ip, dst_mask, "
          + "outiface, matches, packets, bytes FROM iptables WHERE chain = '" + chain
          + "' ORDER BY position")) {
        ours.add(r.stream().map(v -> v == null ? "" : v).toList());
      }
      assertEquals(expected, ours);
      // Every rule iptables-save prints is a row.
      long saved = Commands.run("iptables-save").lines().filter(l -> l.startsWith("-A "))
          .count();
      assertEquals(List.of(List.of(Long.toString(saved))), QueryRows.of(c,
          "SELECT COUNT(*) FROM iptables WHERE position > 0"));
      assertEquals(List.of(List.of("", "2222:2222", "lo", "FFFFFF", "all", "", "yes"),
          List.of("", "", "all", "", "all", "", "no"),
          List.of("1000:2000", "", "all", "", "eth+", "FFFFFF", "yes")), QueryRows.of(c,
          "SELECT src_port, dst_port, iniface, iniface_mask, outiface, outiface_mask, "
          + "\"match\" FROM osquery.iptables WHERE chain = '" + chain
          + "' ORDER BY dst_port DESC, src_port"));
    } finally {
      Commands.runAllowingFailure("iptables", "-F", chain);
      Commands.runAllowingFailure("iptables", "-X", chain);
    }
  }
}
