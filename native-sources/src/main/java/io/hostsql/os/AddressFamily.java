package io.hostsql.os;

/** The address families of the sockets hostsql reports, with Linux's AF_* numbers. */
public enum AddressFamily {
  UNIX(1), INET(2), INET6(10);

  private final int code;

  AddressFamily(int code) {
    this.code = code;
  }

  /** The AF_* number. */
  public int code() {
    return code;
  }
}
