package io.hostsql.os.windows;

import com.sun.jna.Pointer;
import com.sun.jna.WString;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.win32.StdCallLibrary;

/**
 * The kernel32 calls of psutil's disk_io_counters and sensors_battery: a physical drive opened
 * with no access right for IOCTL_DISK_PERFORMANCE, and GetSystemPowerStatus. Failures are read
 * with Native.getLastError().
 */
interface DeviceCalls extends StdCallLibrary {
  /** CTL_CODE(FILE_DEVICE_DISK, 8, METHOD_BUFFERED, FILE_ANY_ACCESS). */
  int IOCTL_DISK_PERFORMANCE = 0x70020;
  int FILE_SHARE_READ_WRITE = 0x3;
  int OPEN_EXISTING = 3;
  long INVALID_HANDLE_VALUE = -1;

  /** Loaded on first use, which only a Windows platform makes. */
  static DeviceCalls load() {
    return Libraries.load("kernel32", DeviceCalls.class);
  }

  Pointer CreateFileW(WString name, int access, int share, Pointer security, int disposition,
      int flags, Pointer template);

  boolean DeviceIoControl(Pointer device, int code, Pointer input, int inputLength,
      Pointer output, int outputLength, IntByReference returned, Pointer overlapped);

  boolean CloseHandle(Pointer handle);

  boolean GetSystemPowerStatus(Pointer status);
}
