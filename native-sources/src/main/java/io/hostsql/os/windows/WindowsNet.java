package io.hostsql.os.windows;

import io.hostsql.os.ConnectionKind;
import io.hostsql.os.NetConnection;
import io.hostsql.os.NetIoCounters;
import io.hostsql.os.Net;
import io.hostsql.os.NicAddress;
import io.hostsql.os.NicDuplex;
import io.hostsql.os.NicFamily;
import io.hostsql.os.NicStats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * psutil's network functions on Windows: net_io_counters and net_if_stats from GetIfTable2
 * (keyed by the interface's alias, its name), net_if_addrs from GetAdaptersAddresses (keyed by
 * the adapter's friendly name, each with its hardware address as a LINK entry first), and
 * net_connections from the extended TCP and UDP tables. Counters are 64-bit on Windows, so
 * there is no wrap to correct.
 */
final class WindowsNet implements Net {
  private final SystemCalls calls;

  WindowsNet(SystemCalls calls) {
    this.calls = calls;
  }

  private List<InterfaceBuffers.IfRow> rows() {
    return InterfaceBuffers.ifTable2(Calls.ok(calls.ifTable2(), "GetIfTable2"),
        new ArrayList<>());
  }

  @Override
  public Map<String, NetIoCounters> perNicIoCounters(boolean nowrap) {
    Map<String, NetIoCounters> out = new LinkedHashMap<>();
    for (InterfaceBuffers.IfRow r : rows()) {
      out.putIfAbsent(r.alias(), r.counters());
    }
    return out;
  }

  @Override
  public NetIoCounters ioCounters(boolean nowrap) {
    return NetIoCounters.sum(perNicIoCounters(nowrap).values());
  }

  @Override
  public Map<String, List<NicAddress>> ifAddrs() {
    Map<String, String> macs = new LinkedHashMap<>();
    for (InterfaceBuffers.IfRow r : rows()) {
      macs.putIfAbsent(r.alias(), r.mac());
    }
    Win32Buffer b = calls.adaptersAddresses();
    Map<String, List<NicAddress>> out = new LinkedHashMap<>();
    for (InterfaceBuffers.AdapterAddress a : InterfaceBuffers.adapters(
        Calls.ok(b, "GetAdaptersAddresses"), b.base(), new ArrayList<>())) {
      if (a.adapter() == null) {
        continue;
      }
      List<NicAddress> list = out.computeIfAbsent(a.adapter(), k -> {
        List<NicAddress> l = new ArrayList<>();
        String mac = macs.get(k);
        if (mac != null && !mac.isEmpty()) {
          l.add(new NicAddress(NicFamily.LINK, mac, null, null, null));
        }
        return l;
      });
      list.add(a.address());
    }
    return out;
  }

  /** isup from OperStatus; speed in Mbit/s; duplex and flags are not read on Windows yet. */
  @Override
  public Map<String, NicStats> ifStats() {
    Map<String, NicStats> out = new LinkedHashMap<>();
    for (InterfaceBuffers.IfRow r : rows()) {
      out.putIfAbsent(r.alias(), new NicStats(r.operUp(), NicDuplex.UNKNOWN,
          (int) (r.speedBits() / 1_000_000), r.mtu(), "", 0));
    }
    return out;
  }

  @Override
  public Integer hardwareType(String nic) {
    for (InterfaceBuffers.IfRow r : rows()) {
      if (r.alias().equals(nic)) {
        return r.type();
      }
    }
    return null;
  }

  @Override
  public List<NetConnection> connections(ConnectionKind kind) {
    List<NetConnection> out = new ArrayList<>();
    for (ConnectionTables.Kind table : ConnectionTables.Kind.values()) {
      if (!kind.includes(table.family, table.type)) {
        continue;
      }
      out.addAll(ConnectionTables.decode(Calls.ok(calls.connectionTable(
          table.type == io.hostsql.os.SocketType.STREAM,
          table.family == io.hostsql.os.AddressFamily.INET6),
          "the " + table + " table"), table, new ArrayList<>()));
    }
    return out;
  }
}
