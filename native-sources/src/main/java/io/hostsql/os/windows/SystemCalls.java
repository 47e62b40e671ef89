package io.hostsql.os.windows;

/**
 * The Win32 calls psutil makes for the system-wide functions, each handing back the raw buffer
 * it filled (with the address it was at, for buffers holding pointers) or the Win32 error of
 * the call that failed: the live implementation calls kernel32, ntdll and iphlpapi through
 * JNA; a replay serves recorded buffers. Decoding is not done here.
 */
public interface SystemCalls {
  /** GetSystemTimes: idle, kernel and user FILETIME durations. */
  Win32Buffer systemTimes();

  /** NtQuerySystemInformation(SystemProcessorPerformanceInformation): a record per CPU. */
  Win32Buffer processorPerformance();

  /** GetLogicalProcessorInformationEx(RelationAll). */
  Win32Buffer logicalProcessors();

  /** GetActiveProcessorCount(ALL_PROCESSOR_GROUPS); 0 when it fails. */
  int activeProcessorCount();

  /** GlobalMemoryStatusEx: a MEMORYSTATUSEX. */
  Win32Buffer memoryStatus();

  /** GetLogicalDriveStringsW: the drive roots. */
  Win32Buffer driveStrings();

  /** GetDiskFreeSpaceExW on a path: three ULARGE_INTEGERs. */
  Win32Buffer diskFreeSpace(String path);

  /** GetIfTable2: a MIB_IF_TABLE2. */
  Win32Buffer ifTable2();

  /** GetAdaptersAddresses(AF_UNSPEC), its base the buffer's address. */
  Win32Buffer adaptersAddresses();

  /**
   * GetExtendedTcpTable(TCP_TABLE_OWNER_PID_ALL) or GetExtendedUdpTable(UDP_TABLE_OWNER_PID),
   * for AF_INET or AF_INET6.
   */
  Win32Buffer connectionTable(boolean tcp, boolean ipv6);
}
