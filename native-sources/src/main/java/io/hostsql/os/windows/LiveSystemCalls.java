package io.hostsql.os.windows;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.WString;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * The system calls on the running Windows, as psutil makes them, each buffer copied out as it
 * was filled. Never run on Windows itself yet: what it returns is checked only through the
 * decoders, against Wine's buffers.
 */
final class LiveSystemCalls implements SystemCalls {
  private static final int GROW_LIMIT = 16 << 20;

  private final NtdllCalls ntdll;
  private final Kernel32Calls kernel32;
  private final IphlpapiCalls iphlpapi;

  LiveSystemCalls(NtdllCalls ntdll, Kernel32Calls kernel32, IphlpapiCalls iphlpapi) {
    this.ntdll = ntdll;
    this.kernel32 = kernel32;
    this.iphlpapi = iphlpapi;
  }

  @Override
  public Win32Buffer systemTimes() {
    Memory m = new Memory(24);
    if (!kernel32.GetSystemTimes(m, m.share(8), m.share(16))) {
      return Win32Buffer.failed(Native.getLastError());
    }
    return copy(m, 24, false);
  }

  @Override
  public Win32Buffer processorPerformance() {
    int cpus = Math.max(1, activeProcessorCount());
    int size = cpus * CpuBuffers.PERFORMANCE_RECORD;
    Memory m = new Memory(size);
    IntByReference got = new IntByReference();
    int status = ntdll.NtQuerySystemInformation(
        NtdllCalls.SYSTEM_PROCESSOR_PERFORMANCE_INFORMATION, m, size, got);
    if (status != 0) {
      return Win32Buffer.failed(status);
    }
    return copy(m, Math.min(size, got.getValue()), false);
  }

  @Override
  public Win32Buffer logicalProcessors() {
    IntByReference len = new IntByReference();
    kernel32.GetLogicalProcessorInformationEx(Kernel32Calls.RELATION_ALL, null, len);
    if (len.getValue() <= 0 || len.getValue() > GROW_LIMIT) {
      return Win32Buffer.failed(Native.getLastError());
    }
    Memory m = new Memory(len.getValue());
    if (!kernel32.GetLogicalProcessorInformationEx(Kernel32Calls.RELATION_ALL, m, len)) {
      return Win32Buffer.failed(Native.getLastError());
    }
    return copy(m, len.getValue(), false);
  }

  @Override
  public int activeProcessorCount() {
    return kernel32.GetActiveProcessorCount(Kernel32Calls.ALL_PROCESSOR_GROUPS);
  }

  @Override
  public Win32Buffer memoryStatus() {
    Memory m = new Memory(MemoryBuffers.STATUS_SIZE);
    m.clear();
    m.setInt(0, MemoryBuffers.STATUS_SIZE); // dwLength
    if (!kernel32.GlobalMemoryStatusEx(m)) {
      return Win32Buffer.failed(Native.getLastError());
    }
    return copy(m, MemoryBuffers.STATUS_SIZE, false);
  }

  @Override
  public Win32Buffer driveStrings() {
    Memory m = new Memory(2 * 1024);
    int n = kernel32.GetLogicalDriveStringsW(1023, m);
    if (n == 0 || n > 1023) {
      return Win32Buffer.failed(Native.getLastError());
    }
    return copy(m, 2 * (n + 1), false);
  }

  @Override
  public Win32Buffer diskFreeSpace(String path) {
    Memory m = new Memory(24);
    if (!kernel32.GetDiskFreeSpaceExW(new WString(path), m, m.share(8), m.share(16))) {
      return Win32Buffer.failed(Native.getLastError());
    }
    return copy(m, 24, false);
  }

  @Override
  public Win32Buffer ifTable2() {
    PointerByReference ref = new PointerByReference();
    int rc = iphlpapi.GetIfTable2(ref);
    if (rc != 0) {
      return Win32Buffer.failed(rc);
    }
    Pointer t = ref.getValue();
    try {
      long count = t.getInt(0) & 0xffffffffL;
      long size = 8 + count * InterfaceBuffers.ROW_SIZE;
      if (size > GROW_LIMIT) {
        return Win32Buffer.failed(IphlpapiCalls.ERROR_INSUFFICIENT_BUFFER);
      }
      return Win32Buffer.of(t.getByteArray(0, (int) size), 0, (int) count);
    } finally {
      iphlpapi.FreeMibTable(t);
    }
  }

  @Override
  public Win32Buffer adaptersAddresses() {
    IntByReference size = new IntByReference(32 << 10);
    for (int attempt = 0; attempt < 4 && size.getValue() <= GROW_LIMIT; attempt++) {
      Memory m = new Memory(size.getValue());
      int rc = iphlpapi.GetAdaptersAddresses(IphlpapiCalls.AF_UNSPEC,
          IphlpapiCalls.GAA_FLAG_SKIP_ANYCAST | IphlpapiCalls.GAA_FLAG_SKIP_MULTICAST
              | IphlpapiCalls.GAA_FLAG_SKIP_DNS_SERVER, null, m, size);
      if (rc == 0) {
        return copy(m, (int) m.size(), true);
      }
      if (rc != IphlpapiCalls.ERROR_BUFFER_OVERFLOW) {
        return Win32Buffer.failed(rc);
      }
    }
    return Win32Buffer.failed(IphlpapiCalls.ERROR_BUFFER_OVERFLOW);
  }

  @Override
  public Win32Buffer connectionTable(boolean tcp, boolean ipv6) {
    int family = ipv6 ? IphlpapiCalls.AF_INET6 : IphlpapiCalls.AF_INET;
    IntByReference size = new IntByReference(16 << 10);
    for (int attempt = 0; attempt < 8 && size.getValue() <= GROW_LIMIT; attempt++) {
      Memory m = new Memory(size.getValue());
      int rc = tcp
          ? iphlpapi.GetExtendedTcpTable(m, size, false, family,
              IphlpapiCalls.TCP_TABLE_OWNER_PID_ALL, 0)
          : iphlpapi.GetExtendedUdpTable(m, size, false, family,
              IphlpapiCalls.UDP_TABLE_OWNER_PID, 0);
      if (rc == 0) {
        return copy(m, (int) Math.min(m.size(), size.getValue()), false);
      }
      if (rc != IphlpapiCalls.ERROR_INSUFFICIENT_BUFFER) {
        return Win32Buffer.failed(rc);
      }
    }
    return Win32Buffer.failed(IphlpapiCalls.ERROR_INSUFFICIENT_BUFFER);
  }

  private static Win32Buffer copy(Memory m, int length, boolean withBase) {
    return Win32Buffer.of(m.getByteArray(0, length), withBase ? Pointer.nativeValue(m) : 0, -1);
  }
}
