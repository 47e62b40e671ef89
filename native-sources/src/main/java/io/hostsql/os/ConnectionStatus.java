package io.hostsql.os;

/** A socket's TCP state, psutil's {@code CONN_*}; UDP and UNIX sockets are NONE. */
public enum ConnectionStatus {
  ESTABLISHED, SYN_SENT, SYN_RECV, FIN_WAIT1, FIN_WAIT2, TIME_WAIT, CLOSE, CLOSE_WAIT, LAST_ACK,
  LISTEN, CLOSING, NONE;

  /** The state for the kernel's TCP state number (1 = ESTABLISHED ... 11 = CLOSING). */
  public static ConnectionStatus ofTcpState(int state) {
    return state >= 1 && state <= 11 ? values()[state - 1] : NONE;
  }
}
