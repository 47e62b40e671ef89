package io.hostsql.os.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.DnsResolver;
import io.hostsql.os.HostsEntry;
import io.hostsql.os.NetConfig;
import io.hostsql.os.Parsed;
import io.hostsql.os.ProtocolEntry;
import io.hostsql.os.ServiceEntry;
import io.hostsql.os.testing.FixtureProc;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The /etc network databases and resolv.conf on hand-written files, with the rows hosts(5),
 * services(5), protocols(5) and resolv.conf(5) say they hold, malformed lines included.
 */
class NetConfigFixtureTest {
  @TempDir
  Path dir;

  private NetConfig net(FixtureProc etc) {
    FixtureProc proc = new FixtureProc(dir.resolve("proc"))
        .write("sys/kernel/hostname", "web1.example.org\n");
    return new LinuxNetConfig(new ProcFs(proc.root()), new ProcFs(dir.resolve("sys")), etc.root());
  }

  @Test
  void hostsLinesWithCommentsAliasesAndABadAddress() {
    FixtureProc etc = new FixtureProc(dir.resolve("root")).write("etc/hosts",
        "# static table\n127.0.0.1\tlocalhost\n::1     localhost ip6-localhost ip6-loopback"
            + "  # v6\n\n10.0.0.5 db.internal db\nnot.an.address host\n192.168.1.300 bad\n"
            + "fe80::1%eth0 router\n");
    Parsed<HostsEntry> p = net(etc).hosts();
    assertEquals(List.of(new HostsEntry("127.0.0.1", "localhost"),
        new HostsEntry("::1", "localhost ip6-localhost ip6-loopback"),
        new HostsEntry("10.0.0.5", "db.internal db"),
        new HostsEntry("fe80::1%eth0", "router")), p.values());
    assertEquals(2, p.problems().size(), p.problems().toString());
    assertTrue(p.problems().get(0).contains("line 6"), p.problems().toString());
  }

  @Test
  void servicesWithAliasesCommentsAndBadPorts() {
    FixtureProc etc = new FixtureProc(dir.resolve("root")).write("etc/services",
        "tcpmux\t\t1/tcp\t\t\t\t# TCP port service multiplexer\n"
            + "http\t\t80/tcp\t\twww\t\t# WorldWideWeb HTTP\n"
            + "kerberos\t88/udp\t\tkerberos5 krb5 kerberos-sec\n"
            + "broken 99999/tcp\nnoslash 25\nnoproto 26/\n");
    Parsed<ServiceEntry> p = net(etc).services();
    assertEquals(List.of(
        new ServiceEntry("tcpmux", 1, "tcp", "", "TCP port service multiplexer"),
        new ServiceEntry("http", 80, "tcp", "www", "WorldWideWeb HTTP"),
        new ServiceEntry("kerberos", 88, "udp", "kerberos5 krb5 kerberos-sec", null)),
        p.values());
    assertEquals(3, p.problems().size(), p.problems().toString());
  }

  @Test
  void protocolsWithAliasAndComment() {
    FixtureProc etc = new FixtureProc(dir.resolve("root")).write("etc/protocols",
        "ip\t0\tIP\t\t# internet protocol, pseudo protocol number\n"
            + "hopopt\t0\tHOPOPT\t\t# IPv6 Hop-by-Hop Option [RFC1883]\nudp 17\nfoo bar\n"
            + "mptcp 262 MPTCP # a pseudo number above 255\n");
    Parsed<ProtocolEntry> p = net(etc).protocols();
    assertEquals(List.of(
        new ProtocolEntry("ip", 0, "IP", "internet protocol, pseudo protocol number"),
        new ProtocolEntry("hopopt", 0, "HOPOPT", "IPv6 Hop-by-Hop Option [RFC1883]"),
        new ProtocolEntry("udp", 17, null, null),
        new ProtocolEntry("mptcp", 262, "MPTCP", "a pseudo number above 255")), p.values());
    assertEquals(1, p.problems().size(), p.problems().toString());
  }

  @Test
  void resolversAsResInitAppliesThem() {
    FixtureProc etc = new FixtureProc(dir.resolve("root")).write("etc/resolv.conf",
        "# generated\nnameserver 10.0.0.2\nnameserver 2001:db8::53\nnameserver 10.0.0.3\n"
            + "nameserver 10.0.0.4\nnameserver bogus\ndomain ignored.example\n"
            + "search corp.example lab.example\nsortlist 130.155.160.0/255.255.240.0 "
            + "130.155.0.0\noptions rotate edns0 ndots:2 trust-ad\nfrobnicate yes\n");
    long options = 0x1 | 0x40 | 0x80 | 0x200 | 0x4000 | 0x100000 | 0x4000000;
    Parsed<DnsResolver> p = net(etc).resolvers();
    assertEquals(List.of(
        new DnsResolver(0, "nameserver", "10.0.0.2", "32", options),
        new DnsResolver(1, "nameserver", "2001:db8::53", "128", options),
        new DnsResolver(2, "nameserver", "10.0.0.3", "32", options),
        new DnsResolver(0, "sortlist", "130.155.160.0", "255.255.240.0", options),
        new DnsResolver(1, "sortlist", "130.155.0.0", "255.255.0.0", options),
        new DnsResolver(0, "search", "corp.example", null, options),
        new DnsResolver(1, "search", "lab.example", null, options)), p.values());
    assertEquals(2, p.problems().size(), p.problems().toString());
  }

  @Test
  void noResolvConfMeansTheLoopbackServerAndTheHostsDomain() {
    Parsed<DnsResolver> p = net(new FixtureProc(dir.resolve("root"))).resolvers();
    long options = 0x1 | 0x40 | 0x80 | 0x200;
    assertEquals(List.of(new DnsResolver(0, "nameserver", "127.0.0.1", "32", options),
        new DnsResolver(0, "search", "example.org", null, options)), p.values());
  }
}
