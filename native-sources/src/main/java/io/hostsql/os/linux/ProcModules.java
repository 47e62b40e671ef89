package io.hostsql.os.linux;

import io.hostsql.os.KernelModule;
import io.hostsql.os.Parsed;
import java.util.ArrayList;
import java.util.List;

/** Parses /proc/modules: "name size refcount used_by, state address [taints]" per module. */
public final class ProcModules {
  private ProcModules() {
  }

  /**
   * The modules of the file's text; a line with fewer than six fields or a size that is not
   * a number is reported, not parsed.
   *
   * @param source the file's name for problems
   * @param lines its lines
   */
  public static Parsed<KernelModule> parse(String source, List<String> lines) {
    List<KernelModule> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    boolean hidden = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\\s+");
      long size;
      try {
        size = f.length < 6 ? -1 : Long.parseLong(f[1]);
      } catch (NumberFormatException e) {
        size = -1;
      }
      if (size < 0) {
        problems.add(source + " line " + (i + 1) + ": not a module entry: " + clip(line));
        continue;
      }
      String usedBy = f[3].endsWith(",") ? f[3].substring(0, f[3].length() - 1) : f[3];
      String address = f[5];
      if (address.matches("0x0+")) {
        hidden = true;
        address = null;
      }
      out.add(new KernelModule(f[0], size, usedBy, f[4], address));
    }
    if (hidden) {
      problems.add(source + ": module addresses are hidden (kernel.kptr_restrict); root sees"
          + " them");
    }
    return new Parsed<>(out, problems);
  }

  /** A line shortened for a message. */
  static String clip(String line) {
    return line.length() <= 80 ? line : line.substring(0, 80) + "...";
  }
}
