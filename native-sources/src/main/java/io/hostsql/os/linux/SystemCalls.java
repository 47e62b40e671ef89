package io.hostsql.os.linux;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;

/**
 * libc calls for the system-wide API where psutil's C code calls them too: they answer in
 * a fraction of what reading and parsing the matching /proc or /sys text costs.
 */
public final class SystemCalls {
  private static final int AF_INET = 2;
  private static final int SOCK_DGRAM = 2;
  private static final int SOCK_CLOEXEC = 02000000;
  private static final long SIOCGIFFLAGS = 0x8913;
  private static final long SIOCGIFMTU = 0x8921;
  private static final long SIOCETHTOOL = 0x8946;
  private static final int ETHTOOL_GSET = 1;

  private SystemCalls() {
  }

  /**
   * A thread's struct sysinfo (112 bytes on 64-bit Linux; room to spare), and the same memory
   * seen as a direct buffer: its reads are plain Java, where each Memory.getLong is a native
   * call. The record keeps the memory alive as long as its view.
   */
  private record SysinfoBuffer(Memory memory, java.nio.ByteBuffer view) {
    static SysinfoBuffer allocate() {
      Memory m = new Memory(256);
      return new SysinfoBuffer(m, m.getByteBuffer(0, 256).order(java.nio.ByteOrder.nativeOrder()));
    }
  }

  private static final ThreadLocal<SysinfoBuffer> SYSINFO =
      ThreadLocal.withInitial(SysinfoBuffer::allocate);
  /** The fixed point of sysinfo's loads: SI_LOAD_SHIFT is 16. */
  private static final double LOAD_SCALE = 1 << 16;

  /**
   * The 1, 5 and 15 minute load averages from sysinfo(2), as glibc's getloadavg computes
   * them; null when the call fails.
   */
  public static io.hostsql.os.LoadAverage loadAverage() {
    SysinfoBuffer info = SYSINFO.get();
    int rc = JniCalls.AVAILABLE ? JniCalls.sysinfo(Pointer.nativeValue(info.memory()))
        : LibC.sysinfo(info.memory());
    if (rc != 0) {
      return null;
    }
    java.nio.ByteBuffer view = info.view();
    return new io.hostsql.os.LoadAverage(view.getLong(8) / LOAD_SCALE,
        view.getLong(16) / LOAD_SCALE, view.getLong(24) / LOAD_SCALE);
  }

  private static final KeptOpenFile ONLINE_CPUS =
      new KeptOpenFile("/sys/devices/system/cpu/online");

  /**
   * The CPUs online, counted from /sys/devices/system/cpu/online as glibc's
   * sysconf(_SC_NPROCESSORS_ONLN) does, but re-read through a descriptor kept open: one pread
   * instead of open, read and close. -1 when it cannot be read.
   */
  public static int onlineCpus() {
    String list = ONLINE_CPUS.readOrNull();
    return list == null ? -1 : CpuList.count(list);
  }

  /**
   * A NIC's flags, MTU, speed and duplex through SIOCGIFFLAGS, SIOCGIFMTU and SIOCETHTOOL,
   * as psutil's net_if_stats reads them.
   *
   * @param flags the interface flags (IFF_*), -1 when the NIC is gone
   * @param mtu the MTU
   * @param speed Mbit/s, 0 when unknown
   * @param duplex 0 unknown, 1 half, 2 full (ethtool's DUPLEX_* plus one)
   */
  public record NicState(int flags, int mtu, int speed, int duplex) {
  }

  /** One socket for the ioctls of a whole net_if_stats call; close it after. */
  public static int ioctlSocket() {
    try {
      return LibC.socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    } catch (LastErrorException e) {
      throw new SyscallException("socket", e.getErrorCode());
    }
  }

  /** struct ifreq (40 bytes) and struct ethtool_cmd (44), reused per thread. */
  private static final ThreadLocal<Memory> IFREQ = ThreadLocal.withInitial(() -> new Memory(40));
  private static final ThreadLocal<Memory> ETHTOOL_CMD = ThreadLocal.withInitial(() ->
      new Memory(44));

  /** The state of NIC {@code name}, asked through {@code fd} from {@link #ioctlSocket()}. */
  public static NicState nicState(int fd, String name) {
    Memory ifreq = IFREQ.get();
    ifreq.clear();
    byte[] n = name.getBytes(StandardCharsets.US_ASCII);
    ifreq.write(0, n, 0, Math.min(n.length, 15));
    int flags;
    int mtu;
    try {
      LibC.ioctl(fd, SIOCGIFFLAGS, ifreq);
      flags = ifreq.getShort(16) & 0xffff;
      LibC.ioctl(fd, SIOCGIFMTU, ifreq);
      mtu = ifreq.getInt(16);
    } catch (LastErrorException e) {
      return new NicState(-1, 0, 0, 0);
    }
    int speed = 0;
    int duplex = 0;
    Memory cmd = ETHTOOL_CMD.get();
    cmd.clear();
    cmd.setInt(0, ETHTOOL_GSET);
    ifreq.setPointer(16, cmd);
    try {
      LibC.ioctl(fd, SIOCETHTOOL, ifreq);
      long s = (cmd.getShort(12) & 0xffff) | (long) (cmd.getShort(28) & 0xffff) << 16;
      // SPEED_UNKNOWN is all ones; psutil reports 0 for it and for anything past INT_MAX.
      speed = s == 0xffffffffL || s > Integer.MAX_VALUE ? 0 : (int) s;
      int d = cmd.getByte(14) & 0xff;
      duplex = d == 0 ? 1 : d == 1 ? 2 : 0;
    } catch (LastErrorException e) {
      // EOPNOTSUPP, EINVAL, EBUSY: no ethtool for this link (psutil: UNKNOWN, 0)
    }
    return new NicState(flags, mtu, speed, duplex);
  }

  /** close(2). */
  public static void close(int fd) {
    LibC.close(fd);
  }
}
