package io.hostsql.os;

import io.hostsql.os.linux.EtcNetFiles;
import io.hostsql.os.linux.ProcFs;
import io.hostsql.os.linux.ResolvConf;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The network configuration a host resolves and routes with: the hosts, services and
 * protocols databases, the resolvers of resolv.conf, and (from /proc) routes, neighbours and
 * per-interface IPv6 settings.
 */
public final class NetConfig {
  private final ProcFs proc;
  private final Path root;

  /**
   * @param proc the procfs to read
   * @param root the file-system root whose /etc is read
   */
  public NetConfig(ProcFs proc, Path root) {
    this.proc = proc;
    this.root = root;
  }

  /** /etc/hosts. */
  public Parsed<HostsEntry> hosts() {
    return EtcNetFiles.hosts(root.resolve("etc/hosts"));
  }

  /** /etc/services. */
  public Parsed<ServiceEntry> services() {
    return EtcNetFiles.services(root.resolve("etc/services"));
  }

  /** /etc/protocols. */
  public Parsed<ProtocolEntry> protocols() {
    return EtcNetFiles.protocols(root.resolve("etc/protocols"));
  }

  /** The resolvers of /etc/resolv.conf as the C library applies them. */
  public Parsed<DnsResolver> resolvers() {
    String hostname;
    try {
      hostname = proc.readString("sys/kernel/hostname").strip();
    } catch (IOException e) {
      hostname = null;
    }
    return ResolvConf.read(root.resolve("etc/resolv.conf"), hostname);
  }
}
