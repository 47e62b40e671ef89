package io.hostsql.calcite.system;

import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.DOUBLE;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.SystemTable;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.OsFamily;
import io.hostsql.os.DiskIoCounters;
import io.hostsql.os.DiskPartition;
import io.hostsql.os.DiskUsage;
import io.hostsql.os.Disks;
import io.hostsql.os.FsStats;
import io.hostsql.os.OsException;
import java.util.ArrayList;
import java.util.List;

/** The disk tables: disk_partitions (with usage), mounts and disk_io_counters. */
public final class DiskTables {
  /** A mounted file system and its usage (null when statvfs failed). */
  record Mount(DiskPartition p, DiskUsage u) {
  }

  /** Any mount and its statvfs counts (null when statvfs failed). */
  record FsMount(DiskPartition p, FsStats s) {
  }

  /** One block device's counters. */
  record Io(String disk, DiskIoCounters c) {
  }

  private DiskTables() {
  }

  static final TableDef<Mount> PARTITIONS = new TableDef<>("disk_partitions",
      "Mounted file systems on physical devices (psutil's disk_partitions()) with their usage "
          + "as df shows it: free excludes the blocks reserved for root.", new Columns<Mount>()
          .add("device", VARCHAR, "", FetchGroup.SYSTEM, "The device ('' for none).",
              m -> m.p().device())
          .add("mountpoint", VARCHAR, "", FetchGroup.SYSTEM, "Where it is mounted.",
              m -> m.p().mountpoint())
          .add("fstype", VARCHAR, "", FetchGroup.SYSTEM, "File-system type.",
              m -> m.p().fstype())
          .add("opts", VARCHAR, "", FetchGroup.SYSTEM, "Mount options.", m -> m.p().opts())
          .add("total", BIGINT, "bytes", FetchGroup.PER_ROW_CALL, "Size.",
              m -> m.u() == null ? null : m.u().total())
          .add("used", BIGINT, "bytes", FetchGroup.PER_ROW_CALL, "Used.",
              m -> m.u() == null ? null : m.u().used())
          .add("free", BIGINT, "bytes", FetchGroup.PER_ROW_CALL, "Free for unprivileged users.",
              m -> m.u() == null ? null : m.u().free())
          .add("percent", DOUBLE, "percent", FetchGroup.PER_ROW_CALL, "used / (used + free).",
              m -> m.u() == null ? null : m.u().percent())
          .add("inodes_total", BIGINT, "", FetchGroup.PER_ROW_CALL, "Inodes in all (0 when the "
              + "file system has no fixed count).", m -> m.u() == null ? null
                  : m.u().inodesTotal()).on(OsFamily.LINUX)
          .add("inodes_free", BIGINT, "", FetchGroup.PER_ROW_CALL, "Inodes free for unprivileged "
              + "users.", m -> m.u() == null ? null : m.u().inodesFree()).on(OsFamily.LINUX)
          .build(), List.of(), TableDef.LINUX_AND_WINDOWS);

  public static SystemTable<Mount> partitions(Disks disks) {
    return new SystemTable<>(PARTITIONS,
        () -> statEach(disks.partitions(false), disks::usage, Mount::new));
  }

  /** Each mount with what {@code stat} says of its mount point; null where it fails. */
  private static <S, R> List<R> statEach(List<DiskPartition> mounts,
      java.util.function.Function<String, S> stat,
      java.util.function.BiFunction<DiskPartition, S, R> row) {
    List<R> out = new ArrayList<>();
    for (DiskPartition p : mounts) {
      S s;
      try {
        s = stat.apply(p.mountpoint());
      } catch (OsException e) {
        s = null; // unmounted meanwhile, or not ours to stat
      }
      out.add(row.apply(p, s));
    }
    return out;
  }

