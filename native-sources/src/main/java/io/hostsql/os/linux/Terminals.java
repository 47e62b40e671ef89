package io.hostsql.os.linux;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Device number to terminal path (/dev/tty*, /dev/pts/*), for psutil's {@code terminal()}.
 * The map is cached and rebuilt once when a number is missing, since ptys come and go.
 */
public final class Terminals {
  private static volatile Map<Long, String> map = Map.of();

  private Terminals() {
  }

  /** The terminal for a stat tty_nr, or null for 0 or an unknown device. */
  public static String of(int ttyNr) {
    if (ttyNr == 0) {
      return null;
    }
    String path = map.get((long) ttyNr);
    if (path == null) {
      map = build();
      path = map.get((long) ttyNr);
    }
    return path;
  }

  private static Map<Long, String> build() {
    Map<Long, String> m = new HashMap<>();
    add(m, Path.of("/dev"), "tty*");
    add(m, Path.of("/dev/pts"), "[0-9]*");
    return m;
  }

  private static void add(Map<Long, String> m, Path dir, String glob) {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, glob)) {
      for (Path p : s) {
        try {
          Object rdev = Files.getAttribute(p, "unix:rdev");
          if (rdev instanceof Long r) {
            // st_rdev encodes major/minor as glibc's makedev; stat's tty_nr uses the kernel's
            // old encoding: minor low 8 bits, major next 12, minor high bits above.
            long major = ((r >>> 8) & 0xfff) | ((r >>> 32) & ~0xfffL);
            long minor = (r & 0xff) | ((r >>> 12) & ~0xffL);
            m.put((minor & 0xff) | (major << 8) | ((minor & ~0xffL) << 12), p.toString());
          }
        } catch (IOException | UnsupportedOperationException e) {
          // a device that vanished or cannot be stat'ed: skip
        }
      }
    } catch (IOException e) {
      // no such directory: no terminals there
    }
  }
}
