package io.hostsql.os.testing;

import io.hostsql.os.windows.ProcessCalls;
import io.hostsql.os.windows.Recordings;
import io.hostsql.os.windows.Win32Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Windows' process calls answered from a process harness's committed recording: by default the
 * processes harness's (test resources win32/processes, made under Wine by
 * native-sources/src/test/win32/processes.c): the
 * listing as Wine filled it, and the PEB, parameters block and environment block of the two
 * processes the harness read (itself and its child), with their priority class, affinity masks
 * and token user, and the account LookupAccountSidW gave for that user. Memory, priority,
 * affinity or token of any other process is refused
 * with ERROR_ACCESS_DENIED, as Windows refuses a protected process; a pid not in the listing
 * is ERROR_INVALID_PARAMETER, as OpenProcess answers; a range outside what was recorded is
 * ERROR_PARTIAL_COPY.
 *
 * <p>{@code of("processes2")} replays processes2.c's recording instead: its own listing, and for
 * the harness itself its memory counters, handle count, address space, the system handle table
 * and the names of the handles it recorded (a handle whose file type was not a disk file, or
 * that it did not name, answers ERROR_NOT_SUPPORTED, as the live call does for a non-file), and
 * the drives' devices. A call a recording lacks is refused as for a protected process; the
 * handle table, when not recorded, is ERROR_NOT_SUPPORTED.
 */
public final class RecordedProcesses implements ProcessCalls {
  private static final int NOT_SUPPORTED = 50;

  private record Region(int pid, String part, long base, byte[] bytes) {
  }

  private final Recordings rec;
  private final byte[] listing;
  private final long listingBase;
  private final List<Integer> listedPids = new ArrayList<>();
  private final List<Region> regions = new ArrayList<>();
  private final int selfPid;
  private final int childPid;

  /** The processes harness's recording. */
  public RecordedProcesses() {
    this(Recordings.committed("processes"));
  }

  /** The recording of harness {@code harness} ("processes", "processes2"). */
  public static RecordedProcesses of(String harness) {
    return new RecordedProcesses(Recordings.committed(harness));
  }

  private RecordedProcesses(Recordings rec) {
    this.rec = rec;
    listing = java.util.Objects.requireNonNull(rec.file("processes.bin"), "no processes.bin");
    listingBase = rec.base("processes");
    selfPid = Integer.parseInt(fact(rec, "self_pid"));
    String child = factOrNull(rec, "child_pid");
    childPid = child == null ? -1 : Integer.parseInt(child);
    for (String who : List.of("self", "child")) {
      int pid = who.equals("self") ? selfPid : childPid;
      for (String part : List.of("_peb", "_params", "_environ", "_priority", "_affinity",
          "_token", "_counters", "_iopriority", "_handle_count", "_regions", "_image",
          "_cmdline")) {
        byte[] b = rec.file(who + part + ".bin");
        if (b != null) {
          regions.add(new Region(pid, part, rec.hex(who + part + ".base"), b));
        }
      }
    }
    ByteBuffer l = ByteBuffer.wrap(listing).order(ByteOrder.LITTLE_ENDIAN);
    for (int off = 0;; off += l.getInt(off)) {
      listedPids.add((int) l.getLong(off + 0x50));
      if (l.getInt(off) == 0) {
        break;
      }
    }
  }

  /** The harness's pid in the recording. */
  public int selfPid() {
    return selfPid;
  }

  /**
   * The pid of the child the harness started (its command line and environment are known),
   * -1 without one.
   */
  public int childPid() {
    return childPid;
  }

  /** A line of the harness's facts.txt: the value after the key, as written (escaped). */
  public static String fact(String key) {
    return fact(Recordings.committed("processes"), key);
  }

  private static String fact(Recordings rec, String key) {
    String value = factOrNull(rec, key);
    if (value == null) {
      throw new IllegalStateException("no fact " + key);
    }
    return value;
  }

  private static String factOrNull(Recordings rec, String key) {
    for (String line : rec.text("facts.txt").split("\n")) {
      if (line.startsWith(key + "\t")) {
        return line.substring(key.length() + 1);
      }
    }
    return null;
  }

  @Override
  public Win32Buffer systemProcessInformation() {
    return Win32Buffer.of(listing.clone(), listingBase, -1);
  }

  @Override
  public Win32Buffer peb(int pid) {
    if (!listedPids.contains(pid)) {
      return Win32Buffer.failed(INVALID_PARAMETER);
    }
    for (Region r : regions) {
      if (r.pid() == pid && r.part().equals("_peb")) {
        return Win32Buffer.of(r.bytes().clone(), r.base(), -1);
      }
    }
    return Win32Buffer.failed(Win32Buffer.ACCESS_DENIED);
  }

  @Override
  public Win32Buffer memory(int pid, long address, int length) {
    if (!listedPids.contains(pid)) {
      return Win32Buffer.failed(INVALID_PARAMETER);
    }
    if (pid != selfPid && pid != childPid) {
      return Win32Buffer.failed(Win32Buffer.ACCESS_DENIED);
    }
    for (Region r : regions) {
      long off = address - r.base();
      if (r.pid() == pid && r.base() != 0 && off >= 0 && off + length <= r.bytes().length) {
        byte[] out = new byte[length];
        System.arraycopy(r.bytes(), (int) off, out, 0, length);
        return Win32Buffer.of(out, address, -1);
      }
    }
    return Win32Buffer.failed(PARTIAL_COPY);
  }

