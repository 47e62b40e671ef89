package io.hostsql.os.windows;

import io.hostsql.os.DiskUsage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Decodes GetLogicalDriveStringsW's list of drive roots ("C:\", NUL, "D:\", NUL, NUL),
 * GetVolumeInformationW's flags and file system name, and GetDiskFreeSpaceExW's three byte
 * counts into psutil's disk_usage (free is the volume's free bytes, as psutil takes it; Windows
 * has no inode counts: 0).
 */
final class DiskBuffers {
  private DiskBuffers() {
  }

  /** The drive roots; the whole ones when the list runs out unterminated (a problem). */
  static List<String> drives(ByteBuffer buffer, List<String> problems) {
    return MultiStrings.split(buffer, "drive strings", problems);
  }

  /** FreeBytesAvailableToCaller, TotalNumberOfBytes, TotalNumberOfFreeBytes. */
  static DiskUsage usage(ByteBuffer buffer, List<String> problems) {
    ByteBuffer b = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    if (b.limit() < 24) {
      problems.add("disk free space: " + b.limit() + " bytes, 24 expected");
      return null;
    }
    long total = b.getLong(8);
    long free = b.getLong(16);
    long used = total - free;
    return new DiskUsage(total, used, free, MemoryBuffers.percent(used, total), 0, 0);
  }

  /** A volume's file system flags and name, as {@link SystemCalls#volumeInformation} gives them. */
  record Volume(int flags, String fileSystem) {
  }

  /**
   * GetVolumeInformationW's two outputs: the file system flags (a DWORD) followed by the file
   * system name buffer, read up to its NUL (the whole buffer when it has none).
   */
  static Volume volume(ByteBuffer buffer, List<String> problems) {
    ByteBuffer b = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    if (b.limit() < 4) {
      problems.add("volume information: " + b.limit() + " bytes, at least 4 expected");
      return null;
    }
    int flags = b.getInt(0);
    return new Volume(flags, WideStrings.value(b.position(4).slice()
        .order(ByteOrder.LITTLE_ENDIAN)));
  }
}
