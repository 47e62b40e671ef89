package io.hostsql.os.linux;

/** Where {@link io.hostsql.os.Net#connections} reads the kernel's socket tables from. */
public enum SocketSource {
  /** netlink sock_diag when the kernel answers it, else /proc/net. */
  AUTO,
  /** netlink sock_diag only (what ss uses). */
  NETLINK,
  /** /proc/net/{tcp,tcp6,udp,udp6,unix} only (what psutil uses). */
  PROCFS
}
