package io.hostsql.os.windows;

/**
 * The Win32 calls psutil makes for processes, each handing back the raw buffer it filled (with
 * the address it was at) or the Win32 error of the call that failed: the live implementation
 * calls ntdll and kernel32 through JNA; a replay serves recorded buffers. Decoding is not done
 * here.
 */
public interface ProcessCalls {
  /** ERROR_INVALID_PARAMETER: OpenProcess's answer for a pid that does not exist. */
  int INVALID_PARAMETER = 87;
  /** ERROR_PARTIAL_COPY: ReadProcessMemory could not read the whole range. */
  int PARTIAL_COPY = 299;
  /** ERROR_NOT_SUPPORTED: fileName's answer for a handle that is not a file on a disk. */
  int NOT_A_DISK_FILE = 50;
  /** WAIT_TIMEOUT: fileName's answer when the name query did not finish in time. */
  int TIMED_OUT = 258;

  /** NtQuerySystemInformation(SystemProcessInformation): every process and its threads. */
  Win32Buffer systemProcessInformation();

  /**
   * The first 0x40 bytes of the process's PEB (OpenProcess with PROCESS_QUERY_INFORMATION and
   * PROCESS_VM_READ, NtQueryInformationProcess(ProcessBasicInformation), ReadProcessMemory),
   * its base the PEB's address; an error when the process refuses (5) or is gone (87).
   */
  Win32Buffer peb(int pid);

  /** {@code length} bytes of the process's memory at {@code address} (ReadProcessMemory). */
  Win32Buffer memory(int pid, long address, int length);

  /** GetPriorityClass: a DWORD (OpenProcess with PROCESS_QUERY_LIMITED_INFORMATION). */
  Win32Buffer priorityClass(int pid);

  /** GetProcessAffinityMask: the process's and the system's masks, two 64-bit words. */
  Win32Buffer affinityMask(int pid);

  /** GetTokenInformation(TokenUser) of the process's token, its base the buffer's address. */
  Win32Buffer tokenUser(int pid);

  /**
   * GetProcessMemoryInfo: a PROCESS_MEMORY_COUNTERS_EX (OpenProcess with
   * PROCESS_QUERY_LIMITED_INFORMATION and PROCESS_VM_READ, as psutil opens it).
   */
  Win32Buffer memoryCounters(int pid);

  /**
   * NtQueryInformationProcess(ProcessIoPriority): one ULONG, the IO_PRIORITY_HINT
   * (PROCESS_QUERY_LIMITED_INFORMATION); a failing NTSTATUS as the error.
   */
  Win32Buffer ioPriority(int pid);

  /** GetProcessHandleCount: a DWORD (PROCESS_QUERY_LIMITED_INFORMATION). */
  Win32Buffer handleCount(int pid);

  /**
   * The process's address space, VirtualQueryEx from address 0 up, each region's
   * MEMORY_BASIC_INFORMATION followed by GetMappedFileNameW's answer for it (see
   * MemoryRegions for the layout); PROCESS_QUERY_INFORMATION and PROCESS_VM_READ, as psutil.
   */
  Win32Buffer memoryRegions(int pid);

  /** NtQuerySystemInformation(SystemExtendedHandleInformation): every process's handles. */
  Win32Buffer handleTable();

  /**
   * The name of one of a process's handles as NtQueryObject(ObjectNameInformation) fills it
   * (its base the buffer's address): the handle is duplicated (PROCESS_DUP_HANDLE), and only
   * a file on a disk, not a directory, is asked its name, in a time-bounded worker since the
   * query can hang; else NOT_A_DISK_FILE, TIMED_OUT, or the error of the step that failed.
   */
  Win32Buffer fileName(int pid, long handle);

  /**
   * NtQuerySystemInformation(SystemProcessIdInformation) for a pid, psutil's exe(), which needs
   * no handle: the 24-byte SYSTEM_PROCESS_ID_INFORMATION followed by the name buffer its
   * ImageName points to; the buffer's base its address.
   */
  Win32Buffer imageName(int pid);

  /**
   * NtQueryInformationProcess(ProcessCommandLineInformation) (PROCESS_QUERY_LIMITED_INFORMATION,
   * Windows 8.1 and later): a UNICODE_STRING pointing into the same buffer; its base the
   * buffer's address. psutil's cmdline when the PEB is refused.
   */
  Win32Buffer commandLine(int pid);

  /** QueryDosDeviceW for a drive ("C:"): the device names it maps to, a multi-string. */
  Win32Buffer dosDevice(String drive);

  /** LookupAccountSidW: DOMAIN\name for a SID's bytes, or null when it names no account. */
  String account(byte[] sid);
}
