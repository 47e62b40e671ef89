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

  /** ERROR_CALL_NOT_IMPLEMENTED: what a replay without a recording of the call answers. */
  int CALL_NOT_IMPLEMENTED = 120;
  /** The last N of psutil's \\.\PhysicalDriveN loop (0 to 32: more than 26 drive letters). */
  int LAST_PHYSICAL_DRIVE = 32;
  /** ERROR_FILE_NOT_FOUND: no such \\.\PhysicalDriveN. */
  int FILE_NOT_FOUND = 2;

  /**
   * GetDriveTypeW of a drive root: DRIVE_UNKNOWN (0) to DRIVE_RAMDISK (6); the call cannot
   * fail. A replay without a recording of it answers unknown.
   */
  default int driveType(String root) {
    return DriveRules.UNKNOWN;
  }

  /**
   * GetVolumeInformationW of a drive root: its file system flags (a DWORD) followed by the
   * file system name buffer it filled, or the call's error (an empty removable drive: 21,
   * not ready).
   */
  default Win32Buffer volumeInformation(String root) {
    return Win32Buffer.failed(CALL_NOT_IMPLEMENTED);
  }

  /** NtQuerySystemInformation(SystemPerformanceInformation): context switches, system calls. */
  default Win32Buffer performanceInformation() {
    return Win32Buffer.failed(CALL_NOT_IMPLEMENTED);
  }

  /** NtQuerySystemInformation(SystemInterruptInformation): a record per CPU (DPC counts). */
  default Win32Buffer interruptInformation() {
    return Win32Buffer.failed(CALL_NOT_IMPLEMENTED);
  }

  /** CallNtPowerInformation(ProcessorInformation): a PROCESSOR_POWER_INFORMATION per CPU. */
  default Win32Buffer processorPower() {
    return Win32Buffer.failed(CALL_NOT_IMPLEMENTED);
  }

  /** NtQuerySystemInformation(SystemTimeOfDayInformation): boot time and sleep bias. */
  default Win32Buffer timeOfDay() {
    return Win32Buffer.failed(CALL_NOT_IMPLEMENTED);
  }

  /**
   * IOCTL_DISK_PERFORMANCE on \\.\PhysicalDrive{@code drive}: a DISK_PERFORMANCE, or the
   * error of opening the drive (FILE_NOT_FOUND when there is none) or of the control call.
   */
  default Win32Buffer diskPerformance(int drive) {
    return Win32Buffer.failed(CALL_NOT_IMPLEMENTED);
  }

  /** WTSEnumerateSessionsW: the WTS_SESSION_INFOW array, its count and address. */
  default Win32Buffer sessions() {
    return Win32Buffer.failed(CALL_NOT_IMPLEMENTED);
  }

  /**
   * WTSQuerySessionInformationW for one session: {@link #WTS_USER_NAME},
   * {@link #WTS_CLIENT_ADDRESS} or {@link #WTS_SESSION_INFO}.
   */
  default Win32Buffer sessionInformation(int session, int infoClass) {
    return Win32Buffer.failed(CALL_NOT_IMPLEMENTED);
  }

  /** WTS_INFO_CLASS WTSUserName. */
  int WTS_USER_NAME = 5;
  /** WTS_INFO_CLASS WTSClientAddress. */
  int WTS_CLIENT_ADDRESS = 14;
  /** WTS_INFO_CLASS WTSSessionInfo. */
  int WTS_SESSION_INFO = 24;

  /** GetSystemPowerStatus: a SYSTEM_POWER_STATUS. */
  default Win32Buffer powerStatus() {
    return Win32Buffer.failed(CALL_NOT_IMPLEMENTED);
  }
}
