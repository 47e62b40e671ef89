package io.hostsql.os.files;

/**
 * One row of osquery's file table on Linux (genFileInfoPosix): the path as it was found, its
 * directory and file name as boost's parent_path and filename give them, and the stat of the
 * link's target where the path is a link that resolves (of the link itself where it does not).
 *
 * @param path the path, as the constraint gave it or the walk found it (a directory found by
 *     a pattern ends in '/', as glob's GLOB_MARK writes it)
 * @param directory the directory column: the constraint's own text for a listed directory,
 *     else the path's parent
 * @param filename the last component ("." for a path ending in '/')
 * @param stat the followed stat, or the link's own when the target cannot be stat'ed
 * @param symlink whether the path itself is a symbolic link
 * @param symlinkTarget the link's text, or null
 * @param type the followed type: {@link FileType#UNKNOWN} for a dangling link,
 *     {@link FileType#ERROR} for one that cannot be followed otherwise (a loop)
 */
public record FileEntry(PathName path, String directory, String filename, FileStat stat,
    boolean symlink, String symlinkTarget, FileType type) {

  /** The permission bits as osquery's lsperms prints them: four octal digits ("0644"). */
  public String permissions() {
    return String.format("%04o", stat.mode() & 07777);
  }
}
