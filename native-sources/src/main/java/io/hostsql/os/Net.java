package io.hostsql.os;

import java.util.List;
import java.util.Map;

/** psutil's network functions on Linux: counters, addresses, link state and sockets. */
public interface Net {
  /** The running machine's, through {@link Platform#current()}. */
  static Net live() {
    return Platform.current().system().net();
  }

  /**
   * Traffic per interface from /proc/net/dev.
   *
   * @param nowrap correct counters that went down since this object's previous reading
   */
  Map<String, NetIoCounters> perNicIoCounters(boolean nowrap);

  /** The sum over all interfaces. */
  NetIoCounters ioCounters(boolean nowrap);

  /** Every interface's addresses: IPv4, IPv6 and link-layer (getifaddrs). */
  Map<String, List<NicAddress>> ifAddrs();

  /**
   * Link state per interface (names from /proc/net/dev), from /sys/class/net: running,
   * duplex, speed, MTU and flags. RUNNING is what the kernel reports through SIOCGIFFLAGS:
   * up, with the operational state up or unknown.
   */
  Map<String, NicStats> ifStats();

  /**
   * The interface's link-layer type, ARPHRD_* (1 Ethernet, 772 loopback, 65534 none), from
   * /sys/class/net/NIC/type; null when the interface is gone.
   */
  Integer hardwareType(String nic);

  /**
   * Every socket of the kind, with its owning pid and descriptor where the caller may see them
   * (unknown owners: pid null, fd -1). A socket shared by several descriptors is listed once
   * per descriptor.
   */
  List<NetConnection> connections(ConnectionKind kind);
}
