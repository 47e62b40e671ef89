package io.hostsql.os.windows;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.win32.StdCallLibrary;

/**
 * The ntdll functions and information classes of the per-process readers beyond the listing
 * and the PEB: what a file handle is and is called, and the classes asked of
 * NtQuerySystemInformation and NtQueryInformationProcess (NTSTATUS results).
 */
interface NtObjectCalls extends StdCallLibrary {
  int OBJECT_NAME_INFORMATION = 1;
  int FILE_STANDARD_INFORMATION = 5;
  int PROCESS_IO_PRIORITY = 33;
  int SYSTEM_EXTENDED_HANDLE_INFORMATION = 64;
  int SYSTEM_PROCESS_ID_INFORMATION = 88;
  int PROCESS_COMMAND_LINE_INFORMATION = 60;
  int STATUS_BUFFER_OVERFLOW = 0x80000005;
  int STATUS_BUFFER_TOO_SMALL = 0xC0000023;

  /** Loaded on first use, which only a Windows platform makes. */
  static NtObjectCalls load() {
    return Native.load("ntdll", NtObjectCalls.class);
  }

  int NtQueryObject(Pointer handle, int infoClass, Pointer buffer, int length,
      IntByReference returned);

  int NtQueryInformationFile(Pointer file, Pointer ioStatus, Pointer buffer, int length,
      int infoClass);
}
