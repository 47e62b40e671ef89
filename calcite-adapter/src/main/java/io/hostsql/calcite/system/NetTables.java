package io.hostsql.calcite.system;

import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.BOOLEAN;
import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.SystemTable;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.OsFamily;
import io.hostsql.os.Net;
import io.hostsql.os.NetIoCounters;
import io.hostsql.os.NicAddress;
import io.hostsql.os.NicStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The network interface tables: net_io_counters, net_if_addrs and net_if_stats. */
public final class NetTables {
  /** One interface's counters. */
  record Io(String nic, NetIoCounters c) {
  }

  /** One address of one interface. */
  record Addr(String nic, NicAddress a) {
  }

  /** One interface's link state and hardware type. */
  record Stats(String nic, NicStats s, Integer hwType) {
  }

  private NetTables() {
  }

  static final TableDef<Io> IO = new TableDef<>("net_io_counters",
      "Traffic per network interface since it came up (/proc/net/dev); wrapped counters are "
          + "corrected per connection.", new Columns<Io>()
          .key("nic", VARCHAR, "Interface name.", Io::nic)
          .add("bytes_sent", BIGINT, "bytes", FetchGroup.SYSTEM, "Bytes sent.",
              r -> r.c().bytesSent())
          .add("bytes_recv", BIGINT, "bytes", FetchGroup.SYSTEM, "Bytes received.",
              r -> r.c().bytesRecv())
          .add("packets_sent", BIGINT, "", FetchGroup.SYSTEM, "Packets sent.",
              r -> r.c().packetsSent())
          .add("packets_recv", BIGINT, "", FetchGroup.SYSTEM, "Packets received.",
              r -> r.c().packetsRecv())
          .add("errin", BIGINT, "", FetchGroup.SYSTEM, "Receive errors.", r -> r.c().errin())
          .add("errout", BIGINT, "", FetchGroup.SYSTEM, "Transmit errors.", r -> r.c().errout())
          .add("dropin", BIGINT, "", FetchGroup.SYSTEM, "Incoming packets dropped.",
              r -> r.c().dropin())
          .add("dropout", BIGINT, "", FetchGroup.SYSTEM, "Outgoing packets dropped.",
              r -> r.c().dropout())
          .build(), List.of("nic"), TableDef.LINUX_AND_WINDOWS);

  public static SystemTable<Io> io(Net net) {
    return new SystemTable<>(IO, () -> {
      List<Io> out = new ArrayList<>();
      net.perNicIoCounters(true).forEach((k, v) -> out.add(new Io(k, v)));
      return out;
    });
  }

  static final TableDef<Addr> ADDRS = new TableDef<>("net_if_addrs",
      "Every address of every network interface (getifaddrs): IPv4, IPv6 and the link-layer "
          + "(MAC) address.", new Columns<Addr>()
          .key("nic", VARCHAR, "Interface name.", Addr::nic)
          .add("family", VARCHAR, "", FetchGroup.SYSTEM, "inet, inet6 or link.",
              r -> r.a().family().name().toLowerCase(Locale.ROOT))
          .add("address", VARCHAR, "", FetchGroup.SYSTEM, "The address (IPv6 link-local ones "
              + "carry %nic).", r -> r.a().address())
          .add("netmask", VARCHAR, "", FetchGroup.SYSTEM, "The netmask, or NULL.",
              r -> r.a().netmask())
          .add("broadcast", VARCHAR, "", FetchGroup.SYSTEM, "The broadcast address, or NULL.",
              r -> r.a().broadcast())
          .add("ptp", VARCHAR, "", FetchGroup.SYSTEM, "The point-to-point peer, or NULL.",
              r -> r.a().ptp())
          .build(), List.of("nic"), TableDef.LINUX_AND_WINDOWS);

  public static SystemTable<Addr> addrs(Net net) {
    return new SystemTable<>(ADDRS, () -> {
      List<Addr> out = new ArrayList<>();
      net.ifAddrs().forEach((nic, list) -> list.forEach(a -> out.add(new Addr(nic, a))));
      return out;
    });
  }

  static final TableDef<Stats> STATS = new TableDef<>("net_if_stats",
      "Link state of every network interface: running, duplex, speed, MTU and flags ('promisc' "
          + "among them for sniffing interfaces).", new Columns<Stats>()
          .key("nic", VARCHAR, "Interface name.", Stats::nic)
          .add("isup", BOOLEAN, "", FetchGroup.PER_ROW_CALL, "Whether it is running.",
              r -> r.s().isUp())
          .add("duplex", VARCHAR, "", FetchGroup.PER_ROW_CALL, "full, half or unknown.",
              r -> r.s().duplex().name().toLowerCase(Locale.ROOT))
          .add("speed", INTEGER, "Mbit/s", FetchGroup.PER_ROW_CALL, "Link speed; 0 when unknown.",
              r -> r.s().speed())
          .add("mtu", INTEGER, "bytes", FetchGroup.PER_ROW_CALL, "Maximum transmission unit.",
              r -> r.s().mtu())
          .add("flags", VARCHAR, "", FetchGroup.PER_ROW_CALL, "Comma-separated flags: up, "
              + "broadcast, loopback, running, promisc, multicast...", r -> r.s().flags())
          .add("flag_bits", INTEGER, "", FetchGroup.PER_ROW_CALL, "The same flags as the kernel's "
              + "IFF_* bit mask (promisc is 256).", r -> r.s().flagBits()).on(OsFamily.LINUX)
          .add("hw_type", INTEGER, "", FetchGroup.PER_ROW_CALL, "Link-layer type, ARPHRD_* "
              + "(1 Ethernet, 772 loopback, 65534 none).", r -> r.hwType()).on(OsFamily.LINUX)
          .build(), List.of("nic"), TableDef.LINUX_AND_WINDOWS);

  public static SystemTable<Stats> stats(Net net) {
    return new SystemTable<>(STATS, () -> {
      List<Stats> out = new ArrayList<>();
      net.ifStats().forEach((k, v) -> out.add(new Stats(k, v, net.hardwareType(k))));
      return out;
    });
  }
}
