package io.hostsql.os.linux;

import io.hostsql.os.AddressFamily;
import io.hostsql.os.ConnectionStatus;
import io.hostsql.os.Endpoint;
import io.hostsql.os.SocketType;
import io.hostsql.os.common.IpText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parsers for /proc/net/{tcp,tcp6,udp,udp6,unix}: the kernel's socket tables, keyed by inode.
 */
public final class ProcNet {
  private ProcNet() {
  }

  /**
   * A socket as the kernel's table lists it, before its owner is known.
   *
   * @param family the address family
   * @param type the socket type
   * @param laddr local end
   * @param raddr remote end
   * @param status TCP state, NONE for the others
   * @param inode the socket inode
   */
  public record Entry(AddressFamily family, SocketType type, Endpoint laddr, Endpoint raddr,
      ConnectionStatus status, long inode) {
  }

  /** Parses a tcp, tcp6, udp or udp6 table. */
  public static List<Entry> parseInet(byte[] content, AddressFamily family, SocketType type) {
    List<Entry> out = new ArrayList<>();
    String text = new String(content, StandardCharsets.US_ASCII);
    String[] lines = text.split("\n");
    for (int i = 1; i < lines.length; i++) {
      String[] f = lines[i].trim().split("\\s+");
      if (f.length < 10) {
        continue;
      }
      Endpoint l = endpoint(f[1], family);
      Endpoint r = endpoint(f[2], family);
      ConnectionStatus status = type == SocketType.STREAM
          ? ConnectionStatus.ofTcpState(Integer.parseInt(f[3], 16)) : ConnectionStatus.NONE;
      out.add(new Entry(family, type, l, r, status, Long.parseLong(f[9])));
    }
    return out;
  }

  /** Parses the unix table; the path column is absent for unnamed sockets. */
  public static List<Entry> parseUnix(byte[] content) {
    List<Entry> out = new ArrayList<>();
    String text = new String(content, StandardCharsets.UTF_8);
    String[] lines = text.split("\n");
    for (int i = 1; i < lines.length; i++) {
      String[] f = lines[i].trim().split("\\s+", 8);
      if (f.length < 7) {
        continue;
      }
      SocketType type = SocketType.of(Integer.parseInt(f[4], 16));
      if (type == null) {
        continue;
      }
      String path = f.length > 7 ? f[7] : "";
      out.add(new Entry(AddressFamily.UNIX, type, new Endpoint(path, 0), Endpoint.NONE,
          ConnectionStatus.NONE, Long.parseLong(f[6])));
    }
    return out;
  }

  /**
   * Decodes "0100007F:1F90": the address is hex in host (little-endian) byte order, 32 bits at a
   * time; the port is plain hex. Port 0 means an unbound end.
   */
  static Endpoint endpoint(String hex, AddressFamily family) {
    int colon = hex.indexOf(':');
    int port = Integer.parseInt(hex.substring(colon + 1), 16);
    String addr = hex.substring(0, colon);
    if (port == 0) {
      return Endpoint.NONE;
    }
    byte[] bytes = new byte[addr.length() / 2];
    for (int word = 0; word < bytes.length / 4; word++) {
      for (int b = 0; b < 4; b++) {
        // Each 32-bit word is printed as a little-endian integer: reverse its bytes.
        int at = word * 8 + (3 - b) * 2;
        bytes[word * 4 + b] = (byte) Integer.parseInt(addr.substring(at, at + 2), 16);
      }
    }
    if (family == AddressFamily.INET6) {
      return new Endpoint(IpText.v6(bytes), port);
    }
    return new Endpoint(IpText.v4(bytes), port);
  }
}
