package io.hostsql.os.windows;

import io.hostsql.os.AddressFamily;
import io.hostsql.os.ConnectionStatus;
import io.hostsql.os.Endpoint;
import io.hostsql.os.NetConnection;
import io.hostsql.os.SocketType;
import io.hostsql.os.common.IpText;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the extended TCP and UDP tables (GetExtendedTcpTable with TCP_TABLE_OWNER_PID_ALL,
 * GetExtendedUdpTable with UDP_TABLE_OWNER_PID), IPv4 and IPv6, into psutil's connections.
 * Ports are kept in a DWORD whose low two bytes are in network order; addresses are in network
 * order. A table whose count claims more rows than the buffer holds gives the whole rows and a
 * problem.
 */
final class ConnectionTables {
  /** The kind of table: its family, protocol, row size and the offsets in a row. */
  enum Kind {
    TCP4(AddressFamily.INET, SocketType.STREAM, 24, 4, 0, 4, 8, 12, 16, 20),
    TCP6(AddressFamily.INET6, SocketType.STREAM, 56, 4, 48, 0, 20, 24, 44, 52),
    UDP4(AddressFamily.INET, SocketType.DGRAM, 12, 4, -1, 0, 4, -1, -1, 8),
    UDP6(AddressFamily.INET6, SocketType.DGRAM, 28, 4, -1, 0, 20, -1, -1, 24);

    final AddressFamily family;
    final SocketType type;
    final int rowSize;
    /** Where the rows start: after the DWORD count (every row type is 4-aligned). */
    final int firstRow;
    final int state;
    final int localAddr;
    final int localPort;
    final int remoteAddr;
    final int remotePort;
    final int pid;

    Kind(AddressFamily family, SocketType type, int rowSize, int firstRow, int state,
        int localAddr, int localPort, int remoteAddr, int remotePort, int pid) {
      this.family = family;
      this.type = type;
      this.rowSize = rowSize;
      this.firstRow = firstRow;
      this.state = state;
      this.localAddr = localAddr;
      this.localPort = localPort;
      this.remoteAddr = remoteAddr;
      this.remotePort = remotePort;
      this.pid = pid;
    }
  }

  private ConnectionTables() {
  }

  /** The rows of a table of this kind. */
  static List<NetConnection> decode(ByteBuffer buffer, Kind kind, List<String> problems) {
    ByteBuffer b = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    List<NetConnection> out = new ArrayList<>();
    if (b.limit() < 4) {
      problems.add(kind + " table: " + b.limit() + " bytes hold no row count");
      return out;
    }
    long count = b.getInt(0) & 0xffffffffL;
    long fits = Math.max(0, (b.limit() - kind.firstRow) / kind.rowSize);
    if (count > fits) {
      problems.add(kind + " table: " + count + " rows claimed, " + fits + " in "
          + b.limit() + " bytes");
      count = fits;
    }
    int addrLen = kind.family == AddressFamily.INET ? 4 : 16;
    for (int i = 0; i < count; i++) {
      int row = kind.firstRow + i * kind.rowSize;
      Endpoint local = new Endpoint(address(b, row + kind.localAddr, addrLen),
          port(b, row + kind.localPort));
      Endpoint remote = Endpoint.NONE;
      ConnectionStatus status = ConnectionStatus.NONE;
      if (kind.state >= 0) {
        status = status(b.getInt(row + kind.state));
        int rport = port(b, row + kind.remotePort);
        String raddr = address(b, row + kind.remoteAddr, addrLen);
        // psutil: a remote end of port 0 (a listener's 0.0.0.0:0 or [::]:0) is no remote end.
        remote = rport == 0 ? Endpoint.NONE : new Endpoint(raddr, rport);
      }
      out.add(new NetConnection(-1, kind.family, kind.type, local, remote, status,
          b.getInt(row + kind.pid), 0));
    }
    return out;
  }

  /** The port in the low 16 bits of a DWORD, in network (big-endian) byte order. */
  static int port(ByteBuffer b, int at) {
    return (b.get(at) & 0xff) << 8 | (b.get(at + 1) & 0xff);
  }

  /**
   * psutil's status for MIB_TCP_STATE: 1 CLOSED ... 12 DELETE_TCB. DELETE_TCB, which the
   * os layer's states lack, is reported as CLOSE, the state it is on its way to.
   */
  static ConnectionStatus status(int mibState) {
    return switch (mibState) {
      case 1, 12 -> ConnectionStatus.CLOSE;
      case 2 -> ConnectionStatus.LISTEN;
      case 3 -> ConnectionStatus.SYN_SENT;
      case 4 -> ConnectionStatus.SYN_RECV;
      case 5 -> ConnectionStatus.ESTABLISHED;
      case 6 -> ConnectionStatus.FIN_WAIT1;
      case 7 -> ConnectionStatus.FIN_WAIT2;
      case 8 -> ConnectionStatus.CLOSE_WAIT;
      case 9 -> ConnectionStatus.CLOSING;
      case 10 -> ConnectionStatus.LAST_ACK;
      case 11 -> ConnectionStatus.TIME_WAIT;
      default -> ConnectionStatus.NONE;
    };
  }

  private static String address(ByteBuffer b, int at, int len) {
    byte[] a = new byte[len];
    b.get(at, a);
    return len == 4 ? IpText.v4(a) : IpText.v6(a);
  }
}
