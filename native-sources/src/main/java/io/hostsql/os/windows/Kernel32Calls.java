package io.hostsql.os.windows;

import com.sun.jna.Pointer;
import com.sun.jna.WString;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.win32.StdCallLibrary;

/**
 * The kernel32 functions the Windows readers call, declared here (a few lines each) rather
 * than through jna-platform's structures, since the readers want the raw buffers. Failures are
 * read with Native.getLastError().
 */
interface Kernel32Calls extends StdCallLibrary {
  int PROCESS_QUERY_INFORMATION = 0x0400;
  int PROCESS_VM_READ = 0x0010;
  int PROCESS_QUERY_LIMITED_INFORMATION = 0x1000;
  short ALL_PROCESSOR_GROUPS = (short) 0xffff;
  int RELATION_ALL = 0xffff;

  /** Loaded on first use, which only a Windows platform makes. */
  static Kernel32Calls load() {
    return Libraries.load("kernel32", Kernel32Calls.class);
  }

  Pointer OpenProcess(int access, boolean inherit, int pid);

  boolean CloseHandle(Pointer handle);

  boolean ReadProcessMemory(Pointer process, Pointer address, Pointer buffer, long size,
      LongByReference read);

  int GetPriorityClass(Pointer process);

  boolean GetProcessAffinityMask(Pointer process, LongByReference processMask,
      LongByReference systemMask);

  boolean GetSystemTimes(Pointer idle, Pointer kernel, Pointer user);

  int GetActiveProcessorCount(short group);

  boolean GetLogicalProcessorInformationEx(int relationship, Pointer buffer,
      IntByReference length);

  boolean GlobalMemoryStatusEx(Pointer status);

  int GetLogicalDriveStringsW(int length, Pointer buffer);

  boolean GetDiskFreeSpaceExW(WString path, Pointer freeToCaller, Pointer total, Pointer free);

  int GetDriveTypeW(WString root);

  boolean GetVolumeInformationW(WString root, Pointer volumeName, int volumeNameSize,
      IntByReference serial, IntByReference maxComponentLength, IntByReference flags,
      Pointer fileSystemName, int fileSystemNameSize);
}
