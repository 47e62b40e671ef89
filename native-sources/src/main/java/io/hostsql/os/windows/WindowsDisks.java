package io.hostsql.os.windows;

import io.hostsql.os.DiskIoCounters;
import io.hostsql.os.DiskPartition;
import io.hostsql.os.DiskUsage;
import io.hostsql.os.Disks;
import io.hostsql.os.FsStats;
import io.hostsql.os.OsException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * psutil's disk_partitions and disk_usage on Windows: the drive roots of
 * GetLogicalDriveStringsW (device and mount point both the root, as psutil gives them; a
 * volume's folder mount points are not listed), each drive's type and volume information under
 * psutil's rules ({@link DriveRules}; a volume that does not answer has fstype ""),
 * GetDiskFreeSpaceExW, and the physical drives' IOCTL_DISK_PERFORMANCE counters.
 */
final class WindowsDisks implements Disks {
  private final SystemCalls calls;

  WindowsDisks(SystemCalls calls) {
    this.calls = calls;
  }

  @Override
  public List<DiskPartition> partitions(boolean all) {
    List<DiskPartition> out = new ArrayList<>();
    for (String root : DiskBuffers.drives(Calls.ok(calls.driveStrings(),
        "GetLogicalDriveStringsW"), new ArrayList<>())) {
      int type = calls.driveType(root);
      if (!DriveRules.listed(root, type, all)) {
        continue;
      }
      Win32Buffer v = calls.volumeInformation(root);
      DiskBuffers.Volume volume = v.failed() ? null
          : DiskBuffers.volume(v.bytes(), new ArrayList<>());
      out.add(new DiskPartition(root, root, volume == null ? "" : volume.fileSystem(),
          DriveRules.opts(type, volume == null ? null : volume.flags())));
    }
    return out;
  }

  @Override
  public DiskUsage usage(String path) {
    List<String> problems = new ArrayList<>();
    DiskUsage u = DiskBuffers.usage(Calls.ok(calls.diskFreeSpace(path),
        "GetDiskFreeSpaceExW(" + path + ")"), problems);
    if (u == null) {
      throw new OsException(String.join("; ", problems));
    }
    return u;
  }

  @Override
  public FsStats fsStats(String path) {
    throw new OsException("Windows has no statvfs");
  }

  /**
   * psutil's disk_io_counters(perdisk=True): IOCTL_DISK_PERFORMANCE on PhysicalDrive0 to 32,
   * keyed "PhysicalDriveN"; a drive that cannot be opened or does not answer is left out, as
   * psutil leaves it. Windows' counters are not corrected for wrapping ({@code nowrap} is
   * ignored: the byte counts are 64-bit, the operation counts 32-bit).
   */
  @Override
  public Map<String, DiskIoCounters> perDiskIoCounters(boolean nowrap) {
    Map<String, DiskIoCounters> out = new LinkedHashMap<>();
    for (int drive = 0; drive <= SystemCalls.LAST_PHYSICAL_DRIVE; drive++) {
      Win32Buffer b = calls.diskPerformance(drive);
      if (b.failed()) {
        continue;
      }
      DiskIoCounters c = DiskPerformanceBuffer.counters(b.bytes(), new ArrayList<>());
      if (c != null) {
        out.put("PhysicalDrive" + drive, c);
      }
    }
    return out;
  }

  /** The sum over the physical drives, or null when none answered. */
  @Override
  public DiskIoCounters ioCounters(boolean nowrap) {
    Map<String, DiskIoCounters> all = perDiskIoCounters(nowrap);
    if (all.isEmpty()) {
      return null;
    }
    long[] sum = new long[9];
    for (DiskIoCounters c : all.values()) {
      long[] v = c.toArray();
      for (int i = 0; i < sum.length; i++) {
        sum[i] += v[i];
      }
    }
    return DiskIoCounters.of(sum);
  }
}
