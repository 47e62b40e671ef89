package io.hostsql.os;

import java.util.Locale;

/** psutil's {@code kind} argument of net_connections: which sockets to list. */
public enum ConnectionKind {
  INET, INET4, INET6, TCP, TCP4, TCP6, UDP, UDP4, UDP6, UNIX, ALL;

  /** Whether sockets of this family and type belong to this kind. */
  public boolean includes(AddressFamily family, SocketType type) {
    boolean tcp = type == SocketType.STREAM;
    boolean udp = type == SocketType.DGRAM;
    boolean v4 = family == AddressFamily.INET;
    boolean v6 = family == AddressFamily.INET6;
    return switch (this) {
      case ALL -> true;
      case UNIX -> family == AddressFamily.UNIX;
      case INET -> (v4 || v6) && (tcp || udp);
      case INET4 -> v4 && (tcp || udp);
      case INET6 -> v6 && (tcp || udp);
      case TCP -> (v4 || v6) && tcp;
      case TCP4 -> v4 && tcp;
      case TCP6 -> v6 && tcp;
      case UDP -> (v4 || v6) && udp;
      case UDP4 -> v4 && udp;
      case UDP6 -> v6 && udp;
    };
  }

  /** Parses psutil's spelling ("inet", "tcp6", ...). */
  public static ConnectionKind parse(String kind) {
    try {
      return valueOf(kind.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("invalid kind '" + kind
          + "': one of inet, inet4, inet6, tcp, tcp4, tcp6, udp, udp4, udp6, unix, all");
    }
  }
}
