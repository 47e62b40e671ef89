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

  /** LookupAccountSidW: DOMAIN\name for a SID's bytes, or null when it names no account. */
  String account(byte[] sid);
}
