package io.hostsql.os.linux;

import static io.hostsql.os.linux.RpmHeader.ARCH;
import static io.hostsql.os.linux.RpmHeader.EPOCH;
import static io.hostsql.os.linux.RpmHeader.GROUP;
import static io.hostsql.os.linux.RpmHeader.INSTALLTIME;
import static io.hostsql.os.linux.RpmHeader.LONGSIZE;
import static io.hostsql.os.linux.RpmHeader.NAME;
import static io.hostsql.os.linux.RpmHeader.RELEASE;
import static io.hostsql.os.linux.RpmHeader.SHA1HEADER;
import static io.hostsql.os.linux.RpmHeader.SIZE;
import static io.hostsql.os.linux.RpmHeader.SOURCERPM;
import static io.hostsql.os.linux.RpmHeader.VENDOR;
import static io.hostsql.os.linux.RpmHeader.VERSION;

import io.hostsql.os.RpmPackage;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads rpm's package database as rpm 4.16 and later keep it: rpmdb.sqlite, whose Packages
 * table holds one header blob per installed package (hnum INTEGER PRIMARY KEY, blob BLOB), in
 * the directory {@link RpmDbPath} finds. The older Berkeley DB (Packages) and ndb
 * (Packages.db) formats are not read: a directory holding only those is a warning. A database
 * that is absent (Debian without rpm) gives no rows and no warning.
 */
final class RpmDb {
  static final String FILE = "rpmdb.sqlite";
  /** A header beyond this is reported and skipped (the largest distributions' are a few MB). */
  static final int BLOB_LIMIT = 64 << 20;
  private static final String ALL = "SELECT hnum, blob FROM Packages ORDER BY hnum";
  /** rpm's own index of names (Name: key, hnum, idx) narrows a name filter to its rows. */
  private static final String NAMED = "SELECT hnum, blob FROM Packages WHERE hnum IN "
      + "(SELECT hnum FROM Name WHERE key = ?) ORDER BY hnum";

  private RpmDb() {
  }

  /**
   * The installed packages.
   *
   * @param root the file-system root
   * @param name the one package name to read, or null for all
   */
  static void packages(Path root, String name, List<RpmPackage> out, List<String> problems) {
    Path file = null;
    for (Path dir : RpmDbPath.candidates(root, problems)) {
      Path f = dir.resolve(FILE);
      if (Files.exists(f)) {
        file = f;
        break;
      }
      if (!Files.notExists(f)) {
        // Neither exists nor absent: a directory on the way may not be searched by this user.
        problems.add(f + ": cannot tell whether it exists (permission denied on the way); "
            + "run as root to read it");
      }
    }
    if (file == null) {
      for (Path dir : RpmDbPath.candidates(root, List.of())) {
        if (Files.exists(dir.resolve("Packages")) || Files.exists(dir.resolve("Packages.db"))) {
          problems.add(dir + ": rpm's Berkeley DB or ndb database (Packages, Packages.db) is "
              + "not read, only rpm 4.16's " + FILE + " (rpmdb --rebuilddb with "
              + "%_db_backend sqlite converts it)");
          return;
        }
      }
      return;
    }
    if (!Files.isReadable(file)) {
      problems.add(file + ": permission denied; rpm_packages is empty");
      return;
    }
    String where = file.toString();
    try {
      read(where, name == null ? ALL : NAMED, name, out, problems);
    } catch (IllegalStateException e) {
      if (name != null && String.valueOf(e.getMessage()).contains("no such table: Name")) {
        read(where, ALL, null, out, problems);
      } else {
        problems.add(where + ": cannot be read: " + e.getMessage() + " (" + out.size()
            + " packages read before)");
      }
    }
  }

  private static void read(String file, String sql, String name, List<RpmPackage> out,
      List<String> problems) {
    Sqlite.query(file, sql, name, (hnum, blob) -> {
      String where = file + " package " + hnum;
      if (blob.remaining() > BLOB_LIMIT) {
        problems.add(where + ": header of " + blob.remaining() + " bytes, over the "
            + BLOB_LIMIT + " read");
      } else {
        RpmPackage p = parse(blob, where, file, problems);
        if (p != null) {
          out.add(p);
        }
      }
      return true;
    });
  }

  /** The package one header describes, or null (reported) when its index is unreadable. */
  static RpmPackage parse(ByteBuffer blob, String where, String file, List<String> problems) {
    RpmHeader h = RpmHeader.parse(blob, where, problems, NAME, VERSION, RELEASE, EPOCH,
        INSTALLTIME, SIZE, LONGSIZE, VENDOR, GROUP, ARCH, SOURCERPM, SHA1HEADER);
    if (h == null) {
      return null;
    }
    String name = h.string(NAME, "NAME");
    if (name == null && !h.has(NAME)) {
      problems.add(where + ": header without NAME");
    }
    Long size = h.has(LONGSIZE) ? h.number(LONGSIZE, "LONGSIZE") : h.number(SIZE, "SIZE");
    return new RpmPackage(name, h.string(VERSION, "VERSION"), h.string(RELEASE, "RELEASE"),
        h.string(SOURCERPM, "SOURCERPM"), size, h.string(SHA1HEADER, "SHA1HEADER"),
        h.string(ARCH, "ARCH"), h.number(EPOCH, "EPOCH"), h.number(INSTALLTIME, "INSTALLTIME"),
        h.string(VENDOR, "VENDOR"), h.string(GROUP, "GROUP"), file);
  }
}
