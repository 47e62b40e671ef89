package io.hostsql.os.linux;

import io.hostsql.os.Memory;
import io.hostsql.os.OsException;
import io.hostsql.os.SwapMemory;
import io.hostsql.os.VirtualMemory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Linux's memory: /proc/meminfo, /proc/vmstat and /proc/zoneinfo. */
final class LinuxMemory implements Memory {
  private final ProcFs proc;

  LinuxMemory(ProcFs proc) {
    this.proc = proc;
  }

  @Override
  public Map<String, Long> meminfo() {
    try {
      return MemInfo.parse(proc.read("meminfo"));
    } catch (IOException e) {
      throw new OsException("cannot read /proc/meminfo: " + e, e);
    }
  }

  @Override
  public VirtualMemory virtualMemory() {
    Map<String, Long> m = meminfo();
    long total = m.getOrDefault("MemTotal", 0L);
    long free = m.getOrDefault("MemFree", 0L);
    long buffers = m.getOrDefault("Buffers", 0L);
    long cached = m.getOrDefault("Cached", 0L) + m.getOrDefault("SReclaimable", 0L);
    long shared = m.containsKey("Shmem") ? m.get("Shmem") : m.getOrDefault("MemShared", 0L);
    long active = m.getOrDefault("Active", 0L);
    long inactive = m.containsKey("Inactive") ? m.get("Inactive")
        : m.getOrDefault("Inact_dirty", 0L) + m.getOrDefault("Inact_clean", 0L)
            + m.getOrDefault("Inact_laundry", 0L);
    long slab = m.getOrDefault("Slab", 0L);
    long available = m.getOrDefault("MemAvailable", 0L);
    if (available == 0) {
      available = availableFromZoneinfo(m);
    }
    if (available < 0) {
      available = 0;
    }
    if (available > total) {
      available = free; // seen in LXC containers
    }
    long used = total - available;
    return new VirtualMemory(total, available, percent(used, total), used, free, active,
        inactive, buffers, cached, shared, slab);
  }

  /**
   * MemAvailable as the kernel computes it, for kernels that lack the line: free memory
   * above the zones' low watermarks, plus the page cache and reclaimable slab that could be
   * dropped without going below them.
   */
  long availableFromZoneinfo(Map<String, Long> m) {
    Long activeFile = m.get("Active(file)");
    Long inactiveFile = m.get("Inactive(file)");
    Long reclaimable = m.get("SReclaimable");
    long free = m.getOrDefault("MemFree", 0L);
    if (activeFile == null || inactiveFile == null || reclaimable == null) {
      return free + m.getOrDefault("Cached", 0L);
    }
    long lowPages = 0;
    try {
      String zoneinfo = new String(proc.read("zoneinfo"), StandardCharsets.US_ASCII);
      for (String line : zoneinfo.split("\n")) {
        String t = line.trim();
        if (t.startsWith("low ")) {
          lowPages += Long.parseLong(t.substring(4).trim());
        }
      }
    } catch (IOException e) {
      return free + m.getOrDefault("Cached", 0L);
    }
    long low = lowPages * SystemConstants.pageSize();
    long avail = free - low;
    long pagecache = activeFile + inactiveFile;
    pagecache -= Math.min(pagecache / 2, low);
    avail += pagecache;
    avail += reclaimable - Math.min(reclaimable / 2, low);
    return avail;
  }

  @Override
  public SwapMemory swapMemory() {
    Map<String, Long> m = meminfo();
    long total = m.getOrDefault("SwapTotal", 0L);
    long free = m.getOrDefault("SwapFree", 0L);
    long used = total - free;
    long sin = 0;
    long sout = 0;
    try {
      // A leading newline lets the first line match like the others.
      String vmstat = "\n" + new String(proc.read("vmstat"), StandardCharsets.US_ASCII);
      sin = StatParsers.numberAfter(vmstat, "\npswpin ", 0) * 4096;
      sout = StatParsers.numberAfter(vmstat, "\npswpout ", 0) * 4096;
    } catch (IOException e) {
      // no /proc/vmstat: sin and sout stay 0, as psutil reports them
    }
    return new SwapMemory(total, used, free, percent(used, total), sin, sout);
  }

  /** used / total in percent, to one decimal; 0 when total is 0. */
  static double percent(long used, long total) {
    return total <= 0 ? 0.0 : Math.round(used * 1000.0 / total) / 10.0;
  }
}
