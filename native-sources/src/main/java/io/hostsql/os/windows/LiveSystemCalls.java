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
  /** MAX_PATH + 1 characters: the file system name buffer psutil gives the call. */
  private static final int FILE_SYSTEM_NAME_CHARS = 261;
  private static final int GROW_LIMIT = 16 << 20;

  private static final int SYSTEM_PERFORMANCE_INFORMATION = 2;
  private static final int SYSTEM_TIME_OF_DAY_INFORMATION = 3;
  private static final int SYSTEM_INTERRUPT_INFORMATION = 23;
  private static final int SESSION_LIMIT = 1 << 16;

  private final NtdllCalls ntdll;
  private final Kernel32Calls kernel32;
  private final IphlpapiCalls iphlpapi;
  private final PowerCalls power;
  private final SessionCalls sessions;
  private final DeviceCalls devices;

  LiveSystemCalls(NtdllCalls ntdll, Kernel32Calls kernel32, IphlpapiCalls iphlpapi,
      PowerCalls power, SessionCalls sessions, DeviceCalls devices) {
    this.ntdll = ntdll;
    this.kernel32 = kernel32;
    this.iphlpapi = iphlpapi;
    this.power = power;
    this.sessions = sessions;
    this.devices = devices;
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
  public int driveType(String root) {
    return kernel32.GetDriveTypeW(new WString(root));
  }

  @Override
  public Win32Buffer volumeInformation(String root) {
    IntByReference flags = new IntByReference();
    Memory name = new Memory(2L * FILE_SYSTEM_NAME_CHARS);
    name.clear();
    if (!kernel32.GetVolumeInformationW(new WString(root), null, 0, null, null, flags, name,
        FILE_SYSTEM_NAME_CHARS)) {
      return Win32Buffer.failed(Native.getLastError());
    }
    byte[] out = new byte[4 + 2 * FILE_SYSTEM_NAME_CHARS];
    java.nio.ByteBuffer.wrap(out).order(java.nio.ByteOrder.LITTLE_ENDIAN)
        .putInt(0, flags.getValue());
    name.read(0, out, 4, 2 * FILE_SYSTEM_NAME_CHARS);
    return Win32Buffer.of(out, 0, -1);
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

  @Override
  public Win32Buffer performanceInformation() {
    return systemInformation(SYSTEM_PERFORMANCE_INFORMATION, CpuStatsBuffers.PERFORMANCE_SIZE);
  }

  @Override
  public Win32Buffer interruptInformation() {
    return systemInformation(SYSTEM_INTERRUPT_INFORMATION,
        Math.max(1, activeProcessorCount()) * CpuStatsBuffers.INTERRUPT_RECORD);
  }

  @Override
  public Win32Buffer timeOfDay() {
    return systemInformation(SYSTEM_TIME_OF_DAY_INFORMATION, BootTimeBuffer.SIZE);
  }

  @Override
  public Win32Buffer processorPower() {
    int size = Math.max(1, activeProcessorCount()) * CpuStatsBuffers.POWER_RECORD;
    Memory m = new Memory(size);
    int status = power.CallNtPowerInformation(PowerCalls.PROCESSOR_INFORMATION, null, 0, m,
        size);
    return status != 0 ? Win32Buffer.failed(status) : copy(m, size, false);
  }

  @Override
  public Win32Buffer diskPerformance(int drive) {
    if (drive < 0 || drive > LAST_PHYSICAL_DRIVE) {
      return Win32Buffer.failed(FILE_NOT_FOUND);
    }
    // No access right: what IOCTL_DISK_PERFORMANCE needs, and what an ordinary user gets.
    Pointer h = devices.CreateFileW(new WString("\\\\.\\PhysicalDrive" + drive), 0,
        DeviceCalls.FILE_SHARE_READ_WRITE, null, DeviceCalls.OPEN_EXISTING, 0, null);
    if (h == null || Pointer.nativeValue(h) == DeviceCalls.INVALID_HANDLE_VALUE) {
      return Win32Buffer.failed(Native.getLastError());
    }
    try {
      Memory m = new Memory(DiskPerformanceBuffer.SIZE);
      IntByReference got = new IntByReference();
      if (!devices.DeviceIoControl(h, DeviceCalls.IOCTL_DISK_PERFORMANCE, null, 0, m,
          DiskPerformanceBuffer.SIZE, got, null)) {
        return Win32Buffer.failed(Native.getLastError());
      }
      return copy(m, Math.min(DiskPerformanceBuffer.SIZE, got.getValue()), false);
    } finally {
      devices.CloseHandle(h);
    }
  }

  @Override
  public Win32Buffer sessions() {
    PointerByReference list = new PointerByReference();
    IntByReference count = new IntByReference();
    if (!sessions.WTSEnumerateSessionsW(null, 0, 1, list, count)) {
      return Win32Buffer.failed(Native.getLastError());
    }
    int n = count.getValue();
    return copyAndFree(list.getValue(), n < 0 || n > SESSION_LIMIT ? -1
        : n * SessionBuffers.SESSION_RECORD, true, n);
  }

  @Override
  public Win32Buffer sessionInformation(int session, int infoClass) {
    PointerByReference out = new PointerByReference();
    IntByReference bytes = new IntByReference();
    // WTS_CURRENT_SERVER_HANDLE is NULL.
    if (!sessions.WTSQuerySessionInformationW(null, session, infoClass, out, bytes)) {
      return Win32Buffer.failed(Native.getLastError());
    }
    return copyAndFree(out.getValue(), bytes.getValue(), false, -1);
  }

  /** A wtsapi32 buffer of {@code length} bytes copied out, then given back to wtsapi32. */
  private Win32Buffer copyAndFree(Pointer p, int length, boolean withBase, int count) {
    try {
      if (length < 0 || length > GROW_LIMIT) {
        return Win32Buffer.failed(IphlpapiCalls.ERROR_INSUFFICIENT_BUFFER);
      }
      byte[] bytes = length == 0 || p == null ? new byte[0] : p.getByteArray(0, length);
      return Win32Buffer.of(bytes, withBase && p != null ? Pointer.nativeValue(p) : 0, count);
    } finally {
      if (p != null) {
        sessions.WTSFreeMemory(p);
      }
    }
  }

  @Override
  public Win32Buffer powerStatus() {
    Memory m = new Memory(PowerStatusBuffer.SIZE);
    if (!devices.GetSystemPowerStatus(m)) {
      return Win32Buffer.failed(Native.getLastError());
    }
    return copy(m, PowerStatusBuffer.SIZE, false);
  }

  private Win32Buffer systemInformation(int infoClass, int size) {
    Memory m = new Memory(size);
    m.clear();
    IntByReference got = new IntByReference();
    int status = ntdll.NtQuerySystemInformation(infoClass, m, size, got);
    if (status != 0) {
      return Win32Buffer.failed(status);
    }
    int length = got.getValue() > 0 ? Math.min(size, got.getValue()) : size;
    return copy(m, length, false);
  }

  private static Win32Buffer copy(Memory m, int length, boolean withBase) {
    return Win32Buffer.of(m.getByteArray(0, length), withBase ? Pointer.nativeValue(m) : 0, -1);
  }
}
