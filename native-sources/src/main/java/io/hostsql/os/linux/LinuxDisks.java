package io.hostsql.os.linux;

import io.hostsql.os.DiskIoCounters;
import io.hostsql.os.DiskPartition;
import io.hostsql.os.DiskUsage;
import io.hostsql.os.Disks;
import io.hostsql.os.FsStats;
import io.hostsql.os.OsException;
import io.hostsql.os.common.CounterWraps;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Linux's disks: /proc/self/mounts, /proc/diskstats, /sys/block and statvfs(3). */
final class LinuxDisks implements Disks {
  private final ProcFs proc;
  private final ProcFs sys;
  private final CounterWraps wraps = new CounterWraps();

  LinuxDisks(ProcFs proc, ProcFs sys) {
    this.proc = proc;
    this.sys = sys;
  }

  private String read(ProcFs fs, String path) {
    try {
      return new String(fs.read(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new OsException("cannot read " + fs.root().resolve(path) + ": " + e, e);
    }
  }

  @Override
  public List<DiskPartition> partitions(boolean all) {
    Set<String> physical = new HashSet<>();
    if (!all) {
      for (String line : read(proc, "filesystems").split("\n")) {
        String t = line.trim();
        if (t.startsWith("nodev")) {
          if (t.endsWith("zfs")) {
            physical.add("zfs");
          }
        } else if (!t.isEmpty()) {
          physical.add(t);
        }
      }
    }
    List<DiskPartition> out = new ArrayList<>();
    for (String line : read(proc, "self/mounts").split("\n")) {
      String[] f = line.split(" ");
      if (f.length < 4) {
        continue;
      }
      String device = unescape(f[0]);
      if (device.equals("none")) {
        device = "";
      }
      if (device.equals("/dev/root") || device.equals("rootfs")) {
        device = rootDevice(device);
      }
      String fstype = f[2];
      if (!all && (device.isEmpty() || !physical.contains(fstype))) {
        continue;
      }
      out.add(new DiskPartition(device, unescape(f[1]), fstype, f[3]));
    }
    return out;
  }

  /** The kernel escapes space, tab, newline and backslash in mount fields as \ooo. */
  static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 3 < s.length()
          && s.substring(i + 1, i + 4).matches("[0-7]{3}")) {
        b.append((char) Integer.parseInt(s.substring(i + 1, i + 4), 8));
        i += 3;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** /dev/root names no real node: find the block device of "/" through mountinfo and sysfs. */
  private String rootDevice(String fallback) {
    try {
      for (String line : read(proc, "self/mountinfo").split("\n")) {
        String[] f = line.split(" ");
        if (f.length > 4 && f[4].equals("/")) {
          String uevent = new String(sys.read("dev/block/" + f[2] + "/uevent"),
              StandardCharsets.US_ASCII);
          for (String u : uevent.split("\n")) {
            if (u.startsWith("DEVNAME=")) {
              return "/dev/" + u.substring(8);
            }
          }
        }
      }
    } catch (IOException | OsException e) {
      // keep the kernel's name
    }
    return fallback;
  }

  @Override
  public DiskUsage usage(String path) {
    StatVfs.Result s = statvfs(path);
    long total = s.blocks() * s.frsize();
    long free = s.bavail() * s.frsize();
    long used = (s.blocks() - s.bfree()) * s.frsize();
    double percent = used + free == 0 ? 0.0
        : Math.round(used * 1000.0 / (used + free)) / 10.0;
    return new DiskUsage(total, used, free, percent, s.files(), s.favail());
  }

  @Override
  public FsStats fsStats(String path) {
    StatVfs.Result s = statvfs(path);
    return new FsStats(s.bsize(), s.frsize(), s.blocks(), s.bfree(), s.bavail(), s.files(),
        s.ffree(), s.favail());
  }

  private static StatVfs.Result statvfs(String path) {
    try {
      return StatVfs.of(path);
    } catch (SyscallException e) {
      throw new OsException("cannot stat file system of " + path + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Map<String, DiskIoCounters> perDiskIoCounters(boolean nowrap) {
    Map<String, DiskIoCounters> out = new LinkedHashMap<>();
    for (String line : read(proc, "diskstats").split("\n")) {
      String[] f = line.trim().split("\\s+");
      DiskIoCounters c = parseDiskstats(f);
      if (c == null) {
        continue;
      }
      String name = f[2];
      out.put(name, nowrap ? DiskIoCounters.of(wraps.correct(name, c.toArray())) : c);
    }
    return out;
  }

  /** One diskstats line: 14 fields and more (4.18+ adds discards, 5.5 flushes), or 7 (old). */
  static DiskIoCounters parseDiskstats(String[] f) {
    if (f.length >= 14) {
      return new DiskIoCounters(l(f[3]), l(f[7]), l(f[5]) * 512, l(f[9]) * 512, l(f[6]),
          l(f[10]), l(f[4]), l(f[8]), l(f[12]));
    }
    if (f.length == 7) {
      return new DiskIoCounters(l(f[3]), l(f[5]), l(f[4]) * 512, l(f[6]) * 512, 0, 0, 0, 0, 0);
    }
    return null;
  }

  private static long l(String s) {
    return Long.parseLong(s);
  }

  @Override
  public DiskIoCounters ioCounters(boolean nowrap) {
    long[] sum = null;
    for (Map.Entry<String, DiskIoCounters> e : perDiskIoCounters(nowrap).entrySet()) {
      if (!sys.exists("block/" + e.getKey().replace('/', '!'))) {
        continue;
      }
      long[] v = e.getValue().toArray();
      if (sum == null) {
        sum = new long[v.length];
      }
      for (int i = 0; i < v.length; i++) {
        sum[i] += v[i];
      }
    }
    return sum == null ? null : DiskIoCounters.of(sum);
  }
}
