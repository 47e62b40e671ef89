package io.hostsql.os.windows;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.WString;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

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
  /** The address-space walk stops past this many bytes of regions and names. */
  private static final int REGIONS_LIMIT = 16 << 20;
  /** psutil waits 100 ms for a handle's name; a slow machine gets a little more. */
  private static final Duration NAME_TIMEOUT = Duration.ofMillis(250);
  private static final int NAME_LIMIT = 0x10000;

  private final NtdllCalls ntdll;
  private final Kernel32Calls kernel32;
  private final TokenCalls advapi32;
  private Kernel32DetailCalls details;
  private NtObjectCalls objects;
  /** Shared by every reader: at most 4 name queries may stay blocked in the kernel. */
  private static final BoundedWorker NAMES = new BoundedWorker(NAME_TIMEOUT, 4,
      "hostsql-handle-name");

  LiveProcessCalls(NtdllCalls ntdll, Kernel32Calls kernel32, TokenCalls advapi32) {
    this.ntdll = ntdll;
    this.kernel32 = kernel32;
    this.advapi32 = advapi32;
  }

  @Override
  public Win32Buffer systemProcessInformation() {
    return querySystem(NtdllCalls.SYSTEM_PROCESS_INFORMATION);
  }

  /** A system-wide table, its buffer grown until it fits (at most LISTING_LIMIT). */
  private Win32Buffer querySystem(int infoClass) {
    int size = 256 << 10;
    while (size <= LISTING_LIMIT) {
      Memory m = new Memory(size);
      IntByReference needed = new IntByReference();
      int status = ntdll.NtQuerySystemInformation(infoClass, m, size, needed);
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

  @Override
  public Win32Buffer memoryCounters(int pid) {
    Pointer h = kernel32.OpenProcess(Kernel32Calls.PROCESS_QUERY_LIMITED_INFORMATION
        | Kernel32Calls.PROCESS_VM_READ, false, pid);
    if (h == null) {
      return Win32Buffer.failed(Native.getLastError());
    }
    try {
      Memory m = new Memory(ProcessCounterBuffers.COUNTERS_EX_SIZE);
      m.clear();
      if (!details().K32GetProcessMemoryInfo(h, m, (int) m.size())) {
        return Win32Buffer.failed(Native.getLastError());
      }
      return Win32Buffer.of(m.getByteArray(0, (int) m.size()), 0, -1);
    } finally {
      kernel32.CloseHandle(h);
    }
  }

  @Override
  public Win32Buffer ioPriority(int pid) {
    Pointer h = openLimited(pid);
    if (h == null) {
      return Win32Buffer.failed(Native.getLastError());
    }
    try {
      Memory m = new Memory(4);
      int status = ntdll.NtQueryInformationProcess(h, NtObjectCalls.PROCESS_IO_PRIORITY, m, 4,
          new IntByReference());
      return status != 0 ? Win32Buffer.failed(status)
          : Win32Buffer.of(m.getByteArray(0, 4), 0, -1);
    } finally {
      kernel32.CloseHandle(h);
    }
  }

  @Override
  public Win32Buffer handleCount(int pid) {
    Pointer h = openLimited(pid);
    if (h == null) {
      return Win32Buffer.failed(Native.getLastError());
    }
    try {
      IntByReference n = new IntByReference();
      if (!details().GetProcessHandleCount(h, n)) {
        return Win32Buffer.failed(Native.getLastError());
      }
      return Win32Buffer.of(java.nio.ByteBuffer.allocate(4)
          .order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(0, n.getValue()).array(), 0, -1);
    } finally {
      kernel32.CloseHandle(h);
    }
  }

  /** VirtualQueryEx region by region, each with GetMappedFileNameW's answer (MemoryRegions). */
  @Override
  public Win32Buffer memoryRegions(int pid) {
    Pointer h = open(pid);
    if (h == null) {
      return Win32Buffer.failed(Native.getLastError());
    }
    try {
      Memory info = new Memory(MemoryRegions.INFO_SIZE);
      Memory name = new Memory(MemoryRegions.MAX_NAME * 2L);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      long at = 0;
      while (out.size() < REGIONS_LIMIT
          && details().VirtualQueryEx(h, new Pointer(at), info, MemoryRegions.INFO_SIZE)
              == MemoryRegions.INFO_SIZE) {
        int chars = details().K32GetMappedFileNameW(h, new Pointer(at), name,
            MemoryRegions.MAX_NAME);
        out.writeBytes(info.getByteArray(0, MemoryRegions.INFO_SIZE));
        out.writeBytes(java.nio.ByteBuffer.allocate(4).order(java.nio.ByteOrder.LITTLE_ENDIAN)
            .putInt(0, chars).array());
        if (chars > 0) {
          name.setChar(chars * 2L, '\0');
          out.writeBytes(name.getByteArray(0, (chars + 1) * 2));
        }
        long next = info.getLong(0) + info.getLong(24);
        // The walk only goes up; a region of size 0 or a wrap ends it.
        if (Long.compareUnsigned(next, at) <= 0) {
          break;
        }
        at = next;
      }
      return Win32Buffer.of(out.toByteArray(), 0, -1);
    } finally {
      kernel32.CloseHandle(h);
    }
  }

  @Override
  public Win32Buffer handleTable() {
    return querySystem(NtObjectCalls.SYSTEM_EXTENDED_HANDLE_INFORMATION);
  }

  @Override
  public Win32Buffer fileName(int pid, long handle) {
    Pointer h = kernel32.OpenProcess(Kernel32DetailCalls.PROCESS_DUP_HANDLE, false, pid);
    if (h == null) {
      return Win32Buffer.failed(Native.getLastError());
    }
    PointerByReference dup = new PointerByReference();
    boolean leak = false;
    try {
      if (!details().DuplicateHandle(h, new Pointer(handle), details().GetCurrentProcess(), dup,
          0, false, Kernel32DetailCalls.DUPLICATE_SAME_ACCESS)) {
        return Win32Buffer.failed(Native.getLastError());
      }
      Pointer file = dup.getValue();
      try {
        return NAMES.call(() -> nameOf(file));
      } catch (TimeoutException e) {
        // Still in use by the blocked query: closing it could block this thread too.
        leak = true;
        return Win32Buffer.failed(TIMED_OUT);
      }
    } finally {
      if (dup.getValue() != null && !leak) {
        kernel32.CloseHandle(dup.getValue());
      }
      kernel32.CloseHandle(h);
    }
  }

  /** On the worker: a disk file that is not a directory, then its name (psutil's steps). */
  private Win32Buffer nameOf(Pointer file) {
    if (details().GetFileType(file) != Kernel32DetailCalls.FILE_TYPE_DISK) {
      return Win32Buffer.failed(NOT_A_DISK_FILE);
    }
    Memory io = new Memory(16);
    Memory standard = new Memory(24);
    int status = objects().NtQueryInformationFile(file, io, standard, 24,
        NtObjectCalls.FILE_STANDARD_INFORMATION);
    // FILE_STANDARD_INFORMATION: sizes, links, then DeletePending and Directory bytes.
    if (status != 0 || standard.getByte(20) != 0 || standard.getByte(21) != 0) {
      return Win32Buffer.failed(NOT_A_DISK_FILE);
    }
    int size = 0x400;
    while (size <= NAME_LIMIT) {
      Memory m = new Memory(size);
      IntByReference needed = new IntByReference();
      status = objects().NtQueryObject(file, NtObjectCalls.OBJECT_NAME_INFORMATION, m, size,
          needed);
      if (status == 0) {
        return Win32Buffer.of(m.getByteArray(0, size), Pointer.nativeValue(m), -1);
      }
      if (status != NtObjectCalls.STATUS_BUFFER_OVERFLOW
          && status != NtdllCalls.STATUS_INFO_LENGTH_MISMATCH
          && status != NtObjectCalls.STATUS_BUFFER_TOO_SMALL) {
        return Win32Buffer.failed(status);
      }
      size = Math.max(size * 2, needed.getValue());
    }
    return Win32Buffer.failed(NtObjectCalls.STATUS_BUFFER_OVERFLOW);
  }

  @Override
  public Win32Buffer imageName(int pid) {
    int chars = 0x8000;
    // One block: the struct, then the name buffer its ImageName points to.
    Memory m = new Memory(24 + chars * 2L);
    m.clear();
    m.setLong(0, pid);
    m.setShort(10, (short) 0xfffe);
    m.setPointer(16, m.share(24));
    int status = ntdll.NtQuerySystemInformation(NtObjectCalls.SYSTEM_PROCESS_ID_INFORMATION,
        m, 24, new IntByReference());
    if (status != 0) {
      return Win32Buffer.failed(status);
    }
    return Win32Buffer.of(m.getByteArray(0, (int) m.size()), Pointer.nativeValue(m), -1);
  }

  @Override
  public Win32Buffer commandLine(int pid) {
    Pointer h = openLimited(pid);
    if (h == null) {
      return Win32Buffer.failed(Native.getLastError());
    }
    try {
      IntByReference needed = new IntByReference();
      int status = ntdll.NtQueryInformationProcess(h,
          NtObjectCalls.PROCESS_COMMAND_LINE_INFORMATION, null, 0, needed);
      int size = needed.getValue();
      if (size <= 0 || size > READ_LIMIT) {
        return Win32Buffer.failed(status != 0 ? status : ProcessCalls.INVALID_PARAMETER);
      }
      Memory m = new Memory(size);
      status = ntdll.NtQueryInformationProcess(h,
          NtObjectCalls.PROCESS_COMMAND_LINE_INFORMATION, m, size, needed);
      return status != 0 ? Win32Buffer.failed(status)
          : Win32Buffer.of(m.getByteArray(0, size), Pointer.nativeValue(m), -1);
    } finally {
      kernel32.CloseHandle(h);
    }
  }

  @Override
  public Win32Buffer dosDevice(String drive) {
    Memory m = new Memory(2048);
    int chars = details().QueryDosDeviceW(new WString(drive), m, 1024);
    if (chars == 0) {
      return Win32Buffer.failed(Native.getLastError());
    }
    return Win32Buffer.of(m.getByteArray(0, chars * 2), 0, -1);
  }

  private Kernel32DetailCalls details() {
    if (details == null) {
      details = Kernel32DetailCalls.load();
    }
    return details;
  }

  private NtObjectCalls objects() {
    if (objects == null) {
      objects = NtObjectCalls.load();
    }
    return objects;
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
