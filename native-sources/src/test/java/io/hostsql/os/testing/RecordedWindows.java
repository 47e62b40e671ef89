package io.hostsql.os.testing;

import io.hostsql.os.Platform;
import io.hostsql.os.windows.ProcessCalls;
import io.hostsql.os.windows.SystemCalls;
import io.hostsql.os.windows.Win32Buffer;
import io.hostsql.os.windows.WindowsPlatform;
import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Windows platform over every committed recording made under Wine: the service control
 * manager (services.c), the process calls (processes.c) and the system and connection calls
 * (system.c, connections.c), served through the real decoders, so that the SQL layer runs its
 * Windows tables on any OS. Counts the process calls made, for pushdown tests: the listing
 * calls, and the PEB reads per pid (what a cmdline, cwd, exe or environ value costs).
 */
public final class RecordedWindows {
  private final RecordedServices services = RecordedServices.committed();
  private final RecordedProcesses processes = new RecordedProcesses();
  private final AtomicInteger listings = new AtomicInteger();
  private final Map<Integer, AtomicInteger> pebReads = new ConcurrentHashMap<>();
  private final Platform platform;

  public RecordedWindows() {
    this(0, 0);
  }

  private RecordedWindows(int port, int owner) {
    SystemCalls system = new RecordedSystem();
    if (port != 0) {
      system = owned(system, port, owner);
    }
    this.platform = Platform.of(WindowsPlatform.of(services, new Counted(), system));
  }

  /**
   * The same recordings, but the IPv4 TCP sockets on local {@code port} owned by {@code pid}:
   * Wine fills every owning pid with 0, so a test of the owners patches the recorded table
   * (MIB_TCPTABLE_OWNER_PID: a DWORD count, then rows of six DWORDs, the local port in network
   * order in the third, the owning pid the sixth).
   */
  public static RecordedWindows withSocketOwner(int port, int pid) {
    return new RecordedWindows(port, pid);
  }

  private static SystemCalls owned(SystemCalls recorded, int port, int pid) {
    return (SystemCalls) Proxy.newProxyInstance(SystemCalls.class.getClassLoader(),
        new Class<?>[] {SystemCalls.class}, (proxy, method, args) -> {
          Object answer;
          try {
            answer = method.invoke(recorded, args);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          }
          if (!method.getName().equals("connectionTable") || (Boolean) args[0] != Boolean.TRUE
              || (Boolean) args[1] != Boolean.FALSE) {
            return answer;
          }
          Win32Buffer table = (Win32Buffer) answer;
          ByteBuffer b = table.bytes().duplicate().order(ByteOrder.LITTLE_ENDIAN);
          byte[] out = new byte[b.remaining()];
          b.get(out);
          ByteBuffer w = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
          int rows = w.getInt(0);
          for (int i = 0; i < rows && 4 + 24 * (i + 1) <= out.length; i++) {
            int row = 4 + 24 * i;
            int local = ((out[row + 8] & 0xff) << 8) | (out[row + 9] & 0xff);
            if (local == port) {
              w.putInt(row + 20, pid);
            }
          }
          return Win32Buffer.of(out, table.base(), table.count());
        });
  }

  /** The platform over the recordings. */
  public Platform platform() {
    return platform;
  }

  /** The processes harness's recording (its pid and its child's). */
  public RecordedProcesses processes() {
    return processes;
  }

  /** How many times the SystemProcessInformation listing was asked for. */
  public int listings() {
    return listings.get();
  }

  /** How many times the PEB of {@code pid} was read. */
  public int pebReads(int pid) {
    AtomicInteger n = pebReads.get(pid);
    return n == null ? 0 : n.get();
  }

  /** PEB reads of every pid but {@code pid}. */
  public int pebReadsOtherThan(int pid) {
    return pebReads.entrySet().stream().filter(e -> e.getKey() != pid)
        .mapToInt(e -> e.getValue().get()).sum();
  }

  /** The recorded process calls, counted. */
  private final class Counted implements ProcessCalls {
    @Override
    public Win32Buffer systemProcessInformation() {
      listings.incrementAndGet();
      return processes.systemProcessInformation();
    }

    @Override
    public Win32Buffer peb(int pid) {
      pebReads.computeIfAbsent(pid, k -> new AtomicInteger()).incrementAndGet();
      return processes.peb(pid);
    }

    @Override
    public Win32Buffer memory(int pid, long address, int length) {
      return processes.memory(pid, address, length);
    }

    @Override
    public Win32Buffer priorityClass(int pid) {
      return processes.priorityClass(pid);
    }

    @Override
    public Win32Buffer affinityMask(int pid) {
      return processes.affinityMask(pid);
    }

    @Override
    public Win32Buffer tokenUser(int pid) {
      return processes.tokenUser(pid);
    }

    @Override
    public String account(byte[] sid) {
      return processes.account(sid);
    }

    @Override
    public Win32Buffer memoryCounters(int pid) {
      return processes.memoryCounters(pid);
    }

    @Override
    public Win32Buffer ioPriority(int pid) {
      return processes.ioPriority(pid);
    }

    @Override
    public Win32Buffer handleCount(int pid) {
      return processes.handleCount(pid);
    }

    @Override
    public Win32Buffer memoryRegions(int pid) {
      return processes.memoryRegions(pid);
    }

    @Override
    public Win32Buffer handleTable() {
      return processes.handleTable();
    }

    @Override
    public Win32Buffer fileName(int pid, long handle) {
      return processes.fileName(pid, handle);
    }

    @Override
    public Win32Buffer imageName(int pid) {
      return processes.imageName(pid);
    }

    @Override
    public Win32Buffer commandLine(int pid) {
      return processes.commandLine(pid);
    }

    @Override
    public Win32Buffer dosDevice(String drive) {
      return processes.dosDevice(drive);
    }
  }
}
