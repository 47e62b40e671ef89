package io.hostsql.os.windows;

/**
 * psutil's disk_partitions rules on Windows, from a drive's GetDriveTypeW type and its
 * GetVolumeInformationW flags: which drives the default listing leaves out (unknown, no root
 * directory, network and RAM drives, and a removable A:, whose floppy would be slow to ask),
 * and the opts text: "rw" or "ro", ",compressed", ",readonly", then the drive type's name.
 */
final class DriveRules {
  static final int UNKNOWN = 0;
  static final int NO_ROOT_DIR = 1;
  static final int REMOVABLE = 2;
  static final int FIXED = 3;
  static final int REMOTE = 4;
  static final int CDROM = 5;
  static final int RAMDISK = 6;
  static final int FILE_VOLUME_IS_COMPRESSED = 0x8000;
  static final int FILE_READ_ONLY_VOLUME = 0x80000;

  private DriveRules() {
  }

  /** Whether psutil lists the drive: every drive with {@code all}, else the local disks. */
  static boolean listed(String root, int type, boolean all) {
    if (all) {
      return true;
    }
    return type != UNKNOWN && type != NO_ROOT_DIR && type != REMOTE && type != RAMDISK
        && !(type == REMOVABLE && root.equalsIgnoreCase("A:\\"));
  }

  /**
   * The opts text; {@code flags} null when the volume did not answer (an empty removable
   * drive: "device not ready"), which leaves only the type's name.
   */
  static String opts(int type, Integer flags) {
    StringBuilder b = new StringBuilder();
    if (flags != null) {
      boolean readOnly = (flags & FILE_READ_ONLY_VOLUME) != 0;
      b.append(readOnly ? "ro" : "rw");
      if ((flags & FILE_VOLUME_IS_COMPRESSED) != 0) {
        b.append(",compressed");
      }
      if (readOnly) {
        b.append(",readonly");
      }
      b.append(',');
    }
    return b.append(typeName(type)).toString();
  }

  private static String typeName(int type) {
    return switch (type) {
      case FIXED -> "fixed";
      case CDROM -> "cdrom";
      case REMOVABLE -> "removable";
      case UNKNOWN -> "unknown";
      case NO_ROOT_DIR -> "unmounted";
      case REMOTE -> "remote";
      case RAMDISK -> "ramdisk";
      default -> "?";
    };
  }
}
