package io.hostsql.os.linux;

import io.hostsql.os.ConnectionKind;
import java.util.Set;

/** Which of /proc/net's socket tables a kind of connection needs. */
public final class ProcNetFiles {
  private ProcNetFiles() {
  }

  /** The /proc/net files ("tcp", "tcp6", "udp", "udp6", "unix") the kind needs. */
  public static Set<String> of(ConnectionKind kind) {
    return switch (kind) {
      case ALL -> Set.of("tcp", "tcp6", "udp", "udp6", "unix");
      case UNIX -> Set.of("unix");
      case INET -> Set.of("tcp", "tcp6", "udp", "udp6");
      case INET4 -> Set.of("tcp", "udp");
      case INET6 -> Set.of("tcp6", "udp6");
      case TCP -> Set.of("tcp", "tcp6");
      case TCP4 -> Set.of("tcp");
      case TCP6 -> Set.of("tcp6");
      case UDP -> Set.of("udp", "udp6");
      case UDP4 -> Set.of("udp");
      case UDP6 -> Set.of("udp6");
    };
  }
}