  static final TableDef<FsMount> MOUNTS = new TableDef<>("mounts",
      "Every mount (/proc/self/mounts, pseudo file systems included: psutil's "
          + "disk_partitions(all=True)) with the file system's own counts from statvfs, "
          + "as stat -f prints them. Counts are NULL where statvfs is refused.",
      new Columns<FsMount>()
          .add("device", VARCHAR, "", FetchGroup.SYSTEM, "The device or source ('none', "
              + "'proc', 'overlay'...).", m -> m.p().device())
          .add("mountpoint", VARCHAR, "", FetchGroup.SYSTEM, "Where it is mounted.",
              m -> m.p().mountpoint())
          .add("fstype", VARCHAR, "", FetchGroup.SYSTEM, "File-system type.",
              m -> m.p().fstype())
          .add("opts", VARCHAR, "", FetchGroup.SYSTEM, "Mount options.", m -> m.p().opts())
          .add("block_size", BIGINT, "bytes", FetchGroup.PER_ROW_CALL, "Preferred I/O block size "
              + "(f_bsize).", m -> m.s() == null ? null : m.s().blockSize())
          .add("fragment_size", BIGINT, "bytes", FetchGroup.PER_ROW_CALL, "The unit of the block "
              + "counts (f_frsize).", m -> m.s() == null ? null : m.s().fragmentSize())
          .add("blocks", BIGINT, "", FetchGroup.PER_ROW_CALL, "Blocks in all.",
              m -> m.s() == null ? null : m.s().blocks())
          .add("blocks_free", BIGINT, "", FetchGroup.PER_ROW_CALL, "Free blocks, root's reserve "
              + "included.", m -> m.s() == null ? null : m.s().blocksFree())
          .add("blocks_available", BIGINT, "", FetchGroup.PER_ROW_CALL, "Blocks free for "
              + "unprivileged users.", m -> m.s() == null ? null : m.s().blocksAvailable())
          .add("inodes", BIGINT, "", FetchGroup.PER_ROW_CALL, "Inodes in all (0 when unbounded).",
              m -> m.s() == null ? null : m.s().inodes())
          .add("inodes_free", BIGINT, "", FetchGroup.PER_ROW_CALL, "Free inodes.",
              m -> m.s() == null ? null : m.s().inodesFree())
          .build(), List.of());

  public static SystemTable<FsMount> mounts(Disks disks) {
    return new SystemTable<>(MOUNTS,
        () -> statEach(disks.partitions(true), disks::fsStats, FsMount::new));
  }

  static final TableDef<Io> IO = new TableDef<>("disk_io_counters",
      "I/O per block device since boot (/proc/diskstats), partitions included; counters that "
          + "wrapped are corrected per connection.", new Columns<Io>()
          .key("disk", VARCHAR, "Device name (sda, nvme0n1p1...).", Io::disk)
          .add("read_count", BIGINT, "", FetchGroup.SYSTEM, "Reads completed.",
              r -> r.c().readCount())
          .add("write_count", BIGINT, "", FetchGroup.SYSTEM, "Writes completed.",
              r -> r.c().writeCount())
          .add("read_bytes", BIGINT, "bytes", FetchGroup.SYSTEM, "Bytes read.",
              r -> r.c().readBytes())
          .add("write_bytes", BIGINT, "bytes", FetchGroup.SYSTEM, "Bytes written.",
              r -> r.c().writeBytes())
          .add("read_time", BIGINT, "milliseconds", FetchGroup.SYSTEM, "Time reading.",
              r -> r.c().readTime())
          .add("write_time", BIGINT, "milliseconds", FetchGroup.SYSTEM, "Time writing.",
              r -> r.c().writeTime())
          .add("read_merged_count", BIGINT, "", FetchGroup.SYSTEM, "Adjacent reads merged.",
              r -> r.c().readMergedCount()).on(OsFamily.LINUX)
          .add("write_merged_count", BIGINT, "", FetchGroup.SYSTEM, "Adjacent writes merged.",
              r -> r.c().writeMergedCount()).on(OsFamily.LINUX)
          .add("busy_time", BIGINT, "milliseconds", FetchGroup.SYSTEM, "Time with I/O in "
              + "flight.", r -> r.c().busyTime()).on(OsFamily.LINUX)
          .build(), List.of("disk"), TableDef.LINUX_AND_WINDOWS);

  public static SystemTable<Io> io(Disks disks) {
    return new SystemTable<>(IO, () -> {
      List<Io> out = new ArrayList<>();
      disks.perDiskIoCounters(true).forEach((k, v) -> out.add(new Io(k, v)));
      return out;
    });
  }
}
