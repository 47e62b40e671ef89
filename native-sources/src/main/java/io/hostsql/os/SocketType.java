package io.hostsql.os;

/** Socket types, with Linux's SOCK_* numbers. */
public enum SocketType {
  STREAM(1), DGRAM(2), RAW(3), SEQPACKET(5);

  private final int code;

  SocketType(int code) {
    this.code = code;
  }

  /** The SOCK_* number. */
  public int code() {
    return code;
  }

  /** The type for a SOCK_* number, or null when unknown. */
  public static SocketType of(int code) {
    for (SocketType t : values()) {
      if (t.code == code) {
        return t;
      }
    }
    return null;
  }
}
