package io.hostsql.os.linux;

import io.hostsql.os.PortagePackage;
import io.hostsql.os.PortageUse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Portage's installed-package database, /var/db/pkg/CATEGORY/PF, one directory per
 * package whose files (SLOT, BUILD_TIME, USE...) each hold one value, and the world file of
 * packages installed on request. A directory being merged (-MERGING-) is left out.
 */
public final class PortageDb {
  /** PF is the name, a '-', the version (starting with a digit), and an optional -rN. */
  private static final Pattern PF = Pattern.compile("(.+?)-(\\d[^-]*(?:-r\\d+)?)");
  private static final int VALUE_LIMIT = 1 << 20;

  private PortageDb() {
  }

  /** Each package directory: category/PF, in order. */
  private static List<Path> packageDirs(Path root, List<String> problems) {
    List<Path> out = new java.util.ArrayList<>();
    for (Path category : Listings.directories(root.resolve("var/db/pkg"), problems)) {
      for (Path p : Listings.directories(category, problems)) {
        if (!p.getFileName().toString().startsWith("-MERGING-")) {
          out.add(p);
        }
      }
    }
    return out;
  }

  /** [category/name, version] of a package directory, or null with a problem. */
  private static String[] nameVersion(Path dir, List<String> problems) {
    Matcher m = PF.matcher(dir.getFileName().toString());
    if (!m.matches()) {
      problems.add(dir + ": not a name-version directory");
      return null;
    }
    return new String[] {dir.getParent().getFileName() + "/" + m.group(1), m.group(2)};
  }

  /** A one-value file's text, stripped, or null when absent or unreadable (reported). */
  private static String value(Path dir, String name, List<String> problems) {
    List<String> lines = TextFiles.lines(dir.resolve(name), VALUE_LIMIT, problems);
    return lines == null ? null : String.join("\n", lines).strip();
  }

  private static Long number(Path dir, String name, List<String> problems) {
    String v = value(dir, name, problems);
    if (v == null || v.isEmpty()) {
      return null;
    }
    try {
      return Long.valueOf(v);
    } catch (NumberFormatException e) {
      problems.add(dir.resolve(name) + ": not a number: " + ProcModules.clip(v));
      return null;
    }
  }

  /** The installed packages, with whether the world file names each. */
  public static void packages(Path root, List<PortagePackage> out, List<String> problems) {
    Set<String> world = new HashSet<>();
    List<String> lines = TextFiles.lines(root.resolve("var/lib/portage/world"), problems);
    for (String line : lines == null ? List.<String>of() : lines) {
      String atom = line.strip();
      if (!atom.isEmpty() && !atom.startsWith("#")) {
        int colon = atom.indexOf(':');
        world.add(colon < 0 ? atom : atom.substring(0, colon));
      }
    }
    for (Path dir : packageDirs(root, problems)) {
      String[] nv = nameVersion(dir, problems);
      if (nv != null) {
        out.add(new PortagePackage(nv[0], nv[1], value(dir, "SLOT", problems),
            number(dir, "BUILD_TIME", problems), value(dir, "repository", problems),
            number(dir, "EAPI", problems), number(dir, "SIZE", problems),
            world.contains(nv[0]), dir.toString()));
      }
    }
  }

  /** The USE flags of each installed package. */
  public static void use(Path root, List<PortageUse> out, List<String> problems) {
    for (Path dir : packageDirs(root, problems)) {
      String[] nv = nameVersion(dir, problems);
      String use = nv == null || !Files.exists(dir.resolve("USE")) ? null
          : value(dir, "USE", problems);
      if (use != null && !use.isEmpty()) {
        for (String flag : use.split("\\s+")) {
          out.add(new PortageUse(nv[0], nv[1], flag));
        }
      }
    }
  }
}
