package io.hostsql.os.windows;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import com.sun.jna.win32.StdCallLibrary;

/** The iphlpapi functions psutil's Windows network functions call; they return a Win32 error. */
interface IphlpapiCalls extends StdCallLibrary {
  int AF_UNSPEC = 0;
  int AF_INET = 2;
  int AF_INET6 = 23;
  int TCP_TABLE_OWNER_PID_ALL = 5;
  int UDP_TABLE_OWNER_PID = 1;
  int GAA_FLAG_SKIP_ANYCAST = 0x2;
  int GAA_FLAG_SKIP_MULTICAST = 0x4;
  int GAA_FLAG_SKIP_DNS_SERVER = 0x8;
  int ERROR_INSUFFICIENT_BUFFER = 122;
  int ERROR_BUFFER_OVERFLOW = 111;

  /** Loaded on first use, which only a Windows platform makes. */
  static IphlpapiCalls load() {
    return Libraries.load("iphlpapi", IphlpapiCalls.class);
  }

  int GetExtendedTcpTable(Pointer table, IntByReference size, boolean order, int family,
      int tableClass, int reserved);

  int GetExtendedUdpTable(Pointer table, IntByReference size, boolean order, int family,
      int tableClass, int reserved);

  int GetIfTable2(PointerByReference table);

  void FreeMibTable(Pointer table);

  int GetAdaptersAddresses(int family, int flags, Pointer reserved, Pointer addresses,
      IntByReference size);
}
