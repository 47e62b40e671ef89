package io.hostsql.os.linux;

import io.hostsql.os.Parsed;
import io.hostsql.os.SystemControl;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The kernel parameters under /proc/sys with the values sysctl's configuration files give
 * them (sysctl.d(5): /etc, /run, /usr/local/lib and /usr/lib sysctl.d, a file in an earlier
 * directory hiding one of the same name in a later, applied in file-name order, then
 * /etc/sysctl.conf).
 */
public final class Sysctls {
  private static final List<String> CONFIG_DIRS = List.of("etc/sysctl.d", "run/sysctl.d",
      "usr/local/lib/sysctl.d", "usr/lib/sysctl.d", "lib/sysctl.d");
  /** A parameter's value is a line or a small table; more is not a parameter. */
  private static final int VALUE_LIMIT = 1 << 20;

  private Sysctls() {
  }

  /**
   * Every parameter file below {@code procSys}, sorted by name.
   *
   * @param procSys the /proc/sys directory
   * @param root the file-system root whose configuration files are read
   * @param name the one parameter wanted, or null for all
   */
  public static Parsed<SystemControl> read(Path procSys, Path root, String name) {
    List<String> problems = new ArrayList<>();
    Map<String, String> config = config(root, problems);
    List<Path> files = new ArrayList<>();
    if (name != null) {
      Path p = procSys.resolve(swap(name)).normalize();
      if (p.startsWith(procSys) && Files.isRegularFile(p)) {
        files.add(p);
      }
    } else {
      try (Stream<Path> walk = Files.walk(procSys)) {
        walk.filter(Files::isRegularFile).forEach(files::add);
      } catch (IOException | java.io.UncheckedIOException e) {
        problems.add(procSys + ": the walk stopped early (" + e.getMessage() + ")");
      }
    }
    List<SystemControl> out = new ArrayList<>();
    // One read with a buffer: the kernel's integer handlers answer a read at a non-zero
    // offset with end of file, so the JDK's first one-byte read would cut "10" to "1".
    ProcFs reader = new ProcFs(procSys);
    int refused = 0;
    for (Path file : files) {
      // sysctl's names swap the separators: eth0.100's directory is named eth0/100.
      String dotted = swap(procSys.relativize(file).toString());
      String value = null;
      try {
        if (Files.isReadable(file)) {
          byte[] bytes = reader.read(procSys.relativize(file).toString());
          value = new String(bytes, 0, Math.min(bytes.length, VALUE_LIMIT),
              java.nio.charset.StandardCharsets.UTF_8).strip();
        } else if (ownerCanRead(file)) {
          refused++;
        }
      } catch (AccessDeniedException e) {
        refused++;
      } catch (IOException e) {
        // Readable by mode but refused by the kernel (EINVAL, EIO, EPERM of a handler):
        // sysctl -a leaves these out too.
        value = null;
      }
      int dot = dotted.indexOf('.');
      out.add(new SystemControl(dotted, dot < 0 ? dotted : dotted.substring(0, dot), value,
          config.get(dotted)));
    }
    out.sort(java.util.Comparator.comparing(SystemControl::name));
    if (refused > 0) {
      problems.add(procSys + ": " + refused + " parameters are readable by root only; their "
          + "current_value is NULL");
    }
    return new Parsed<>(out, problems);
  }

  private static boolean ownerCanRead(Path file) {
    try {
      return Files.getPosixFilePermissions(file)
          .contains(java.nio.file.attribute.PosixFilePermission.OWNER_READ);
    } catch (IOException e) {
      return false;
    }
  }

  /** name -> value as the configuration files set them, names with dots. */
  static Map<String, String> config(Path root, List<String> problems) {
    Map<String, Path> byName = new TreeMap<>();
    for (int d = CONFIG_DIRS.size() - 1; d >= 0; d--) {
      Path dir = root.resolve(CONFIG_DIRS.get(d));
      try (Stream<Path> list = Files.list(dir)) {
        list.filter(p -> p.getFileName().toString().endsWith(".conf"))
            .forEach(p -> byName.put(p.getFileName().toString(), p));
      } catch (IOException e) {
        // an absent directory sets nothing
      }
    }
    List<Path> files = new ArrayList<>(byName.values());
    files.add(root.resolve("etc/sysctl.conf"));
    Map<String, String> values = new TreeMap<>();
    for (Path file : files) {
      List<String> lines = TextFiles.lines(file, problems);
      if (lines == null) {
        continue;
      }
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
          continue;
        }
        int eq = line.indexOf('=');
        if (eq <= 0) {
          problems.add(file + " line " + (i + 1) + ": not a name = value setting: "
              + ProcModules.clip(line));
          continue;
        }
        String key = line.substring(0, eq).strip();
        if (key.startsWith("-")) {
          key = key.substring(1).strip();
        }
        values.put(dotted(key), line.substring(eq + 1).strip());
      }
    }
    return values;
  }

  /**
   * A sysctl.d key in the dotted form: a key whose first separator is '/' uses slashes as
   * separators and may hold dots (an interface named eth0.100).
   */
  static String dotted(String key) {
    int slash = key.indexOf('/');
    int dot = key.indexOf('.');
    return slash >= 0 && (dot < 0 || slash < dot) ? swap(key) : key;
  }

  /** Dots become slashes and slashes dots. */
  private static String swap(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      b.append(ch == '/' ? '.' : ch == '.' ? '/' : ch);
    }
    return b.toString();
  }
}
