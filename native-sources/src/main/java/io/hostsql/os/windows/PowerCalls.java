package io.hostsql.os.windows;

import com.sun.jna.Pointer;
import com.sun.jna.win32.StdCallLibrary;

/** powrprof's CallNtPowerInformation, for psutil's cpu_freq; it returns an NTSTATUS. */
interface PowerCalls extends StdCallLibrary {
  /** POWER_INFORMATION_LEVEL ProcessorInformation. */
  int PROCESSOR_INFORMATION = 11;

  /** Loaded on first use, which only a Windows platform makes. */
  static PowerCalls load() {
    return Libraries.load("powrprof", PowerCalls.class);
  }

  int CallNtPowerInformation(int level, Pointer input, int inputLength, Pointer output,
      int outputLength);
}
