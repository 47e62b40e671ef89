package io.hostsql.os;

import java.util.List;
import java.util.Map;

/** psutil's disk functions on Linux: mounts, usage and block-device I/O counters. */
public interface Disks {
  /** The running machine's, through {@link Platform#current()}. */
  static Disks live() {
    return Platform.current().system().disks();
  }

  /**
   * Mounted file systems. With {@code all} false, only those on physical devices: file-system
   * types /proc/filesystems does not mark "nodev" (zfs counts too), with a device.
   */
  List<DiskPartition> partitions(boolean all);

  /** Space and inodes of the file system holding {@code path}, as df reports them. */
  DiskUsage usage(String path);

  /**
   * The file system's own counts for {@code path}, statvfs(3) as it is (what stat -f and
   * osquery's mounts table show), where {@link #usage(String)} gives df's view in bytes.
   */
  FsStats fsStats(String path);

  /**
   * I/O counters per block device, from /proc/diskstats, in file order.
   *
   * @param nowrap correct counters that went down since this object's previous reading
   */
  Map<String, DiskIoCounters> perDiskIoCounters(boolean nowrap);

  /**
   * The sum over whole disks (names under /sys/block, so partitions are not counted twice),
   * or null when there is no disk.
   */
  DiskIoCounters ioCounters(boolean nowrap);
}
