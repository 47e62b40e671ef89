package io.hostsql.os.linux;

/**
 * The kernel's clock tick rate and page size, asked of libc once.
 */
public final class SystemConstants {
  private static final long CLOCK_TICKS;
  private static final long PAGE_SIZE;

  static {
    long ticks;
    long page;
    try {
      ticks = LibC.sysconf(LibC.SC_CLK_TCK).longValue();
      page = LibC.sysconf(LibC.SC_PAGESIZE).longValue();
    } catch (UnsatisfiedLinkError e) {
      // No usable libc through JNA: the values every Linux on x86_64 and arm64 uses.
      ticks = 100;
      page = 4096;
    }
    CLOCK_TICKS = ticks > 0 ? ticks : 100;
    PAGE_SIZE = page > 0 ? page : 4096;
  }

  private SystemConstants() {
  }

  /** sysconf(_SC_CLK_TCK): the unit of every tick count in /proc. */
  public static long clockTicks() {
    return CLOCK_TICKS;
  }

  /** sysconf(_SC_PAGESIZE): the unit of /proc/PID/statm. */
  public static long pageSize() {
    return PAGE_SIZE;
  }
}