  @Override
  public Win32Buffer priorityClass(int pid) {
    return part(pid, "_priority");
  }

  @Override
  public Win32Buffer affinityMask(int pid) {
    return part(pid, "_affinity");
  }

  @Override
  public Win32Buffer tokenUser(int pid) {
    return part(pid, "_token");
  }

  /** The account recorded for the process whose token holds these SID bytes, or null. */
  @Override
  public String account(byte[] sid) {
    byte[] info = rec.file("process_info.expect.txt");
    if (info == null) {
      return null;
    }
    String[] lines = new String(info, StandardCharsets.UTF_8).split("\n");
    for (Region r : regions) {
      if (r.part().equals("_token") && contains(r.bytes(), sid)) {
        String who = r.pid() == selfPid ? "self" : "child";
        for (String line : lines) {
          String[] f = line.split("\t");
          if (f[0].equals(who) && !f[5].equals("\\N")) {
            return f[5].replace("\\\\", "\\");
          }
        }
      }
    }
    return null;
  }

  @Override
  public Win32Buffer memoryCounters(int pid) {
    return part(pid, "_counters");
  }

  /**
   * The recorded hint; where the harness's own call failed (Wine 8 does not implement
   * ProcessIoPriority), that call's NTSTATUS, as the live call would give it.
   */
  @Override
  public Win32Buffer ioPriority(int pid) {
    return partOrNoted(pid, "_iopriority", "NtQueryInformationProcess(ProcessIoPriority)");
  }

  /** The harness's own; not recorded under Wine 8, which answers STATUS_INVALID_INFO_CLASS. */
  @Override
  public Win32Buffer imageName(int pid) {
    return partOrNoted(pid, "_image", "NtQuerySystemInformation(SystemProcessIdInformation)");
  }

  /** The harness's own; not recorded under Wine 8, which answers STATUS_INVALID_INFO_CLASS. */
  @Override
  public Win32Buffer commandLine(int pid) {
    return partOrNoted(pid, "_cmdline",
        "NtQueryInformationProcess(ProcessCommandLineInformation)");
  }

  /**
   * The recorded part; where the harness's own call failed, that call's NTSTATUS (noted in
   * facts.txt), as the live call would give it.
   */
  private Win32Buffer partOrNoted(int pid, String part, String call) {
    Win32Buffer b = part(pid, part);
    String noted = factOrNull(rec, call);
    if (b.error() == Win32Buffer.ACCESS_DENIED && pid == selfPid && noted != null) {
      return Win32Buffer.failed(Integer.parseInt(noted.split("\t")[0]));
    }
    return b;
  }

  @Override
  public Win32Buffer handleCount(int pid) {
    return part(pid, "_handle_count");
  }

  @Override
  public Win32Buffer memoryRegions(int pid) {
    return part(pid, "_regions");
  }

  @Override
  public Win32Buffer handleTable() {
    byte[] b = rec.file("handles.bin");
    return b == null ? Win32Buffer.failed(NOT_SUPPORTED) : Win32Buffer.of(b, 0, -1);
  }

  @Override
  public Win32Buffer fileName(int pid, long handle) {
    if (!listedPids.contains(pid)) {
      return Win32Buffer.failed(INVALID_PARAMETER);
    }
    if (pid != selfPid) {
      return Win32Buffer.failed(Win32Buffer.ACCESS_DENIED);
    }
    String hex = Long.toHexString(handle);
    byte[] named = rec.file("objname.expect.txt");
    if (named != null) {
      for (String line : new String(named, StandardCharsets.UTF_8).split("\n")) {
        String[] f = line.split("\t");
        // FILE_TYPE_DISK is 1: anything else the live call turns away before asking its name.
        if (f[0].equals(hex) && f[1].equals("1")) {
          byte[] b = rec.file("objname_" + hex + ".bin");
          if (b != null) {
            return Win32Buffer.of(b, rec.base("objname_" + hex), -1);
          }
        }
      }
    }
    return Win32Buffer.failed(NOT_SUPPORTED);
  }

  @Override
  public Win32Buffer dosDevice(String drive) {
    byte[] b = rec.file("dosdevice_" + drive.charAt(0) + ".bin");
    // ERROR_FILE_NOT_FOUND: QueryDosDeviceW's answer for a drive that is not there.
    return b == null ? Win32Buffer.failed(2) : Win32Buffer.of(b, 0, -1);
  }

  private Win32Buffer part(int pid, String part) {
    if (!listedPids.contains(pid)) {
      return Win32Buffer.failed(INVALID_PARAMETER);
    }
    for (Region r : regions) {
      if (r.pid() == pid && r.part().equals(part)) {
        return Win32Buffer.of(r.bytes().clone(), r.base(), -1);
      }
    }
    return Win32Buffer.failed(Win32Buffer.ACCESS_DENIED);
  }

  private static boolean contains(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
