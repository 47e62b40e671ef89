package io.hostsql.os.windows;

import io.hostsql.os.DiskIoCounters;
import io.hostsql.os.DiskPartition;
import io.hostsql.os.DiskUsage;
import io.hostsql.os.Disks;
import io.hostsql.os.FsStats;
import io.hostsql.os.OsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * psutil's disk_partitions and disk_usage on Windows: the drive roots of
 * GetLogicalDriveStringsW (device and mount point both the root, as psutil gives them; the file
 * system type and options are not read yet: ""), and GetDiskFreeSpaceExW. I/O counters are not
 * read on Windows yet.
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
      out.add(new DiskPartition(root, root, "", ""));
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

  @Override
  public Map<String, DiskIoCounters> perDiskIoCounters(boolean nowrap) {
    throw Calls.notYet("disk_io_counters");
  }

  @Override
  public DiskIoCounters ioCounters(boolean nowrap) {
    throw Calls.notYet("disk_io_counters");
  }
}
