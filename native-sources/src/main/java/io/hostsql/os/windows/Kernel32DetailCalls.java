package io.hostsql.os.windows;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.WString;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import com.sun.jna.win32.StdCallLibrary;

/**
 * The kernel32 functions of the per-process readers beyond the listing and the PEB: memory
 * counters, handle count, the address space, handle duplication and the drives' devices
 * (K32-prefixed psapi functions live in kernel32 since Windows 7).
 */
interface Kernel32DetailCalls extends StdCallLibrary {
  int PROCESS_DUP_HANDLE = 0x0040;
  int DUPLICATE_SAME_ACCESS = 0x0002;
  int FILE_TYPE_DISK = 1;

  /** Loaded on first use, which only a Windows platform makes. */
  static Kernel32DetailCalls load() {
    return Native.load("kernel32", Kernel32DetailCalls.class);
  }

  boolean K32GetProcessMemoryInfo(Pointer process, Pointer counters, int size);

  boolean GetProcessHandleCount(Pointer process, IntByReference count);

  long VirtualQueryEx(Pointer process, Pointer address, Pointer info, long length);

  int K32GetMappedFileNameW(Pointer process, Pointer address, Pointer name, int chars);

  Pointer GetCurrentProcess();

  boolean DuplicateHandle(Pointer sourceProcess, Pointer source, Pointer targetProcess,
      PointerByReference target, int access, boolean inherit, int options);

  int GetFileType(Pointer file);

  int QueryDosDeviceW(WString device, Pointer target, int chars);
}
