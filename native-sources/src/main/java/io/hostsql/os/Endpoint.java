package io.hostsql.os;

/**
 * One end of a socket: an IP address and port, or a UNIX socket path (port 0). psutil's empty
 * tuple, an unbound end, is {@link #NONE}.
 *
 * @param address the IP address in its usual text form, or the UNIX path; "" when unbound
 * @param port the port; 0 for UNIX sockets and unbound ends
 */
public record Endpoint(String address, int port) {
  /** No address: an unconnected remote end, or an unnamed UNIX socket. */
  public static final Endpoint NONE = new Endpoint("", 0);

  /** Whether this end is unbound. */
  public boolean isNone() {
    return address.isEmpty() && port == 0;
  }
}
