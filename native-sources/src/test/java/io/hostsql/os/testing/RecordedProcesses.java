package io.hostsql.os.testing;

import io.hostsql.os.windows.ProcessCalls;
import io.hostsql.os.windows.Win32Buffer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Windows' process calls answered from the processes harness's committed recording (test
 * resources win32/processes, made under Wine by native-sources/src/test/win32/processes.c): the
 * listing as Wine filled it, and the PEB, parameters block and environment block of the two
 * processes the harness read (itself and its child), with their priority class, affinity masks
 * and token user, and the account LookupAccountSidW gave for that user. Memory, priority,
 * affinity or token of any other process is refused
 * with ERROR_ACCESS_DENIED, as Windows refuses a protected process; a pid not in the listing
 * is ERROR_INVALID_PARAMETER, as OpenProcess answers; a range outside what was recorded is
 * ERROR_PARTIAL_COPY.
 */
public final class RecordedProcesses implements ProcessCalls {
  private static final String DIR = "win32/processes/";

  private record Region(int pid, String part, long base, byte[] bytes) {
  }

  private final byte[] listing = bytes("processes.bin");
  private final long listingBase = base("processes");
  private final List<Integer> listedPids = new ArrayList<>();
  private final List<Region> regions = new ArrayList<>();
  private final int selfPid;
  private final int childPid;

  public RecordedProcesses() {
    selfPid = Integer.parseInt(fact("self_pid"));
    childPid = Integer.parseInt(fact("child_pid"));
    for (String who : List.of("self", "child")) {
      int pid = who.equals("self") ? selfPid : childPid;
      for (String part : List.of("_peb", "_params", "_environ", "_priority", "_affinity",
          "_token")) {
        byte[] b = resource(DIR + who + part + ".bin");
        if (b != null) {
          byte[] hasBase = resource(DIR + who + part + ".base");
          regions.add(new Region(pid, part, hasBase == null ? 0 : base(who + part), b));
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

  /** The pid of the child the harness started (its command line and environment are known). */
  public int childPid() {
    return childPid;
  }

  /** A line of the harness's facts.txt: the value after the key, as written (escaped). */
  public static String fact(String key) {
    for (String line : new String(bytes("facts.txt"), StandardCharsets.UTF_8).split("\n")) {
      if (line.startsWith(key + "\t")) {
        return line.substring(key.length() + 1);
      }
    }
    throw new IllegalStateException("no fact " + key);
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
    String[] lines = new String(bytes("process_info.expect.txt"), StandardCharsets.UTF_8)
        .split("\n");
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

  private static long base(String name) {
    return Long.parseUnsignedLong(new String(bytes(name + ".base"),
        StandardCharsets.UTF_8).trim(), 16);
  }

  private static byte[] bytes(String name) {
    byte[] b = resource(DIR + name);
    if (b == null) {
      throw new IllegalStateException("no recorded " + DIR + name);
    }
    return b;
  }

  private static byte[] resource(String path) {
    try (InputStream in = RecordedProcesses.class.getClassLoader().getResourceAsStream(path)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
