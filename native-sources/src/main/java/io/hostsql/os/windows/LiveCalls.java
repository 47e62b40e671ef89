package io.hostsql.os.windows;

/**
 * The live Win32 calls of the process and system readers, for WindowsPlatform to build its
 * backend from: the libraries are loaded here, on first use, which only a Windows platform
 * makes.
 */
final class LiveCalls {
  private LiveCalls() {
  }

  /** The process calls: ntdll, kernel32 and advapi32. */
  static ProcessCalls processes() {
    return new LiveProcessCalls(NtdllCalls.load(), Kernel32Calls.load(), TokenCalls.load());
  }

  /** The system calls: ntdll, kernel32, iphlpapi, powrprof and wtsapi32. */
  static SystemCalls system() {
    return new LiveSystemCalls(NtdllCalls.load(), Kernel32Calls.load(), IphlpapiCalls.load(),
        PowerCalls.load(), SessionCalls.load(), DeviceCalls.load());
  }
}
