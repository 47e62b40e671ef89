package io.hostsql.os.linux;

import io.hostsql.os.Mapping;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * /proc/PID/maps, one {@link Mapping} per line. The path is everything after the inode and its
 * padding, so a file name with spaces survives.
 */
public final class PidMaps {
  private PidMaps() {
  }

  /**
   * Parses the file's bytes.
   *
   * @throws IllegalArgumentException if a line is not a maps line
   */
  public static List<Mapping> parse(byte[] b) {
    List<Mapping> out = new ArrayList<>();
    for (String line : new String(b, StandardCharsets.UTF_8).split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split(" +", 6);
      int dash = f.length >= 5 ? f[0].indexOf('-') : -1;
      if (dash < 0) {
        throw new IllegalArgumentException("not a /proc/PID/maps line: " + line);
      }
      String path = f.length == 6 ? f[5] : "";
      boolean deleted = DeletedMark.isDeleted(path);
      out.add(new Mapping(f[0].substring(0, dash), f[0].substring(dash + 1), f[1],
          Long.parseUnsignedLong(f[2], 16), f[3], Long.parseLong(f[4]),
          deleted ? DeletedMark.strip(path) : path, deleted));
    }
    return out;
  }
}
