package io.hostsql.os.windows;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * The process calls on the running Windows, as psutil makes them. The listing's buffer grows
 * until NtQuerySystemInformation stops answering STATUS_INFO_LENGTH_MISMATCH (at most 64 MiB);
 * a process is opened for each read and closed after it. Never run on Windows itself yet: what
 * it returns is checked only through the decoders, against Wine's buffers.
 */
final class LiveProcessCalls implements ProcessCalls {
  private static final int LISTING_LIMIT = 64 << 20;
  private static final int PEB_BYTES = 0x40;
  private static final int BASIC_INFORMATION = 48;
  private static final int READ_LIMIT = 1 << 20;

  private final NtdllCalls ntdll;
  private final Kernel32Calls kernel32;
  private final TokenCalls advapi32;

  LiveProcessCalls(NtdllCalls ntdll, Kernel32Calls kernel32, TokenCalls advapi32) {
    this.ntdll = ntdll;
    this.kernel32 = kernel32;
    this.advapi32 = advapi32;
  }

  @Override
  public Win32Buffer systemProcessInformation() {
    int size = 256 << 10;
    while (size <= LISTING_LIMIT) {
      Memory m = new Memory(size);
      IntByReference needed = new IntByReference();
      int status = ntdll.NtQuerySystemInformation(NtdllCalls.SYSTEM_PROCESS_INFORMATION, m,
          size, needed);
      if (status == 0) {
        return Win32Buffer.of(m.getByteArray(0, size), Pointer.nativeValue(m), -1);
      }
      if (status != NtdllCalls.STATUS_INFO_LENGTH_MISMATCH) {
        return Win32Buffer.failed(status);
      }
      size = Math.max(size * 2, needed.getValue() + (64 << 10));
    }
    return Win32Buffer.failed(NtdllCalls.STATUS_INFO_LENGTH_MISMATCH);
  }

  @Override
  public Win32Buffer peb(int pid) {
    Pointer h = open(pid);
    if (h == null) {
      return Win32Buffer.failed(Native.getLastError());
    }
    try {
      Memory info = new Memory(BASIC_INFORMATION);
      int status = ntdll.NtQueryInformationProcess(h, NtdllCalls.PROCESS_BASIC_INFORMATION,
          info, BASIC_INFORMATION, new IntByReference());
      if (status != 0) {
        return Win32Buffer.failed(status);
      }
      // PROCESS_BASIC_INFORMATION: ExitStatus (padded), then PebBaseAddress.
      return read(h, info.getLong(8), PEB_BYTES);
    } finally {
      kernel32.CloseHandle(h);
    }
  }

  @Override
  public Win32Buffer memory(int pid, long address, int length) {
    if (length < 0 || length > READ_LIMIT) {
      return Win32Buffer.failed(ProcessCalls.INVALID_PARAMETER);
    }
    Pointer h = open(pid);
    if (h == null) {
      return Win32Buffer.failed(Native.getLastError());
    }
    try {
      return read(h, address, length);
    } finally {
      kernel32.CloseHandle(h);
    }
  }

  @Override
  public Win32Buffer priorityClass(int pid) {
    Pointer h = openLimited(pid);
    if (h == null) {
      return Win32Buffer.failed(Native.getLastError());
    }
    try {
      int cls = kernel32.GetPriorityClass(h);
      if (cls == 0) {
        return Win32Buffer.failed(Native.getLastError());
      }
      return Win32Buffer.of(java.nio.ByteBuffer.allocate(4)
          .order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(0, cls).array(), 0, -1);
    } finally {
      kernel32.CloseHandle(h);
    }
  }

  @Override
  public Win32Buffer affinityMask(int pid) {
    Pointer h = openLimited(pid);
    if (h == null) {
      return Win32Buffer.failed(Native.getLastError());
    }
    try {
      LongByReference process = new LongByReference();
      LongByReference system = new LongByReference();
      if (!kernel32.GetProcessAffinityMask(h, process, system)) {
        return Win32Buffer.failed(Native.getLastError());
      }
      return Win32Buffer.of(java.nio.ByteBuffer.allocate(16)
          .order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(0, process.getValue())
          .putLong(8, system.getValue()).array(), 0, -1);
    } finally {
      kernel32.CloseHandle(h);
    }
  }

  @Override
  public Win32Buffer tokenUser(int pid) {
    Pointer h = openLimited(pid);
    if (h == null) {
      return Win32Buffer.failed(Native.getLastError());
    }
    PointerByReference token = new PointerByReference();
    try {
      if (!advapi32.OpenProcessToken(h, TokenCalls.TOKEN_QUERY, token)) {
        return Win32Buffer.failed(Native.getLastError());
      }
      IntByReference length = new IntByReference();
      advapi32.GetTokenInformation(token.getValue(), TokenCalls.TOKEN_USER, null, 0, length);
      if (length.getValue() <= 0 || length.getValue() > 4096) {
        return Win32Buffer.failed(Native.getLastError());
      }
      Memory m = new Memory(length.getValue());
      if (!advapi32.GetTokenInformation(token.getValue(), TokenCalls.TOKEN_USER, m,
          length.getValue(), length)) {
        return Win32Buffer.failed(Native.getLastError());
      }
      return Win32Buffer.of(m.getByteArray(0, length.getValue()), Pointer.nativeValue(m), -1);
    } finally {
      if (token.getValue() != null) {
        kernel32.CloseHandle(token.getValue());
      }
      kernel32.CloseHandle(h);
    }
  }

  @Override
  public String account(byte[] sid) {
    Memory m = new Memory(sid.length);
    m.write(0, sid, 0, sid.length);
    char[] name = new char[256];
    char[] domain = new char[256];
    IntByReference nameLength = new IntByReference(name.length);
    IntByReference domainLength = new IntByReference(domain.length);
    if (!advapi32.LookupAccountSidW(null, m, name, nameLength, domain, domainLength,
        new IntByReference())) {
      return null;
    }
    return new String(domain, 0, domainLength.getValue()) + "\\"
        + new String(name, 0, nameLength.getValue());
  }

  /** psutil's first try: the least access right, which protected processes still grant. */
  private Pointer openLimited(int pid) {
    return kernel32.OpenProcess(Kernel32Calls.PROCESS_QUERY_LIMITED_INFORMATION, false, pid);
  }

  private Pointer open(int pid) {
    return kernel32.OpenProcess(Kernel32Calls.PROCESS_QUERY_INFORMATION
        | Kernel32Calls.PROCESS_VM_READ, false, pid);
  }

  private Win32Buffer read(Pointer h, long address, int length) {
    if (length == 0) {
      return Win32Buffer.of(new byte[0], address, -1);
    }
    Memory m = new Memory(length);
    LongByReference got = new LongByReference();
    if (!kernel32.ReadProcessMemory(h, new Pointer(address), m, length, got)
        || got.getValue() != length) {
      int error = Native.getLastError();
      return Win32Buffer.failed(error != 0 ? error : ProcessCalls.PARTIAL_COPY);
    }
    return Win32Buffer.of(m.getByteArray(0, length), address, -1);
  }
}
