package io.hostsql.os.windows;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.win32.StdCallLibrary;

/** The ntdll functions psutil's Windows process and CPU readers call; they return NTSTATUS. */
interface NtdllCalls extends StdCallLibrary {
  int SYSTEM_PROCESS_INFORMATION = 5;
  int SYSTEM_PROCESSOR_PERFORMANCE_INFORMATION = 8;
  int PROCESS_BASIC_INFORMATION = 0;
  int STATUS_INFO_LENGTH_MISMATCH = 0xC0000004;

  /** Loaded on first use, which only a Windows platform makes. */
  static NtdllCalls load() {
    return Libraries.load("ntdll", NtdllCalls.class);
  }

  int NtQuerySystemInformation(int infoClass, Pointer buffer, int length,
      IntByReference returned);

  int NtQueryInformationProcess(Pointer process, int infoClass, Pointer buffer, int length,
      IntByReference returned);
}
