package io.hostsql.os.files;

/** The kind of a file, named as osquery's file table names it. */
public enum FileType {
  REGULAR("regular"),
  DIRECTORY("directory"),
  SYMLINK("symlink"),
  BLOCK("block"),
  CHARACTER("character"),
  FIFO("fifo"),
  SOCKET("socket"),
  /** A mode with no known type bits, or a dangling link (boost's file_not_found). */
  UNKNOWN("unknown"),
  /** The type could not be read for another reason than absence (a link loop). */
  ERROR("error");

  private final String osqueryName;

  FileType(String osqueryName) {
    this.osqueryName = osqueryName;
  }

  /** The name osquery's file table prints. */
  public String osqueryName() {
    return osqueryName;
  }

  /** The type of st_mode's S_IFMT bits. */
  public static FileType ofMode(int mode) {
    return switch (mode & 0170000) {
      case 0100000 -> REGULAR;
      case 0040000 -> DIRECTORY;
      case 0120000 -> SYMLINK;
      case 0060000 -> BLOCK;
      case 0020000 -> CHARACTER;
      case 0010000 -> FIFO;
      case 0140000 -> SOCKET;
      default -> UNKNOWN;
    };
  }
}
